package io.shouwei.hazard.mine.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.shouwei.contracts.Role;
import io.shouwei.platform.security.Jurisdiction.Reach;
import org.junit.jupiter.api.Test;

class MineAccessTest {

  @Test
  void register_byDistrictOrAdminAnywhere_byTownOfficeInItsTowns_byNobodyElse() {
    assertThat(MineAccess.toRegister(Role.DISTRICT_AGENCY)).isEqualTo(Reach.ALL);
    assertThat(MineAccess.toRegister(Role.ADMIN)).isEqualTo(Reach.ALL);
    assertThat(MineAccess.toRegister(Role.TOWN_AGENCY)).isEqualTo(Reach.OWN_TOWNS);
    for (Role r : new Role[] {Role.ENTERPRISE, Role.SUPERIOR_COMPANY, Role.AUDITOR, Role.SERVICE, null}) {
      assertThat(MineAccess.toRegister(r)).as("register %s", r).isEqualTo(Reach.NONE);
    }
  }

  @Test
  void updateFacts_asRegister_plusTheEnterpriseOnItsOwnMines() {
    assertThat(MineAccess.toUpdateFacts(Role.DISTRICT_AGENCY)).isEqualTo(Reach.ALL);
    assertThat(MineAccess.toUpdateFacts(Role.ADMIN)).isEqualTo(Reach.ALL);
    assertThat(MineAccess.toUpdateFacts(Role.TOWN_AGENCY)).isEqualTo(Reach.OWN_TOWNS);
    assertThat(MineAccess.toUpdateFacts(Role.ENTERPRISE)).isEqualTo(Reach.OWN_ENTERPRISE);
    for (Role r : new Role[] {Role.SUPERIOR_COMPANY, Role.AUDITOR, Role.SERVICE, null}) {
      assertThat(MineAccess.toUpdateFacts(r)).as("update %s", r).isEqualTo(Reach.NONE);
    }
  }

  @Test
  void close_byAgenciesOnly() {
    assertThat(MineAccess.toClose(Role.DISTRICT_AGENCY)).isEqualTo(Reach.ALL);
    assertThat(MineAccess.toClose(Role.TOWN_AGENCY)).isEqualTo(Reach.OWN_TOWNS);
    for (Role r : new Role[] {Role.ENTERPRISE, Role.SUPERIOR_COMPANY, Role.AUDITOR, Role.ADMIN, Role.SERVICE, null}) {
      assertThat(MineAccess.toClose(r)).as("close %s", r).isEqualTo(Reach.NONE);
    }
  }
}
