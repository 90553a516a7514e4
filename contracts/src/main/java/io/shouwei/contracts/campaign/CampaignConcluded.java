package io.shouwei.contracts.campaign;

import java.time.LocalDate;

/**
 * Published when a campaign is concluded, after its last phase; the campaign's last event.
 *
 * @param note what the district recorded on concluding, or {@code null}
 */
public record CampaignConcluded(String campaignId, LocalDate concludedOn, String note) {}
