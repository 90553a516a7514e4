package io.shouwei.hazard.tip.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Records that a tip was triaged into a hazard, reported before with the tip's hazard id.
 *
 * @param expectedVersion the version the sender saw ({@code If-Match}), or {@code null}
 * @param convertedAt when the service converted the tip (from its clock)
 */
public record ConvertTipCommand(
    @TargetAggregateIdentifier String tipId,
    @TargetAggregateVersion Long expectedVersion,
    String hazardId,
    Instant convertedAt) {}
