package io.shouwei.hazard;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The write side of Shouwei: event-sourced aggregates, their command API and the Kafka forwarder. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class HazardServiceApplication {

  public static void main(String[] args) {
    SpringApplication.run(HazardServiceApplication.class, args);
  }
}
