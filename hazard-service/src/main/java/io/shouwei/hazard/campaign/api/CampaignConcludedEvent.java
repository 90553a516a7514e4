package io.shouwei.hazard.campaign.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * Stored when a campaign is concluded; the campaign's last event.
 *
 * @param concludedOn the day of the conclusion, in the district's calendar
 * @param note what the district recorded on concluding, or {@code null}
 */
@Revision("1")
public record CampaignConcludedEvent(String campaignId, LocalDate concludedOn, String note) {}
