package io.shouwei.hazard.campaign;

import java.util.List;

/** The campaign's status does not allow the command (any change of a concluded campaign); nothing was stored. */
public final class CampaignTransitionRefused extends RuntimeException {

  private final CampaignAction attempted;
  private final CampaignStatus status;
  private final List<CampaignAction> allowed;

  public CampaignTransitionRefused(
      CampaignAction attempted, CampaignStatus status, List<CampaignAction> allowed, String why) {
    super(why + " (" + attempted + " while " + status + "; allowed: " + allowed + ")");
    this.attempted = attempted;
    this.status = status;
    this.allowed = List.copyOf(allowed);
  }

  public CampaignAction attempted() {
    return attempted;
  }

  /** The campaign's status when the command arrived. */
  public CampaignStatus status() {
    return status;
  }

  /** The commands the campaign accepts in that status. */
  public List<CampaignAction> allowedCommands() {
    return allowed;
  }
}
