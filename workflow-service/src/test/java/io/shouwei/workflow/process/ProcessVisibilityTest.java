package io.shouwei.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.shouwei.contracts.Role;
import io.shouwei.platform.security.Caller;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ProcessVisibilityTest {

  private static final String ENTERPRISE = "ent-3";
  private static final String TOWN = "330102001";

  @Test
  void enterprise_seesItsOwnInstances_only() {
    assertThat(ProcessVisibility.canSee(enterprise("ent-3"), ENTERPRISE, TOWN)).isTrue();
    assertThat(ProcessVisibility.canSee(enterprise("ent-4"), ENTERPRISE, TOWN)).isFalse();
  }

  @Test
  void enterpriseWithoutEnterpriseClaim_seesNothing() {
    assertThat(ProcessVisibility.canSee(enterprise(null), ENTERPRISE, TOWN)).isFalse();
    assertThat(ProcessVisibility.canSee(enterprise(null), null, TOWN)).isFalse();
  }

  @Test
  void townAgency_seesTheInstancesOfItsTowns_only() {
    assertThat(ProcessVisibility.canSee(town(List.of("330102002", TOWN)), ENTERPRISE, TOWN)).isTrue();
    assertThat(ProcessVisibility.canSee(town(List.of("330102002")), ENTERPRISE, TOWN)).isFalse();
    assertThat(ProcessVisibility.canSee(town(List.of()), ENTERPRISE, TOWN)).isFalse();
    assertThat(ProcessVisibility.canSee(town(List.of(TOWN)), ENTERPRISE, null)).isFalse();
  }

  @ParameterizedTest
  @EnumSource(value = Role.class, names = {"ENTERPRISE", "TOWN_AGENCY"}, mode = EnumSource.Mode.EXCLUDE)
  void otherRoles_seeEveryInstance(Role role) {
    Caller caller = new Caller("u", "u", role, Set.of(role), "org", List.of(), null);

    assertThat(ProcessVisibility.canSee(caller, ENTERPRISE, TOWN)).isTrue();
  }

  @Test
  void callerWithoutAKnownRole_seesNothing() {
    Caller caller = new Caller("u", "u", null, EnumSet.noneOf(Role.class), "org", List.of(), null);

    assertThat(ProcessVisibility.canSee(caller, ENTERPRISE, TOWN)).isFalse();
  }

  @Test
  void roleActedIn_decides_notAnotherRoleOfTheToken() {
    Caller enterpriseAlsoAdmin =
        new Caller("u", "u", Role.ENTERPRISE, Set.of(Role.ENTERPRISE, Role.ADMIN), "org", List.of(), "ent-4");

    assertThat(ProcessVisibility.canSee(enterpriseAlsoAdmin, ENTERPRISE, TOWN)).isFalse();
  }

  private static Caller enterprise(String enterpriseId) {
    return new Caller("u", "u", Role.ENTERPRISE, Set.of(Role.ENTERPRISE), "org", List.of(), enterpriseId);
  }

  private static Caller town(List<String> towns) {
    return new Caller("u", "u", Role.TOWN_AGENCY, Set.of(Role.TOWN_AGENCY), "org", towns, null);
  }
}
