package io.shouwei.hazard.hazard.application;

import io.shouwei.contracts.Role;
import io.shouwei.platform.security.Jurisdiction.Reach;

/**
 * Which hazards a caller may report or act on, decided on the hazard's enterprise and town.
 * Reading follows the shared rule of {@link io.shouwei.platform.security.Jurisdiction}; writing
 * differs from it only in that an auditor writes nothing. Which acts a role may perform on a hazard
 * it reaches (e.g. who signs off a major hazard) are the aggregate's rules.
 */
final class HazardAccess {

  private HazardAccess() {}

  static Reach toWrite(Role role) {
    if (role == null) {
      return Reach.NONE;
    }
    return switch (role) {
      case DISTRICT_AGENCY, ADMIN, SERVICE -> Reach.ALL;
      case TOWN_AGENCY -> Reach.OWN_TOWNS;
      case SUPERIOR_COMPANY -> Reach.OWN_GROUP;
      case ENTERPRISE -> Reach.OWN_ENTERPRISE;
      case AUDITOR -> Reach.NONE;
    };
  }
}
