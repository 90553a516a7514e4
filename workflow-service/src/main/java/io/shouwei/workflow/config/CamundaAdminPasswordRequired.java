package io.shouwei.workflow.config;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start without a password for the Camunda admin user. The starter would otherwise
 * create the user with the literal text of an unresolved {@code ${...}} placeholder, or with the
 * user id, as password. The local profile supplies a default; every other profile needs
 * {@value #ENV}.
 */
public class CamundaAdminPasswordRequired implements EnvironmentPostProcessor {

  static final String PROPERTY = "camunda.bpm.admin-user.password";
  static final String ENV = "SHOUWEI_CAMUNDA_ADMIN_PASSWORD";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (environment.getProperty("camunda.bpm.admin-user.id") == null) {
      return;
    }
    String password;
    try {
      password = environment.getProperty(PROPERTY);
    } catch (IllegalArgumentException unresolved) {
      password = null;
    }
    if (password == null || password.isBlank() || password.contains("${")) {
      throw new IllegalStateException(
          "the Camunda admin user has no password: set environment variable " + ENV + " (" + PROPERTY + ")");
    }
  }
}
