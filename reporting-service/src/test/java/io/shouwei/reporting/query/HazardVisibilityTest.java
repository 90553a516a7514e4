package io.shouwei.reporting.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.shouwei.contracts.Role;
import io.shouwei.platform.security.Caller;
import io.shouwei.reporting.HazardEvents;
import io.shouwei.reporting.projection.HazardDocument;
import io.shouwei.reporting.projection.HazardProjection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class HazardVisibilityTest {

  private final HazardDocument hazardOfEntAInTown1 =
      HazardProjection.apply(null, HazardEvents.reported("hz-1", "ent-a", "town-1")).orElseThrow();

  @Test
  void enterprise_seesOnlyItsOwnHazards() {
    assertThat(HazardVisibility.canSee(caller(Role.ENTERPRISE, List.of(), "ent-a"), hazardOfEntAInTown1)).isTrue();
    assertThat(HazardVisibility.canSee(caller(Role.ENTERPRISE, List.of(), "ent-b"), hazardOfEntAInTown1)).isFalse();
    assertThat(HazardVisibility.canSee(caller(Role.ENTERPRISE, List.of("town-1"), null), hazardOfEntAInTown1)).isFalse();
  }

  @Test
  void townAgency_seesOnlyHazardsInItsTowns() {
    assertThat(HazardVisibility.canSee(caller(Role.TOWN_AGENCY, List.of("town-2", "town-1"), null), hazardOfEntAInTown1)).isTrue();
    assertThat(HazardVisibility.canSee(caller(Role.TOWN_AGENCY, List.of("town-2"), null), hazardOfEntAInTown1)).isFalse();
    assertThat(HazardVisibility.canSee(caller(Role.TOWN_AGENCY, List.of(), "ent-a"), hazardOfEntAInTown1)).isFalse();
  }

  @ParameterizedTest
  @EnumSource(value = Role.class, names = {"DISTRICT_AGENCY", "SUPERIOR_COMPANY", "AUDITOR", "ADMIN", "SERVICE"})
  void wideRoles_seeEveryHazard(Role role) {
    assertThat(HazardVisibility.canSee(caller(role, List.of(), null), hazardOfEntAInTown1)).isTrue();
  }

  @Test
  void callerWithoutAKnownRole_seesNothing() {
    Caller noRole = new Caller("u-1", "u-1", null, Set.of(), "org-1", List.of("town-1"), "ent-a");
    assertThat(HazardVisibility.canSee(noRole, hazardOfEntAInTown1)).isFalse();
  }

  @Test
  void theRoleActedIn_decides_notTheOtherRolesOfTheToken() {
    Caller enterpriseAlsoAuditor =
        new Caller("u-1", "u-1", Role.ENTERPRISE, EnumSet.of(Role.ENTERPRISE, Role.AUDITOR), "org-b", List.of(), "ent-b");
    assertThat(HazardVisibility.canSee(enterpriseAlsoAuditor, hazardOfEntAInTown1)).isFalse();
  }

  private static Caller caller(Role role, List<String> towns, String enterprise) {
    return new Caller("u-1", "u-1", role, Set.of(role), "org-1", towns, enterprise);
  }
}
