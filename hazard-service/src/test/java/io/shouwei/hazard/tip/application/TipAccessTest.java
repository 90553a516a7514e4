package io.shouwei.hazard.tip.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.shouwei.contracts.Role;
import io.shouwei.hazard.tip.TipStatus;
import io.shouwei.hazard.tip.view.TipView;
import io.shouwei.platform.security.Caller;
import io.shouwei.platform.security.Jurisdiction.Reach;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TipAccessTest {

  @ParameterizedTest
  @CsvSource({
      "DISTRICT_AGENCY, ALL, ALL",
      "TOWN_AGENCY, OWN_TOWNS, OWN_TOWNS",
      "AUDITOR, ALL, NONE",
      "ADMIN, ALL, NONE",
      "ENTERPRISE, NONE, NONE",
      "SUPERIOR_COMPANY, NONE, NONE",
      "SERVICE, NONE, NONE"})
  void reach_byRole(Role role, Reach read, Reach triage) {
    assertThat(TipAccess.toRead(role)).isEqualTo(read);
    assertThat(TipAccess.toTriage(role)).isEqualTo(triage);
  }

  @Test
  void noRole_reachesNothing() {
    assertThat(TipAccess.toRead(null)).isEqualTo(Reach.NONE);
    assertThat(TipAccess.toTriage(null)).isEqualTo(Reach.NONE);
  }

  @Test
  void aTownOffice_coversTheTipsOfItsTowns_notThoseOfOtherTowns_norThoseOfNoTown() {
    Caller town = caller(Role.TOWN_AGENCY, List.of("310115101"));
    Caller district = caller(Role.DISTRICT_AGENCY, List.of());

    assertThat(TipAccess.covers(Reach.OWN_TOWNS, town, tip("310115101"))).isTrue();
    assertThat(TipAccess.covers(Reach.OWN_TOWNS, town, tip("310115102"))).isFalse();
    assertThat(TipAccess.covers(Reach.OWN_TOWNS, town, tip(null))).isFalse();
    assertThat(TipAccess.covers(Reach.ALL, district, tip(null))).isTrue();
  }

  @Test
  void onlyAnAdministrator_seesWhoTheTipsterIs() {
    for (Role role : Role.values()) {
      assertThat(TipAccess.seesIdentity(caller(role, List.of()))).as(role.name()).isEqualTo(role == Role.ADMIN);
    }
  }

  static Caller caller(Role role, List<String> towns) {
    return new Caller("u-1", "U", role, Set.of(role), "org", towns, null);
  }

  static TipView tip(String town) {
    Instant t = Instant.parse("2026-04-11T06:30:00Z");
    return new TipView("t-1", "h", TipStatus.RECEIVED, "w", "w", town, null, null, t, t, 0, null, null, null, null);
  }
}
