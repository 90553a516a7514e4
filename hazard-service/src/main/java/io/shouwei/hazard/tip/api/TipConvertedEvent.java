package io.shouwei.hazard.tip.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** Stored when a tip is triaged into a hazard; the tip's last event. */
@Revision("1")
public record TipConvertedEvent(String tipId, String hazardId, Instant convertedAt) {}
