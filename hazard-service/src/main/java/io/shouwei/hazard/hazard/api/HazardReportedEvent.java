package io.shouwei.hazard.hazard.api;

import io.shouwei.contracts.hazard.HazardSource;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * Stored when a hazard is reported: the first event of every hazard. Internal: consumers see the
 * published {@code io.shouwei.contracts.hazard.HazardReported}, which the forwarder maps it to.
 */
@Revision("1")
public record HazardReportedEvent(
    String hazardId,
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
