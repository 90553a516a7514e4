package io.shouwei.hazard.mine.application;

import io.shouwei.contracts.Role;
import io.shouwei.platform.security.Jurisdiction.Reach;

/**
 * Which mines a caller may change, decided on the mine's enterprise and town. Reading follows the
 * shared rule of {@link io.shouwei.platform.security.Jurisdiction}. Stops and resumptions are the
 * orders' and are checked by the mine itself.
 */
final class MineAccess {

  private MineAccess() {}

  /** Registering: the district bureau and administrators anywhere, a town office in its towns. */
  static Reach toRegister(Role role) {
    if (role == null) {
      return Reach.NONE;
    }
    return switch (role) {
      case DISTRICT_AGENCY, ADMIN -> Reach.ALL;
      case TOWN_AGENCY -> Reach.OWN_TOWNS;
      case ENTERPRISE, SUPERIOR_COMPANY, AUDITOR, SERVICE -> Reach.NONE;
    };
  }

  /** Updating facts: as registering, and an enterprise on its own mines. */
  static Reach toUpdateFacts(Role role) {
    if (role == Role.ENTERPRISE) {
      return Reach.OWN_ENTERPRISE;
    }
    return toRegister(role);
  }

  /** Closing: agencies only, a town office in its towns. */
  static Reach toClose(Role role) {
    if (role == null) {
      return Reach.NONE;
    }
    return switch (role) {
      case DISTRICT_AGENCY -> Reach.ALL;
      case TOWN_AGENCY -> Reach.OWN_TOWNS;
      case ENTERPRISE, SUPERIOR_COMPANY, AUDITOR, ADMIN, SERVICE -> Reach.NONE;
    };
  }
}
