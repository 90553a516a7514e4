package io.shouwei.workflow.process;

import io.shouwei.platform.security.Caller;

/**
 * Which process instances a caller may see, decided on the instance's own variables
 * ({@code enterpriseId}, {@code townCode}): an enterprise sees its own, a town office those of its
 * towns, every other role all of them. A caller without a known role sees none.
 */
public final class ProcessVisibility {

  private ProcessVisibility() {}

  public static boolean canSee(Caller caller, String enterpriseId, String townCode) {
    if (caller.role() == null) {
      return false;
    }
    return switch (caller.role()) {
      case ENTERPRISE -> caller.enterpriseId() != null && caller.enterpriseId().equals(enterpriseId);
      case TOWN_AGENCY -> townCode != null && caller.towns().contains(townCode);
      case DISTRICT_AGENCY, SUPERIOR_COMPANY, AUDITOR, ADMIN, SERVICE -> true;
    };
  }
}
