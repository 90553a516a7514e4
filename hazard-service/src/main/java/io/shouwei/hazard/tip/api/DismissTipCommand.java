package io.shouwei.hazard.tip.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Dismisses a tip.
 *
 * @param expectedVersion the version the sender saw ({@code If-Match}), or {@code null}
 * @param reason why, in words the tipster may read
 * @param dismissedAt when the service dismissed the tip (from its clock)
 */
public record DismissTipCommand(
    @TargetAggregateIdentifier String tipId,
    @TargetAggregateVersion Long expectedVersion,
    String reason,
    Instant dismissedAt) {}
