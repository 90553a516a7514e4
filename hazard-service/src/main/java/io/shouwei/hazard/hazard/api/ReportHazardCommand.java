package io.shouwei.hazard.hazard.api;

import io.shouwei.contracts.hazard.HazardSource;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Reports a newly found hazard: creates the {@code Hazard} aggregate.
 *
 * @param hazardId chosen by the service (a UUID), never by the client
 * @param campaignId the campaign the hazard was found in, or {@code null}
 * @param reportedAt when the service accepted the report (from its clock)
 */
public record ReportHazardCommand(
    @TargetAggregateIdentifier String hazardId,
    String mineId,
    String enterpriseId,
    String townCode,
    String campaignId,
    HazardSource source,
    String category,
    String title,
    String description,
    String location,
    Instant discoveredAt,
    Instant reportedAt) {}
