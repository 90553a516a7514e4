package io.shouwei.hazard.hazard.web;

import io.shouwei.hazard.hazard.api.ExtensionDecision;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/hazards/{id}/deadline-extensions/{n}/decision}; refusing needs a
 * reason (the hazard's rule).
 */
public record ExtensionDecisionRequest(@NotNull ExtensionDecision decision, @Size(max = 2000) String reason) {}
