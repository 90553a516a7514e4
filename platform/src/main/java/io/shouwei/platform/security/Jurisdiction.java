package io.shouwei.platform.security;

import io.shouwei.contracts.Role;

/**
 * How far a caller reaches over objects that belong to an enterprise in a town (hazards, orders,
 * process instances, read-model rows): the one rule of object-level reading, shared by every
 * service. The role the caller acts in decides, not other roles of its token.
 *
 * <p>A superior company's inspection group (上级公司督导组) reaches the enterprises of its group, as
 * its token's {@code groupEnterprises} claim lists them; a token without that claim reaches nothing.
 */
public final class Jurisdiction {

  /** How far a role reaches. */
  public enum Reach {
    /** Every object. */
    ALL,
    /** Objects of the enterprise in the token's {@code enterprise} claim. */
    OWN_ENTERPRISE,
    /** Objects in the towns of the token's {@code towns} claim. */
    OWN_TOWNS,
    /** Objects of the enterprises in the token's {@code groupEnterprises} claim. */
    OWN_GROUP,
    /** No object. */
    NONE
  }

  private Jurisdiction() {}

  /** The reading reach of a role; a caller without a known role reaches nothing. */
  public static Reach toRead(Role role) {
    if (role == null) {
      return Reach.NONE;
    }
    return switch (role) {
      case DISTRICT_AGENCY, ADMIN, SERVICE, AUDITOR -> Reach.ALL;
      case TOWN_AGENCY -> Reach.OWN_TOWNS;
      case SUPERIOR_COMPANY -> Reach.OWN_GROUP;
      case ENTERPRISE -> Reach.OWN_ENTERPRISE;
    };
  }

  /** Whether {@code reach}, as held by {@code caller}, covers an object of this enterprise and town. */
  public static boolean covers(Reach reach, Caller caller, String enterpriseId, String townCode) {
    return switch (reach) {
      case ALL -> true;
      case OWN_ENTERPRISE -> caller.enterpriseId() != null && caller.enterpriseId().equals(enterpriseId);
      case OWN_TOWNS -> townCode != null && caller.towns().contains(townCode);
      case OWN_GROUP -> enterpriseId != null && caller.groupEnterprises().contains(enterpriseId);
      case NONE -> false;
    };
  }

  /** Whether the caller may read an object of this enterprise and town. */
  public static boolean canRead(Caller caller, String enterpriseId, String townCode) {
    return covers(toRead(caller.role()), caller, enterpriseId, townCode);
  }
}
