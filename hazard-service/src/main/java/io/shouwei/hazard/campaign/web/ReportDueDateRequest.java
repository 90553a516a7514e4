package io.shouwei.hazard.campaign.web;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** The body of {@code PUT /api/campaigns/{id}/report-due-date}. */
public record ReportDueDateRequest(@NotNull LocalDate reportDueDate) {}
