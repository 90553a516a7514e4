package io.shouwei.contracts.order;

import java.time.Instant;

/** Published when the enterprise acknowledges an order. */
public record OrderAcknowledged(String orderId, Instant acknowledgedAt) {}
