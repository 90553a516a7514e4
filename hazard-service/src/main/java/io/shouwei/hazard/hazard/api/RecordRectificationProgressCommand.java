package io.shouwei.hazard.hazard.api;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Records how far the rectification has come.
 *
 * @param expectedVersion the version the sender saw ({@code If-Match}), or {@code null} for any
 * @param percent 0 to 100, not below the last record of this round
 * @param evidenceRefs references of photos or documents; may be empty
 */
public record RecordRectificationProgressCommand(
    @TargetAggregateIdentifier String hazardId,
    @TargetAggregateVersion Long expectedVersion,
    ActingAs actingAs,
    String note,
    int percent,
    List<String> evidenceRefs,
    Instant recordedAt) {}
