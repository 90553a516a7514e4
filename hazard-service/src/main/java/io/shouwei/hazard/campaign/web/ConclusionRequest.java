package io.shouwei.hazard.campaign.web;

import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/campaigns/{id}/conclusion}; the note is optional. */
public record ConclusionRequest(@Size(max = 4000) String note) {}
