package io.shouwei.contracts.campaign;

import java.time.LocalDate;

/** Published when the day a campaign's work report is due is moved. */
public record CampaignReportDueDateAmended(String campaignId, LocalDate reportDueDate) {}
