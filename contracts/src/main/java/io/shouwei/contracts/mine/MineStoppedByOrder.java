package io.shouwei.contracts.mine;

/**
 * Published when an order to stop production takes effect on a mine: its production status is
 * {@link ProductionStatus#STOPPED_BY_ORDER} from now on, until every order that stops it is lifted.
 */
public record MineStoppedByOrder(String mineId, String orderId) {}
