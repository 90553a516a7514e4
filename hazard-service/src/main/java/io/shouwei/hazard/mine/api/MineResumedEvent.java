package io.shouwei.hazard.mine.api;

import io.shouwei.hazard.mine.ProductionStatus;
import org.axonframework.serialization.Revision;

/**
 * Stored when an order that stopped the mine is lifted.
 *
 * @param productionStatus the status afterwards: {@code OPERATING}, or still
 *     {@code STOPPED_BY_ORDER} when another order stops the mine too
 */
@Revision("1")
public record MineResumedEvent(String mineId, String orderId, ProductionStatus productionStatus) {}
