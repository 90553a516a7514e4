package io.shouwei.hazard.campaign.api;

import io.shouwei.hazard.campaign.PhaseKind;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** Stored when the dates of one phase of a campaign are moved; its kind and name stay. */
@Revision("1")
public record CampaignPhaseAmendedEvent(String campaignId, PhaseKind kind, LocalDate startDate, LocalDate endDate) {}
