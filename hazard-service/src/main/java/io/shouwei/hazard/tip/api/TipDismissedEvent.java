package io.shouwei.hazard.tip.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** Stored when a tip is dismissed; the tip's last event. The reason is public. */
@Revision("1")
public record TipDismissedEvent(String tipId, String reason, Instant dismissedAt) {}
