package io.shouwei.hazard.mine.api;

import org.axonframework.serialization.Revision;

/** Stored when an order to stop production takes effect: the mine is stopped by that order. */
@Revision("1")
public record MineStoppedByOrderEvent(String mineId, String orderId) {}
