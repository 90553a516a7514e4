package io.shouwei.hazard.campaign;

/** The commands that act on an existing campaign, as a refused transition lists the allowed ones. */
public enum CampaignAction {
  AMEND_PHASE,
  AMEND_REPORT_DUE_DATE,
  CONCLUDE_CAMPAIGN
}
