package io.shouwei.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.shouwei.gateway.security.FunctionRules.Area;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FunctionRulesTest {

  /** One row: where, read or write, the token's roles ("-": no token), allowed. */
  @ParameterizedTest(name = "{0} {1} {2} → {3}")
  @CsvSource({
    "HEALTH,     write, -,                      true",
    "HEALTH,     read,  AUDITOR,                true",
    "PUBLIC,     write, -,                      true",
    "PUBLIC,     read,  -,                      true",
    "PUBLIC,     write, ENTERPRISE,             true",
    "PUBLIC,     write, AUDITOR,                false",
    "PUBLIC,     read,  AUDITOR,                true",
    "PROTECTED,  read,  -,                      false",
    "PROTECTED,  write, -,                      false",
    "PROTECTED,  read,  AUDITOR,                true",
    "PROTECTED,  write, AUDITOR,                false",
    "PROTECTED,  write, AUDITOR DISTRICT_AGENCY, false",
    "PROTECTED,  write, ENTERPRISE,             true",
    "PROTECTED,  write, SERVICE,                true",
    "ADMIN_ONLY, read,  -,                      false",
    "ADMIN_ONLY, read,  DISTRICT_AGENCY,        false",
    "ADMIN_ONLY, read,  AUDITOR,                false",
    "ADMIN_ONLY, read,  ADMIN,                  true",
    "ADMIN_ONLY, write, ADMIN,                  true",
    "ADMIN_ONLY, write, ADMIN AUDITOR,          false"
  })
  void rules(Area area, String access, String roles, boolean allowed) {
    Optional<Set<String>> authorities =
        "-".equals(roles)
            ? Optional.empty()
            : Optional.of(Arrays.stream(roles.split(" ")).map(r -> "ROLE_" + r).collect(Collectors.toSet()));

    assertThat(FunctionRules.allows(area, "read".equals(access), authorities)).isEqualTo(allowed);
  }
}
