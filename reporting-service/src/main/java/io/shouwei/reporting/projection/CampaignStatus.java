package io.shouwei.reporting.projection;

/** Whether a campaign is still under way, as hazard-service defines it. {@link #CONCLUDED} is final. */
public enum CampaignStatus {
  /** Launched: its phases and report due date may still be amended. */
  LAUNCHED,
  /** Concluded by the district after its last phase. */
  CONCLUDED
}
