package io.shouwei.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.shouwei.contracts.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JurisdictionTest {

  private static final String ENTERPRISE = "ent-3";
  private static final String TOWN = "330102001";

  private static Caller enterprise(String enterpriseId) {
    return new Caller("u", "u", Role.ENTERPRISE, Set.of(Role.ENTERPRISE), "org", List.of(), enterpriseId);
  }

  private static Caller town(List<String> towns) {
    return new Caller("u", "u", Role.TOWN_AGENCY, Set.of(Role.TOWN_AGENCY), "org", towns, null);
  }

  @Test
  void enterprise_readsItsOwnObjects_only() {
    assertThat(Jurisdiction.canRead(enterprise("ent-3"), ENTERPRISE, TOWN)).isTrue();
    assertThat(Jurisdiction.canRead(enterprise("ent-4"), ENTERPRISE, TOWN)).isFalse();
  }

  @Test
  void enterpriseWithoutEnterpriseClaim_readsNothing() {
    assertThat(Jurisdiction.canRead(enterprise(null), ENTERPRISE, TOWN)).isFalse();
    assertThat(Jurisdiction.canRead(enterprise(null), null, TOWN)).isFalse();
  }

  @Test
  void townAgency_readsTheObjectsOfItsTowns_only() {
    assertThat(Jurisdiction.canRead(town(List.of("330102002", TOWN)), ENTERPRISE, TOWN)).isTrue();
    assertThat(Jurisdiction.canRead(town(List.of("330102002")), ENTERPRISE, TOWN)).isFalse();
    assertThat(Jurisdiction.canRead(town(List.of()), ENTERPRISE, TOWN)).isFalse();
    assertThat(Jurisdiction.canRead(town(List.of(TOWN)), ENTERPRISE, null)).isFalse();
  }

  private static Caller superiorCompany(List<String> groupEnterprises) {
    return new Caller(
        "u", "u", Role.SUPERIOR_COMPANY, Set.of(Role.SUPERIOR_COMPANY), "grp", List.of(), null, groupEnterprises);
  }

  @Test
  void superiorCompany_readsTheObjectsOfItsGroupsEnterprises_only() {
    assertThat(Jurisdiction.toRead(Role.SUPERIOR_COMPANY)).isEqualTo(Jurisdiction.Reach.OWN_GROUP);
    assertThat(Jurisdiction.canRead(superiorCompany(List.of("ent-1", ENTERPRISE)), ENTERPRISE, TOWN)).isTrue();
    assertThat(Jurisdiction.canRead(superiorCompany(List.of("ent-1")), ENTERPRISE, TOWN)).isFalse();
    assertThat(Jurisdiction.canRead(superiorCompany(List.of()), ENTERPRISE, TOWN)).isFalse();
    assertThat(Jurisdiction.canRead(superiorCompany(List.of(ENTERPRISE)), null, TOWN)).isFalse();
  }

  @Test
  void groupReach_isNotHeldThroughTheEnterpriseClaim() {
    Caller enterprise = enterprise(ENTERPRISE);
    assertThat(Jurisdiction.covers(Jurisdiction.Reach.OWN_GROUP, enterprise, ENTERPRISE, TOWN)).isFalse();
  }

  @ParameterizedTest
  @EnumSource(
      value = Role.class, names = {"ENTERPRISE", "TOWN_AGENCY", "SUPERIOR_COMPANY"}, mode = EnumSource.Mode.EXCLUDE)
  void otherRoles_readEverything(Role role) {
    Caller caller = new Caller("u", "u", role, Set.of(role), "org", List.of(), null);
    assertThat(Jurisdiction.toRead(role)).isEqualTo(Jurisdiction.Reach.ALL);
    assertThat(Jurisdiction.canRead(caller, ENTERPRISE, TOWN)).isTrue();
  }

  @Test
  void callerWithoutAKnownRole_readsNothing() {
    Caller caller = new Caller("u", "u", null, EnumSet.noneOf(Role.class), "org", List.of(), null);
    assertThat(Jurisdiction.toRead(null)).isEqualTo(Jurisdiction.Reach.NONE);
    assertThat(Jurisdiction.canRead(caller, ENTERPRISE, TOWN)).isFalse();
  }

  @Test
  void roleActedIn_decides_notAnotherRoleOfTheToken() {
    Caller enterpriseAlsoAdmin =
        new Caller("u", "u", Role.ENTERPRISE, Set.of(Role.ENTERPRISE, Role.ADMIN), "org", List.of(), "ent-4");
    assertThat(Jurisdiction.canRead(enterpriseAlsoAdmin, ENTERPRISE, TOWN)).isFalse();
  }

  @Test
  void noReach_coversNothing_allReachCoversEverything() {
    Caller any = enterprise("ent-3");
    assertThat(Jurisdiction.covers(Jurisdiction.Reach.NONE, any, ENTERPRISE, TOWN)).isFalse();
    assertThat(Jurisdiction.covers(Jurisdiction.Reach.ALL, any, "other", "elsewhere")).isTrue();
  }
}
