package io.shouwei.reporting;

import io.shouwei.contracts.Role;
import io.shouwei.platform.security.Caller;
import java.util.List;
import java.util.Set;

/** Callers of each role, as their tokens describe them. */
public final class RoleCallers {

  private RoleCallers() {}

  public static Caller of(Role role, List<String> towns, String enterprise, List<String> groupEnterprises) {
    return new Caller("u-" + role, role.name(), role, Set.of(role), "org-" + role, towns, enterprise, groupEnterprises);
  }

  public static Caller district() {
    return of(Role.DISTRICT_AGENCY, List.of(), null, List.of());
  }

  public static Caller auditor() {
    return of(Role.AUDITOR, List.of(), null, List.of());
  }

  public static Caller admin() {
    return of(Role.ADMIN, List.of(), null, List.of());
  }

  public static Caller enterprise(String enterpriseId) {
    return of(Role.ENTERPRISE, List.of(), enterpriseId, List.of());
  }

  public static Caller town(String... towns) {
    return of(Role.TOWN_AGENCY, List.of(towns), null, List.of());
  }

  public static Caller superior(String... groupEnterprises) {
    return of(Role.SUPERIOR_COMPANY, List.of(), null, List.of(groupEnterprises));
  }
}
