package io.shouwei.hazard.hazard.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * An agency reopens a signed-off hazard that a look-back review (回头看) found not truly rectified.
 *
 * @param expectedVersion the version the sender saw ({@code If-Match}), or {@code null} for any
 * @param reviewReference the look-back review, or {@code null}
 */
public record ReopenHazardCommand(
    @TargetAggregateIdentifier String hazardId,
    @TargetAggregateVersion Long expectedVersion,
    ActingAs actingAs,
    String reason,
    String reviewReference,
    Instant reopenedAt) {}
