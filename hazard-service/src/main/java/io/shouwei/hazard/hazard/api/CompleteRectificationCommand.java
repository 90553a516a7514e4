package io.shouwei.hazard.hazard.api;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Declares the rectification done and submits it, with its evidence, for verification.
 *
 * @param expectedVersion the version the sender saw ({@code If-Match}), or {@code null} for any
 * @param evidenceRefs at least one reference of a photo or document
 */
public record CompleteRectificationCommand(
    @TargetAggregateIdentifier String hazardId,
    @TargetAggregateVersion Long expectedVersion,
    ActingAs actingAs,
    List<String> evidenceRefs,
    String note,
    Instant completedAt) {}
