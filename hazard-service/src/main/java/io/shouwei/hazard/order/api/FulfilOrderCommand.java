package io.shouwei.hazard.order.api;

import io.shouwei.hazard.hazard.HazardStatus;
import io.shouwei.hazard.hazard.api.ActingAs;
import java.time.Instant;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * An agency closes an acknowledged order to rectify within a deadline.
 *
 * @param expectedVersion the version the sender saw ({@code If-Match}), or {@code null} for any
 * @param hazardStatuses the current status of each cited hazard as the service read it; a cited
 *     hazard missing here counts as not signed off
 * @param remark the agency's remark, or {@code null}
 */
public record FulfilOrderCommand(
    @TargetAggregateIdentifier String orderId,
    @TargetAggregateVersion Long expectedVersion,
    ActingAs actingAs,
    Map<String, HazardStatus> hazardStatuses,
    String remark,
    Instant fulfilledAt) {}
