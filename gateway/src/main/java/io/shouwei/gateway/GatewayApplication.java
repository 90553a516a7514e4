package io.shouwei.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The front door of Shouwei: routes {@code /api/**}, the Camunda webapp and the dashboard to the
 * services, checks bearer tokens, stamps a correlation id on every request and answers its own
 * errors as {@code application/problem+json}. In the {@code local} profile it also issues dev tokens.
 */
@SpringBootApplication
public class GatewayApplication {

  public static void main(String[] args) {
    SpringApplication.run(GatewayApplication.class, args);
  }
}
