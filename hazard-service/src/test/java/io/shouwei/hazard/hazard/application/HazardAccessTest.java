package io.shouwei.hazard.hazard.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.shouwei.contracts.Role;
import io.shouwei.platform.security.Caller;
import io.shouwei.platform.security.Jurisdiction;
import io.shouwei.platform.security.Jurisdiction.Reach;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HazardAccessTest {

  static Caller caller(Role role, List<String> towns, String enterprise) {
    return new Caller("u1", "u1", role, role == null ? Set.of() : Set.of(role), "org-1", towns, enterprise);
  }

  @Test
  void enterprise_writesOnlyForItsOwnEnterprise() {
    Caller c = caller(Role.ENTERPRISE, List.of(), "ent-A");
    assertThat(Jurisdiction.covers(HazardAccess.toWrite(c.role()), c, "ent-A", "t1")).isTrue();
    assertThat(Jurisdiction.covers(HazardAccess.toWrite(c.role()), c, "ent-B", "t1")).isFalse();
  }

  @Test
  void townAgency_writesOnlyInItsTowns() {
    Caller c = caller(Role.TOWN_AGENCY, List.of("t1", "t2"), null);
    assertThat(Jurisdiction.covers(HazardAccess.toWrite(c.role()), c, "any", "t2")).isTrue();
    assertThat(Jurisdiction.covers(HazardAccess.toWrite(c.role()), c, "any", "t3")).isFalse();
  }

  @Test
  void auditor_readsAll_writesNothing() {
    assertThat(Jurisdiction.toRead(Role.AUDITOR)).isEqualTo(Reach.ALL);
    assertThat(HazardAccess.toWrite(Role.AUDITOR)).isEqualTo(Reach.NONE);
  }

  @Test
  void superiorCompany_writesOnlyForTheEnterprisesOfItsGroup() {
    Caller c =
        new Caller("u1", "u1", Role.SUPERIOR_COMPANY, Set.of(Role.SUPERIOR_COMPANY), "grp-1", List.of(), null,
            List.of("ent-A", "ent-C"));
    assertThat(Jurisdiction.covers(HazardAccess.toWrite(c.role()), c, "ent-C", "t1")).isTrue();
    assertThat(Jurisdiction.covers(HazardAccess.toWrite(c.role()), c, "ent-B", "t1")).isFalse();
  }

  @Test
  void districtAdminService_writeEverywhere() {
    for (Role r : List.of(Role.DISTRICT_AGENCY, Role.ADMIN, Role.SERVICE)) {
      assertThat(HazardAccess.toWrite(r)).as("write %s", r).isEqualTo(Reach.ALL);
    }
  }

  @Test
  void callerWithoutKnownRole_writesNothing() {
    assertThat(HazardAccess.toWrite(null)).isEqualTo(Reach.NONE);
  }
}
