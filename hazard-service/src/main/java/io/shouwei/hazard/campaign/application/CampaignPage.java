package io.shouwei.hazard.campaign.application;

import io.shouwei.hazard.campaign.view.CampaignView;
import java.util.List;

/**
 * One page of campaigns, the latest launched first.
 *
 * @param total how many campaigns there are in all
 */
public record CampaignPage(int page, int size, long total, List<CampaignView> campaigns) {

  public CampaignPage {
    campaigns = List.copyOf(campaigns);
  }
}
