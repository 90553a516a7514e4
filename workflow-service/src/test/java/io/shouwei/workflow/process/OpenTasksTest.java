package io.shouwei.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.shouwei.contracts.Role;
import io.shouwei.platform.security.Caller;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OpenTasksTest {

  @Test
  void candidateGroups_followFromTheRoleAndItsScope() {
    assertThat(OpenTasks.candidateGroups(caller(Role.ENTERPRISE, List.of(), "ent-3"))).containsExactly("ENTERPRISE:ent-3");
    assertThat(OpenTasks.candidateGroups(caller(Role.TOWN_AGENCY, List.of("330102001", "330102009"), null)))
        .containsExactly("TOWN_AGENCY:330102001", "TOWN_AGENCY:330102009");
    assertThat(OpenTasks.candidateGroups(caller(Role.DISTRICT_AGENCY, List.of(), null))).containsExactly("DISTRICT_AGENCY");
  }

  @Test
  void rolesWithoutTasks_andAnEnterpriseWithoutItsClaim_haveNoGroups() {
    for (Role role : List.of(Role.ADMIN, Role.AUDITOR, Role.SERVICE, Role.SUPERIOR_COMPANY)) {
      assertThat(OpenTasks.candidateGroups(caller(role, List.of(), null))).as(role.name()).isEmpty();
    }
    assertThat(OpenTasks.candidateGroups(caller(Role.ENTERPRISE, List.of(), null))).isEmpty();
    assertThat(OpenTasks.candidateGroups(caller(Role.TOWN_AGENCY, List.of(), null))).isEmpty();
  }

  private static Caller caller(Role role, List<String> towns, String enterprise) {
    return new Caller("u-1", "User", role, Set.of(role), "org-1", towns, enterprise, List.of());
  }
}
