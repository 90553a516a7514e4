package io.shouwei.contracts.order;

import java.time.Instant;

/**
 * Published when an order to stop production takes effect: its mine is stopped by it until the
 * order is lifted.
 */
public record StopTookEffect(String orderId, String mineId, StopCause cause, Instant tookEffectAt) {}
