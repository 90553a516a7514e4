package io.shouwei.hazard.order.api;

import io.shouwei.hazard.hazard.api.ActingAs;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The mine's enterprise acknowledges the order; an order to stop production takes effect with it
 * unless it took effect already.
 *
 * @param expectedVersion the version the sender saw ({@code If-Match}), or {@code null} for any
 */
public record AcknowledgeOrderCommand(
    @TargetAggregateIdentifier String orderId,
    @TargetAggregateVersion Long expectedVersion,
    ActingAs actingAs,
    Instant acknowledgedAt) {}
