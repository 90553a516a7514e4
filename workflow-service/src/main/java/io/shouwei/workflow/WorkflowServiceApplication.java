package io.shouwei.workflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Decides who must act next on a hazard and by when: runs the Camunda 7 engine with the models of
 * module {@code bpmn}, starts and correlates processes from the events on Kafka, and answers which
 * processes a hazard has.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WorkflowServiceApplication {

  public static void main(String[] args) {
    SpringApplication.run(WorkflowServiceApplication.class, args);
  }
}
