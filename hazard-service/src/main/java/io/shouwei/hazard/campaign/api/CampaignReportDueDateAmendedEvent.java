package io.shouwei.hazard.campaign.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** Stored when the day the campaign's work report is due is moved. */
@Revision("1")
public record CampaignReportDueDateAmendedEvent(String campaignId, LocalDate reportDueDate) {}
