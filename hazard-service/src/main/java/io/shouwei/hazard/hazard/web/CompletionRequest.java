package io.shouwei.hazard.hazard.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The body of {@code POST /api/hazards/{id}/completion}. That at least one piece of evidence is
 * submitted is the hazard's rule.
 */
public record CompletionRequest(
    @NotNull @Size(max = 50) List<@NotBlank @Size(max = 500) String> evidenceRefs,
    @Size(max = 2000) String note) {}
