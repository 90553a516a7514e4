package io.shouwei.hazard.hazard.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** Stored when an agency refuses a requested extension. */
@Revision("1")
public record DeadlineExtensionRefusedEvent(String hazardId, int number, String reason, Instant decidedAt) {}
