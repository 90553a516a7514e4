package io.shouwei.hazard.order.api;

import io.shouwei.contracts.order.StopCause;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * Stored when an order to stop production takes effect, once per order: the service then stops
 * the mine by it.
 */
@Revision("1")
public record StopTookEffectEvent(String orderId, String mineId, StopCause cause, Instant tookEffectAt) {}
