package io.shouwei.hazard.hazard.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Verifies a submitted rectification: accepting signs the hazard off (销号), rejecting sends it back
 * to rectifying. A major hazard is verified only by an agency with jurisdiction.
 *
 * @param expectedVersion the version the sender saw ({@code If-Match}), or {@code null} for any
 * @param reason required to reject; an optional remark on acceptance
 */
public record VerifyRectificationCommand(
    @TargetAggregateIdentifier String hazardId,
    @TargetAggregateVersion Long expectedVersion,
    ActingAs actingAs,
    VerificationOutcome outcome,
    String reason,
    Instant verifiedAt) {}
