package io.shouwei.contracts.mine;

/**
 * Published when a mine is registered: the first event of every mine. Its production status is
 * {@link ProductionStatus#OPERATING}.
 *
 * @param enterpriseId the enterprise that operates the mine
 * @param townCode the town whose office has jurisdiction over the mine
 */
public record MineRegistered(
    String mineId,
    String name,
    String enterpriseId,
    String enterpriseName,
    String townCode,
    MineType type,
    MineFacts facts) {}
