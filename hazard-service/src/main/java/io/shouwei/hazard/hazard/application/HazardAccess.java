package io.shouwei.hazard.hazard.application;

import io.shouwei.contracts.Role;
import io.shouwei.platform.security.Jurisdiction.Reach;

/**
 * Which hazards a caller may report, decided on the hazard's enterprise and town. Reading follows
 * the shared rule of {@link io.shouwei.platform.security.Jurisdiction}; reporting differs from it
 * only in that an auditor reports nothing.
 */
final class HazardAccess {

  private HazardAccess() {}

  static Reach toReport(Role role) {
    if (role == null) {
      return Reach.NONE;
    }
    return switch (role) {
      case DISTRICT_AGENCY, SUPERIOR_COMPANY, ADMIN, SERVICE -> Reach.ALL;
      case TOWN_AGENCY -> Reach.OWN_TOWNS;
      case ENTERPRISE -> Reach.OWN_ENTERPRISE;
      case AUDITOR -> Reach.NONE;
    };
  }
}
