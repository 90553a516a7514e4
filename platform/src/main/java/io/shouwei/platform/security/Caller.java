package io.shouwei.platform.security;

import io.shouwei.contracts.Actor;
import io.shouwei.contracts.Role;
import java.util.List;
import java.util.Set;

/**
 * The authenticated caller of a request, as its token describes it.
 *
 * @param role the role the caller acts in: the first role of the token's {@code roles} claim
 * @param roles every role of the token
 * @param orgId the organisation (agency or company) the caller belongs to
 * @param towns town codes of the caller's jurisdiction (town agencies)
 * @param enterpriseId the enterprise of an {@code ENTERPRISE} caller
 * @param groupEnterprises the enterprises of a {@code SUPERIOR_COMPANY} caller's group
 */
public record Caller(
    String userId,
    String name,
    Role role,
    Set<Role> roles,
    String orgId,
    List<String> towns,
    String enterpriseId,
    List<String> groupEnterprises) {

  public Caller {
    roles = Set.copyOf(roles);
    towns = List.copyOf(towns);
    groupEnterprises = List.copyOf(groupEnterprises);
  }

  /** A caller of no company group. */
  public Caller(
      String userId, String name, Role role, Set<Role> roles, String orgId, List<String> towns, String enterpriseId) {
    this(userId, name, role, roles, orgId, towns, enterpriseId, List.of());
  }

  public boolean has(Role r) {
    return roles.contains(r);
  }

  public Actor actor() {
    return new Actor(userId, role, orgId);
  }
}
