package io.shouwei.hazard.hazard.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** Stored when a look-back review reopens a signed-off hazard. */
@Revision("1")
public record HazardReopenedEvent(String hazardId, String reason, String reviewReference, Instant reopenedAt) {}
