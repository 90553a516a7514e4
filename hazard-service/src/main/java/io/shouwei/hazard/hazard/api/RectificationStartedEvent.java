package io.shouwei.hazard.hazard.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** Stored when rectification of a planned hazard starts. */
@Revision("1")
public record RectificationStartedEvent(String hazardId, Instant startedAt) {}
