package io.shouwei.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.shouwei.contracts.Actor;
import io.shouwei.contracts.Role;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

class CallersTest {

  private static Jwt.Builder jwt() {
    return Jwt.withTokenValue("t")
        .header("alg", "RS256")
        .subject("wang.fang")
        .issuedAt(Instant.parse("2026-11-01T00:00:00Z"))
        .expiresAt(Instant.parse("2026-11-01T01:00:00Z"));
  }

  @Test
  void from_readsEveryClaimOfTheToken() {
    Caller caller =
        Callers.from(
            jwt().claim("name", "Wang Fang")
                .claim("roles", List.of("TOWN_AGENCY", "AUDITOR"))
                .claim("org", "xigang-office")
                .claim("towns", List.of("370406001", "370406002"))
                .build());
    assertThat(caller.userId()).isEqualTo("wang.fang");
    assertThat(caller.name()).isEqualTo("Wang Fang");
    assertThat(caller.role()).isEqualTo(Role.TOWN_AGENCY);
    assertThat(caller.roles()).containsExactlyInAnyOrder(Role.TOWN_AGENCY, Role.AUDITOR);
    assertThat(caller.towns()).containsExactly("370406001", "370406002");
    assertThat(caller.enterpriseId()).isNull();
    assertThat(caller.actor()).isEqualTo(new Actor("wang.fang", Role.TOWN_AGENCY, "xigang-office"));
  }

  @Test
  void unknownRoles_areIgnored_andMissingClaimsAreEmpty() {
    Caller caller = Callers.from(jwt().claim("roles", List.of("SUPERUSER", "ENTERPRISE")).claim("enterprise", "ent-9").build());
    assertThat(caller.roles()).containsExactly(Role.ENTERPRISE);
    assertThat(caller.role()).isEqualTo(Role.ENTERPRISE);
    assertThat(caller.towns()).isEmpty();
    assertThat(caller.name()).isEqualTo("wang.fang");
    assertThat(caller.enterpriseId()).isEqualTo("ent-9");
  }

  @Test
  void superiorCompany_readsTheEnterprisesOfItsGroup() {
    Caller caller =
        Callers.from(
            jwt().claim("roles", List.of("SUPERIOR_COMPANY"))
                .claim("org", "group-1")
                .claim("groupEnterprises", List.of("ent-1", "ent-2"))
                .build());
    assertThat(caller.role()).isEqualTo(Role.SUPERIOR_COMPANY);
    assertThat(caller.groupEnterprises()).containsExactly("ent-1", "ent-2");
    assertThat(Callers.from(jwt().claim("roles", List.of("SUPERIOR_COMPANY")).build()).groupEnterprises()).isEmpty();
  }

  @Test
  void authorities_carryTheRolePrefix() {
    var authorities = SecurityAutoConfiguration.jwtAuthenticationConverter()
        .convert(jwt().claim("roles", List.of("ADMIN", "NOPE")).build())
        .getAuthorities();
    assertThat(authorities).extracting(Object::toString).containsExactly("ROLE_ADMIN");
  }
}
