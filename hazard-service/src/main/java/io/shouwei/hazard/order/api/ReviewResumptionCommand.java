package io.shouwei.hazard.order.api;

import io.shouwei.contracts.order.ReviewOutcome;
import io.shouwei.hazard.hazard.api.ActingAs;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The town office (or the district bureau) reviews an application to resume production.
 *
 * @param expectedVersion the version the sender saw ({@code If-Match}), or {@code null} for any
 * @param findings required when the review fails; an optional remark when it passes
 */
public record ReviewResumptionCommand(
    @TargetAggregateIdentifier String orderId,
    @TargetAggregateVersion Long expectedVersion,
    ActingAs actingAs,
    ReviewOutcome outcome,
    String findings,
    Instant reviewedAt) {}
