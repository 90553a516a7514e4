package io.shouwei.hazard.hazard.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/hazards/{id}/reopening}.
 *
 * @param reviewReference the look-back review (回头看) that found the hazard again, if known
 */
public record ReopeningRequest(
    @NotBlank @Size(max = 2000) String reason, @Size(max = 200) String reviewReference) {}
