package io.shouwei.hazard.hazard.web;

import io.shouwei.hazard.hazard.api.VerificationOutcome;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/hazards/{id}/verification}: {@code ACCEPT} signs the hazard off,
 * {@code REJECT} sends it back with a reason (the hazard's rule).
 */
public record VerificationRequest(@NotNull VerificationOutcome outcome, @Size(max = 2000) String reason) {}
