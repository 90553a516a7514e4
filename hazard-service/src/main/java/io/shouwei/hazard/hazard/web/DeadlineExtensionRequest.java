package io.shouwei.hazard.hazard.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * The body of {@code POST /api/hazards/{id}/deadline-extensions}. That the new deadline is later
 * than the current one is the hazard's rule.
 */
public record DeadlineExtensionRequest(
    @NotNull Instant requestedDeadline, @NotBlank @Size(max = 2000) String reason) {}
