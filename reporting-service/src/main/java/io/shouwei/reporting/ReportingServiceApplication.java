package io.shouwei.reporting;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The read side of Shouwei: consumes every published event from Kafka into MongoDB read models and
 * answers searches and summaries over them.
 */
@SpringBootApplication
public class ReportingServiceApplication {

  public static void main(String[] args) {
    SpringApplication.run(ReportingServiceApplication.class, args);
  }
}
