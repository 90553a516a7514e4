package io.shouwei.hazard.campaign.web;

import java.util.List;

/**
 * {@code GET /api/campaigns}: one page of campaigns, the latest launched first.
 *
 * @param total how many campaigns there are in all
 */
public record CampaignListResponse(int page, int size, long total, List<CampaignResponse> campaigns) {}
