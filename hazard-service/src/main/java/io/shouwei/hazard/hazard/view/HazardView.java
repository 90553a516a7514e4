package io.shouwei.hazard.hazard.view;

import io.shouwei.contracts.Actor;
import io.shouwei.contracts.hazard.HazardLevel;
import io.shouwei.contracts.hazard.HazardSource;
import io.shouwei.hazard.hazard.HazardStatus;
import io.shouwei.hazard.hazard.api.FiveItemPlan;
import java.time.Instant;
import java.util.List;

/**
 * A hazard as of its latest event, read from {@code hazard_view}.
 *
 * @param number the human-readable number, e.g. {@code YH-310115101-2026-0007}
 * @param version the sequence number of the latest event applied (0 after the report)
 * @param reportedBy who reported it
 * @param suggestedLevel what the decision table suggested at report time, or {@code null}
 * @param suggestedCriteria the criteria of that suggestion
 * @param citedCriteria the criteria the reporter cited
 * @param level the level a person classified, or {@code null} before any classification
 * @param criteria the criteria cited by that classification
 * @param plan the five items as last planned, or {@code null} before planning
 * @param deadline the current deadline: the planned one, or a later one granted on request
 * @param progressPercent the last recorded progress of the current round, {@code null} before the
 *     first start
 * @param signedOff who signed the hazard off and when, while it is signed off
 * @param pendingExtension the request for more time awaiting a decision, or {@code null}
 */
public record HazardView(
    String id,
    String number,
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
    Actor reportedBy,
    HazardLevel suggestedLevel,
    List<String> suggestedCriteria,
    List<String> citedCriteria,
    HazardLevel level,
    List<String> criteria,
    String classificationReason,
    FiveItemPlan plan,
    Instant deadline,
    Integer progressPercent,
    SignOff signedOff,
    PendingExtension pendingExtension) {

  public HazardView {
    suggestedCriteria = suggestedCriteria == null ? List.of() : List.copyOf(suggestedCriteria);
    citedCriteria = citedCriteria == null ? List.of() : List.copyOf(citedCriteria);
    criteria = criteria == null ? List.of() : List.copyOf(criteria);
  }

  /** The verifier who signed the hazard off (销号), and when. */
  public record SignOff(Actor by, Instant at) {}

  /** A request for more time awaiting an agency's decision. */
  public record PendingExtension(int number, Instant requestedDeadline, String reason, Instant requestedAt) {}
}
