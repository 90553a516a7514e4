package io.shouwei.contracts.order;

import java.time.Instant;

/** Published when the district bureau rejects a reviewed application; the enterprise may apply again. */
public record ResumptionRejected(String orderId, String reason, Instant rejectedAt) {}
