package io.shouwei.hazard.hazard.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Starts rectifying a planned hazard.
 *
 * @param expectedVersion the version the sender saw ({@code If-Match}), or {@code null} for any
 */
public record StartRectificationCommand(
    @TargetAggregateIdentifier String hazardId,
    @TargetAggregateVersion Long expectedVersion,
    ActingAs actingAs,
    Instant startedAt) {}
