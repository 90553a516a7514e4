package io.shouwei.hazard.campaign;

/** Whether a campaign is still under way. {@link #CONCLUDED} is final. */
public enum CampaignStatus {
  /** Launched: its phases and report due date may still be amended. */
  LAUNCHED,
  /** Concluded by the district after its last phase: it changes no more. */
  CONCLUDED
}
