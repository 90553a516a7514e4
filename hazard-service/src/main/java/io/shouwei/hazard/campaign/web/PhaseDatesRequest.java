package io.shouwei.hazard.campaign.web;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** The body of {@code PUT /api/campaigns/{id}/phases/{kind}}: the phase's new first and last day. */
public record PhaseDatesRequest(@NotNull LocalDate startDate, @NotNull LocalDate endDate) {}
