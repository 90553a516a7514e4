package io.shouwei.hazard.hazard.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Assigns the five items of a hazard's rectification, or replaces them before rectification starts.
 *
 * @param expectedVersion the version the sender saw ({@code If-Match}), or {@code null} for any
 * @param plannedAt when the service accepted the command (its clock): the deadline must be later
 */
public record PlanRectificationCommand(
    @TargetAggregateIdentifier String hazardId,
    @TargetAggregateVersion Long expectedVersion,
    ActingAs actingAs,
    FiveItemPlan plan,
    Instant plannedAt) {}
