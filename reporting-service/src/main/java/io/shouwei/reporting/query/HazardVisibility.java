package io.shouwei.reporting.query;

import io.shouwei.platform.security.Caller;
import io.shouwei.reporting.projection.HazardDocument;

/**
 * Which hazards a caller may read, by the role it acts in: an enterprise its own, a town office
 * those in its towns, the district bureau, superior companies, auditors, administrators and other
 * services all. A caller without a known role sees none.
 */
final class HazardVisibility {

  private HazardVisibility() {}

  static boolean canSee(Caller caller, HazardDocument hazard) {
    if (caller.role() == null) {
      return false;
    }
    return switch (caller.role()) {
      case ENTERPRISE -> caller.enterpriseId() != null && caller.enterpriseId().equals(hazard.enterpriseId());
      case TOWN_AGENCY -> hazard.townCode() != null && caller.towns().contains(hazard.townCode());
      case DISTRICT_AGENCY, SUPERIOR_COMPANY, AUDITOR, ADMIN, SERVICE -> true;
    };
  }
}
