package io.shouwei.reporting.query;

import io.shouwei.contracts.Actor;
import io.shouwei.contracts.hazard.HazardSource;
import io.shouwei.reporting.projection.HazardDocument;
import io.shouwei.reporting.projection.HazardStatus;
import java.time.Instant;

/**
 * A hazard as the reporting API shows it.
 *
 * @param version the sequence of the hazard's last event in this view (0 after the report); the
 *     view may lag the hazard-service by the events still in flight
 * @param updatedAt when that event occurred
 */
public record HazardResponse(
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
    long version,
    Instant updatedAt) {

  static HazardResponse of(HazardDocument h) {
    return new HazardResponse(
        h.id(), h.mineId(), h.enterpriseId(), h.townCode(), h.campaignId(), h.source(), h.category(),
        h.title(), h.description(), h.location(), h.discoveredAt(), h.reportedAt(), h.status(),
        h.reportedBy(), h.lastSequence(), h.updatedAt());
  }
}
