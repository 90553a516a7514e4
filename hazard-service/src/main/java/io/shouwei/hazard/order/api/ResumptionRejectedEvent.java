package io.shouwei.hazard.order.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** Stored when the district bureau rejects a reviewed application; the enterprise may apply again. */
@Revision("1")
public record ResumptionRejectedEvent(String orderId, String reason, Instant rejectedAt) {}
