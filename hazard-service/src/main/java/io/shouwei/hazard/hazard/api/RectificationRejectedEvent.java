package io.shouwei.hazard.hazard.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** Stored when a submitted rectification is not accepted. */
@Revision("1")
public record RectificationRejectedEvent(String hazardId, String reason, Instant rejectedAt) {}
