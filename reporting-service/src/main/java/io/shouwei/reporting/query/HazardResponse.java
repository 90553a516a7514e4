package io.shouwei.reporting.query;

import io.shouwei.contracts.Actor;
import io.shouwei.contracts.hazard.HazardLevel;
import io.shouwei.contracts.hazard.HazardSource;
import io.shouwei.contracts.mine.MineType;
import io.shouwei.reporting.projection.HazardDocument;
import io.shouwei.reporting.projection.HazardDocument.PendingExtension;
import io.shouwei.reporting.projection.HazardDocument.Plan;
import io.shouwei.reporting.projection.HazardStatus;
import java.time.Instant;
import java.util.List;

/**
 * A hazard as the reporting API shows it (see {@link HazardDocument} for the fields).
 *
 * @param overdue whether, at the time of the question, the hazard is not signed off and its
 *     deadline has passed
 * @param version the sequence of the hazard's last event in this view (0 after the report); the
 *     view may lag the hazard-service by the events still in flight
 * @param updatedAt when that event occurred
 */
public record HazardResponse(
    String id,
    String number,
    String mineId,
    MineType mineType,
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
    Actor reportedBy,
    HazardStatus status,
    HazardLevel level,
    HazardLevel suggestedLevel,
    List<String> suggestedCriteria,
    List<String> citedCriteria,
    HazardLevel classifiedLevel,
    List<String> criteria,
    Plan plan,
    Instant deadline,
    boolean overdue,
    PendingExtension pendingExtension,
    Integer progressPercent,
    Instant signedOffAt,
    int timesReopened,
    long version,
    Instant updatedAt) {

  static HazardResponse of(HazardDocument h, Instant now) {
    return new HazardResponse(
        h.id(), h.number(), h.mineId(), h.mineType(), h.enterpriseId(), h.townCode(), h.campaignId(), h.source(),
        h.category(), h.title(), h.description(), h.location(), h.discoveredAt(), h.reportedAt(), h.reportedBy(),
        h.status(), h.level(), h.suggestedLevel(), h.suggestedCriteria(), h.citedCriteria(), h.classifiedLevel(),
        h.criteria(), h.plan(), h.deadline(), Overdue.isOverdue(h, now), h.pendingExtension(), h.progressPercent(),
        h.signedOffAt(), h.timesReopened(), h.lastSequence(), h.updatedAt());
  }
}
