package io.shouwei.hazard.hazard.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * An agency approves or refuses the pending request for more time numbered {@code number}.
 *
 * @param expectedVersion the version the sender saw ({@code If-Match}), or {@code null} for any
 * @param reason required to refuse; an optional remark on approval
 */
public record DecideDeadlineExtensionCommand(
    @TargetAggregateIdentifier String hazardId,
    @TargetAggregateVersion Long expectedVersion,
    ActingAs actingAs,
    int number,
    ExtensionDecision decision,
    String reason,
    Instant decidedAt) {}
