package io.shouwei.hazard.hazard.web;

import io.shouwei.contracts.Role;
import io.shouwei.contracts.hazard.HazardSource;
import io.shouwei.hazard.hazard.HazardStatus;
import io.shouwei.hazard.hazard.view.HazardView;
import java.time.Instant;

/** A hazard as {@code GET /api/hazards/{id}} shows it. */
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
    long version,
    ReportedBy reportedBy) {

  /** Who reported the hazard, in which role, for which organisation. */
  public record ReportedBy(String userId, Role role, String orgId) {}

  static HazardResponse of(HazardView view) {
    return new HazardResponse(
        view.id(),
        view.mineId(),
        view.enterpriseId(),
        view.townCode(),
        view.campaignId(),
        view.source(),
        view.category(),
        view.title(),
        view.description(),
        view.location(),
        view.discoveredAt(),
        view.reportedAt(),
        view.status(),
        view.version(),
        new ReportedBy(view.reportedBy().userId(), view.reportedBy().role(), view.reportedBy().orgId()));
  }
}
