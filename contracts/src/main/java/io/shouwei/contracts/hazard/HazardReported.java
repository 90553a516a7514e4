package io.shouwei.contracts.hazard;

import java.time.Instant;

/**
 * Published when a hazard is reported: the first event of every hazard.
 *
 * @param campaignId the campaign it was found in, or {@code null}
 * @param townCode the jurisdiction of the mine at the time of reporting
 * @param enterpriseId the enterprise that operates the mine
 */
public record HazardReported(
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
