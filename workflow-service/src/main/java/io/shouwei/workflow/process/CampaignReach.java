package io.shouwei.workflow.process;

import io.shouwei.platform.security.Caller;

/** Whether a caller may see a campaign's process: one of the campaign's towns lies in its reach. */
@FunctionalInterface
public interface CampaignReach {

  boolean reaches(Caller caller, String campaignId);
}
