package io.shouwei.hazard.mine.api;

import io.shouwei.contracts.mine.MineType;
import io.shouwei.hazard.mine.MineFacts;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Registers a mine: creates the {@code Mine} aggregate, operating.
 *
 * @param mineId chosen by the service (a UUID), never by the client
 * @param townCode the town whose office has jurisdiction over the mine
 * @param facts what is known of the mine; {@link MineFacts#NONE} when nothing is
 */
public record RegisterMineCommand(
    @TargetAggregateIdentifier String mineId,
    String name,
    String enterpriseId,
    String enterpriseName,
    String townCode,
    MineType type,
    MineFacts facts) {}
