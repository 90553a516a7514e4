package io.shouwei.hazard.mine.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/mines/{id}/closure}. */
public record CloseMineRequest(@NotBlank @Size(max = 2000) String reason) {}
