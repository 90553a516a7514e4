package io.shouwei.hazard.tip.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/tips/{id}/triage}: {@code CONVERT} with the {@code hazard} to
 * report, or {@code DISMISS} with a {@code reason} (the tip's rule: 422 without one).
 */
public record TriageRequest(
    @NotNull TriageDecision decision,
    @Size(max = 2000) String reason,
    @Valid TipHazardBody hazard) {}
