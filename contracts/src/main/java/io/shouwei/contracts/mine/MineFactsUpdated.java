package io.shouwei.contracts.mine;

/** Published when a mine's facts change; {@code facts} replaces all earlier facts. */
public record MineFactsUpdated(String mineId, MineFacts facts) {}
