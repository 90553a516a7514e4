package io.shouwei.hazard.hazard.api;

import io.shouwei.contracts.hazard.HazardLevel;
import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Sets a hazard's level. Confirming, declaring or downgrading a major hazard is an agency's act and
 * needs a reason.
 *
 * @param expectedVersion the version the sender saw ({@code If-Match}), or {@code null} for any
 * @param criteria codes of the major-hazard criteria cited; none for a general hazard
 * @param classifiedAt when the service accepted the command (its clock)
 */
public record ClassifyHazardCommand(
    @TargetAggregateIdentifier String hazardId,
    @TargetAggregateVersion Long expectedVersion,
    ActingAs actingAs,
    HazardLevel level,
    List<String> criteria,
    String reason,
    Instant classifiedAt) {}
