package io.shouwei.hazard.mine.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Closes a mine for good.
 *
 * @param expectedVersion the version the sender saw ({@code If-Match}), or {@code null}
 */
public record CloseMineCommand(
    @TargetAggregateIdentifier String mineId,
    @TargetAggregateVersion Long expectedVersion,
    String reason) {}
