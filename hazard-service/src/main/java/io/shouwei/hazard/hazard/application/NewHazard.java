package io.shouwei.hazard.hazard.application;

import io.shouwei.contracts.hazard.HazardSource;
import java.time.Instant;

/** What a caller reports about a hazard; the service adds its id and the time of reporting. */
public record NewHazard(
    String mineId,
    String enterpriseId,
    String townCode,
    String campaignId,
    HazardSource source,
    String category,
    String title,
    String description,
    String location,
    Instant discoveredAt) {}
