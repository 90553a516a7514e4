package io.shouwei.hazard.order.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** Stored when the enterprise acknowledges the order. */
@Revision("1")
public record OrderAcknowledgedEvent(String orderId, Instant acknowledgedAt) {}
