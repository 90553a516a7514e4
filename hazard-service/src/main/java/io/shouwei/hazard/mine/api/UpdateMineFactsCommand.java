package io.shouwei.hazard.mine.api;

import io.shouwei.hazard.mine.MineFacts;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Replaces all facts of a mine.
 *
 * @param expectedVersion the version the sender saw ({@code If-Match}), or {@code null} to update
 *     whatever the current version is
 */
public record UpdateMineFactsCommand(
    @TargetAggregateIdentifier String mineId,
    @TargetAggregateVersion Long expectedVersion,
    MineFacts facts) {}
