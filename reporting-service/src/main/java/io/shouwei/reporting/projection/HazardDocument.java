package io.shouwei.reporting.projection;

import io.shouwei.contracts.Actor;
import io.shouwei.contracts.hazard.HazardSource;
import java.time.Instant;

/**
 * One hazard in the {@value HazardStore#COLLECTION} read model.
 *
 * @param id the hazard id, stored as {@code _id}
 * @param reportedBy who reported the hazard
 * @param lastSequence the sequence of the hazard's last applied event: the projection applies an
 *     event only when its sequence is greater
 * @param updatedAt when the last applied event occurred (not when it was projected, so that a
 *     rebuild yields the same document)
 */
public record HazardDocument(
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
    Actor reportedBy,
    long lastSequence,
    Instant updatedAt) {}
