package io.shouwei.contracts.mine;

/**
 * Published when an order that stopped a mine is lifted.
 *
 * @param productionStatus the mine's status afterwards: {@link ProductionStatus#OPERATING}, or
 *     still {@link ProductionStatus#STOPPED_BY_ORDER} when another order stops it too
 */
public record MineResumed(String mineId, String orderId, ProductionStatus productionStatus) {}
