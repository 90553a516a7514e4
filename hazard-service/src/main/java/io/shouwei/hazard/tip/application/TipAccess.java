package io.shouwei.hazard.tip.application;

import io.shouwei.contracts.Role;
import io.shouwei.hazard.tip.view.TipView;
import io.shouwei.platform.security.Caller;
import io.shouwei.platform.security.Jurisdiction;
import io.shouwei.platform.security.Jurisdiction.Reach;

/**
 * Who may read and triage which tips. A tip belongs to no enterprise, only (perhaps) to a town: a
 * town office reaches the tips of its towns, and a tip of no known town is the district bureau's.
 * Enterprises and superior companies never see tips: a tip may be about them.
 */
final class TipAccess {

  private TipAccess() {}

  /** Reading: the district bureau, auditors and administrators all tips, a town office its towns'. */
  static Reach toRead(Role role) {
    if (role == null) {
      return Reach.NONE;
    }
    return switch (role) {
      case DISTRICT_AGENCY, AUDITOR, ADMIN -> Reach.ALL;
      case TOWN_AGENCY -> Reach.OWN_TOWNS;
      case ENTERPRISE, SUPERIOR_COMPANY, SERVICE -> Reach.NONE;
    };
  }

  /** Triaging: the district bureau all tips, a town office its towns'. */
  static Reach toTriage(Role role) {
    if (role == null) {
      return Reach.NONE;
    }
    return switch (role) {
      case DISTRICT_AGENCY -> Reach.ALL;
      case TOWN_AGENCY -> Reach.OWN_TOWNS;
      case AUDITOR, ADMIN, ENTERPRISE, SUPERIOR_COMPANY, SERVICE -> Reach.NONE;
    };
  }

  /** Whether {@code reach}, as held by {@code caller}, covers the tip. */
  static boolean covers(Reach reach, Caller caller, TipView tip) {
    return Jurisdiction.covers(reach, caller, null, tip.townCode());
  }

  /** Whether the caller may see who the tipster is: administrators only. */
  static boolean seesIdentity(Caller caller) {
    return caller.role() == Role.ADMIN;
  }
}
