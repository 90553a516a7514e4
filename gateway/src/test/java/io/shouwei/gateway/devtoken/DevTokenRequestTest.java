package io.shouwei.gateway.devtoken;

import static org.assertj.core.api.Assertions.assertThat;

import io.shouwei.gateway.web.FieldProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

class DevTokenRequestTest {

  @Test
  void problems_whenComplete_isEmpty() {
    assertThat(new DevTokenRequest("u", "U", List.of("DISTRICT_AGENCY", "AUDITOR"), "d", null, null, null).problems())
        .isEmpty();
  }

  @Test
  void problems_whenEveryRoleIsKnown_isEmpty() {
    List<String> all =
        List.of("DISTRICT_AGENCY", "TOWN_AGENCY", "SUPERIOR_COMPANY", "ENTERPRISE", "AUDITOR", "ADMIN", "SERVICE");

    assertThat(new DevTokenRequest("u", null, all, "o", List.of("t1"), "e1", List.of("e2")).problems()).isEmpty();
  }

  @Test
  void problems_whenSubMissingOrBlank_namesSub() {
    assertThat(fields(new DevTokenRequest(null, null, List.of("ADMIN"), null, null, null, null))).containsExactly("sub");
    assertThat(fields(new DevTokenRequest("  ", null, List.of("ADMIN"), null, null, null, null))).containsExactly("sub");
  }

  @Test
  void problems_whenRolesMissingOrEmpty_namesRoles() {
    assertThat(fields(new DevTokenRequest("u", null, null, null, null, null, null))).containsExactly("roles");
    assertThat(fields(new DevTokenRequest("u", null, List.of(), null, null, null, null))).containsExactly("roles");
  }

  @Test
  void problems_whenARoleIsUnknown_namesItsIndex() {
    assertThat(fields(new DevTokenRequest("u", null, List.of("ADMIN", "admin", "ROOT"), null, null, null, null)))
        .containsExactly("roles[1]", "roles[2]");
  }

  @Test
  void problems_whenEnterpriseUserHasNoEnterprise_namesEnterprise() {
    assertThat(fields(new DevTokenRequest("u", null, List.of("ENTERPRISE"), "o", null, " ", null)))
        .containsExactly("enterprise");
  }

  @Test
  void problems_whenTownAgencyHasNoTowns_namesTowns() {
    assertThat(fields(new DevTokenRequest("u", null, List.of("TOWN_AGENCY"), "o", null, null, null)))
        .containsExactly("towns");
    assertThat(fields(new DevTokenRequest("u", null, List.of("TOWN_AGENCY"), "o", List.of(), null, null)))
        .containsExactly("towns");
  }

  @Test
  void problems_whenATownIsBlank_namesItsIndex() {
    assertThat(fields(new DevTokenRequest("u", null, List.of("TOWN_AGENCY"), "o", List.of("t1", ""), null, null)))
        .containsExactly("towns[1]");
  }

  @Test
  void problems_whenSuperiorCompanyHasNoGroupEnterprises_namesGroupEnterprises() {
    assertThat(fields(new DevTokenRequest("u", null, List.of("SUPERIOR_COMPANY"), "g", null, null, null)))
        .containsExactly("groupEnterprises");
    assertThat(fields(new DevTokenRequest("u", null, List.of("SUPERIOR_COMPANY"), "g", null, null, List.of())))
        .containsExactly("groupEnterprises");
    assertThat(
            fields(new DevTokenRequest("u", null, List.of("SUPERIOR_COMPANY"), "g", null, null, List.of("e1", " "))))
        .containsExactly("groupEnterprises[1]");
  }

  private static List<String> fields(DevTokenRequest request) {
    return request.problems().stream().map(FieldProblem::field).toList();
  }
}
