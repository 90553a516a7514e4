package io.shouwei.contracts.mine;

/** Published when a mine is closed for good ({@link ProductionStatus#CLOSED}). */
public record MineClosed(String mineId, String reason) {}
