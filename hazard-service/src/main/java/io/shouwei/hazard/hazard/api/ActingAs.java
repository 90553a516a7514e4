package io.shouwei.hazard.hazard.api;

import io.shouwei.contracts.Role;
import java.util.Set;

/**
 * In which capacity the sender of a command acts: the facts of its token that the hazard's rules
 * depend on. Who the sender is (user, organisation) travels in the command's metadata.
 *
 * @param enterpriseId the enterprise of an {@code ENTERPRISE} sender, otherwise {@code null}
 * @param towns the town codes of a {@code TOWN_AGENCY} sender's jurisdiction
 */
public record ActingAs(Role role, String enterpriseId, Set<String> towns) {

  public ActingAs {
    towns = towns == null ? Set.of() : Set.copyOf(towns);
  }

  /** A district agency, or a town agency whose jurisdiction contains {@code townCode}. */
  public boolean isAgencyOver(String townCode) {
    return role == Role.DISTRICT_AGENCY || (role == Role.TOWN_AGENCY && towns.contains(townCode));
  }

  /** The enterprise {@code enterpriseId} itself. */
  public boolean isEnterprise(String enterpriseId) {
    return role == Role.ENTERPRISE && this.enterpriseId != null && this.enterpriseId.equals(enterpriseId);
  }
}
