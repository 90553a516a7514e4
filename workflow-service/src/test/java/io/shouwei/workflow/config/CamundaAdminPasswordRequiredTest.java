package io.shouwei.workflow.config;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class CamundaAdminPasswordRequiredTest {

  private final CamundaAdminPasswordRequired check = new CamundaAdminPasswordRequired();

  @Test
  void passwordFromTheEnvironment_isAccepted() {
    MockEnvironment env = adminUser().withProperty("camunda.bpm.admin-user.password", "s3cret-from-a-secret");

    assertThatCode(() -> check.postProcessEnvironment(env, new SpringApplication())).doesNotThrowAnyException();
  }

  @Test
  void unresolvedPlaceholder_stopsTheStart() {
    MockEnvironment env =
        adminUser().withProperty("camunda.bpm.admin-user.password", "${SHOUWEI_CAMUNDA_ADMIN_PASSWORD}");

    assertThatThrownBy(() -> check.postProcessEnvironment(env, new SpringApplication()))
        .hasMessageContaining("SHOUWEI_CAMUNDA_ADMIN_PASSWORD");
  }

  @Test
  void missingOrBlankPassword_stopsTheStart() {
    assertThatThrownBy(() -> check.postProcessEnvironment(adminUser(), new SpringApplication()))
        .isInstanceOf(IllegalStateException.class);
    MockEnvironment blank = adminUser().withProperty("camunda.bpm.admin-user.password", " ");
    assertThatThrownBy(() -> check.postProcessEnvironment(blank, new SpringApplication()))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void withoutAnAdminUser_thereIsNothingToCheck() {
    assertThatCode(() -> check.postProcessEnvironment(new MockEnvironment(), new SpringApplication()))
        .doesNotThrowAnyException();
  }

  private static MockEnvironment adminUser() {
    return new MockEnvironment().withProperty("camunda.bpm.admin-user.id", "admin");
  }
}
