package io.shouwei.hazard.order.api;

import io.shouwei.hazard.hazard.api.ActingAs;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The district bureau approves a reviewed application (the order is lifted) or rejects it.
 *
 * @param expectedVersion the version the sender saw ({@code If-Match}), or {@code null} for any
 * @param reason required to reject; an optional remark on approval
 */
public record DecideResumptionCommand(
    @TargetAggregateIdentifier String orderId,
    @TargetAggregateVersion Long expectedVersion,
    ActingAs actingAs,
    ResumptionDecision decision,
    String reason,
    Instant decidedAt) {}
