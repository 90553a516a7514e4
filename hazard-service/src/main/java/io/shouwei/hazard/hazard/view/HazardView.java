package io.shouwei.hazard.hazard.view;

import io.shouwei.contracts.Actor;
import io.shouwei.contracts.hazard.HazardSource;
import io.shouwei.hazard.hazard.HazardStatus;
import java.time.Instant;

/**
 * A hazard as of its latest event, read from {@code hazard_view}.
 *
 * @param version the sequence number of the latest event applied (0 after the report)
 * @param reportedBy who reported it
 */
public record HazardView(
    String id,
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
    Instant reportedAt,
    HazardStatus status,
    long version,
    Actor reportedBy) {}
