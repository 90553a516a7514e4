package io.shouwei.hazard.hazard.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The enterprise asks for a later deadline. The handler answers the request's number (1, 2, …).
 *
 * @param expectedVersion the version the sender saw ({@code If-Match}), or {@code null} for any
 * @param requestedDeadline must be after the current deadline
 */
public record RequestDeadlineExtensionCommand(
    @TargetAggregateIdentifier String hazardId,
    @TargetAggregateVersion Long expectedVersion,
    ActingAs actingAs,
    Instant requestedDeadline,
    String reason,
    Instant requestedAt) {}
