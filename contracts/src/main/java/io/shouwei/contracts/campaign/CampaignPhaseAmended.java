package io.shouwei.contracts.campaign;

import java.time.LocalDate;

/** Published when the dates of one phase of a campaign are moved; the phase keeps its kind and name. */
public record CampaignPhaseAmended(String campaignId, PhaseKind kind, LocalDate startDate, LocalDate endDate) {}
