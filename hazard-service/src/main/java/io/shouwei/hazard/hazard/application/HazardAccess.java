package io.shouwei.hazard.hazard.application;

import io.shouwei.contracts.Role;
import io.shouwei.platform.security.Caller;

/**
 * Which hazards a caller may report and read, decided on the hazard's enterprise and town.
 *
 * <p>A superior company's inspection group may for now read and report for every enterprise: the
 * token does not yet say which enterprises belong to its group.
 */
final class HazardAccess {

  /** How far a role reaches. */
  enum Reach {
    /** Every hazard. */
    ALL,
    /** Hazards of the enterprise in the token's {@code enterprise} claim. */
    OWN_ENTERPRISE,
    /** Hazards in the towns of the token's {@code towns} claim. */
    OWN_TOWNS,
    /** No hazard. */
    NONE
  }

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

  static Reach toRead(Role role) {
    if (role == null) {
      return Reach.NONE;
    }
    return switch (role) {
      case DISTRICT_AGENCY, SUPERIOR_COMPANY, ADMIN, SERVICE, AUDITOR -> Reach.ALL;
      case TOWN_AGENCY -> Reach.OWN_TOWNS;
      case ENTERPRISE -> Reach.OWN_ENTERPRISE;
    };
  }

  static boolean covers(Reach reach, Caller caller, String enterpriseId, String townCode) {
    return switch (reach) {
      case ALL -> true;
      case OWN_ENTERPRISE -> caller.enterpriseId() != null && caller.enterpriseId().equals(enterpriseId);
      case OWN_TOWNS -> caller.towns().contains(townCode);
      case NONE -> false;
    };
  }
}
