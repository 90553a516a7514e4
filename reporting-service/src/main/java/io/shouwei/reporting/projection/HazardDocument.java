package io.shouwei.reporting.projection;

import io.shouwei.contracts.Actor;
import io.shouwei.contracts.hazard.HazardLevel;
import io.shouwei.contracts.hazard.HazardSource;
import io.shouwei.contracts.mine.MineType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One hazard in the {@value HazardStore#COLLECTION} read model.
 *
 * @param id the hazard id, stored as {@code _id}
 * @param number the human-readable number, e.g. {@code YH-310115101-2026-0007}; {@code null} for a
 *     report of schema version 1
 * @param mineType the type of the hazard's mine, {@code null} until the mine's registration is in
 *     the mines read model
 * @param reportedBy who reported the hazard
 * @param level the level the rules go by, as hazard-service decides it: the classified level, or
 *     before any classification {@code MAJOR} when that was suggested and {@code GENERAL} otherwise
 * @param suggestedLevel what the decision table suggested at report time, or {@code null}
 * @param classifiedLevel the level a person classified, or {@code null} before any classification
 * @param criteria the major-hazard criteria cited by that classification
 * @param plan the five items as last planned, or {@code null} before planning
 * @param deadline the current deadline: the planned one, or a later one granted on request
 * @param pendingExtension the request for more time awaiting a decision, or {@code null}
 * @param progressPercent the last recorded progress of the current round, {@code null} before the
 *     first start
 * @param signedOffAt when the hazard was signed off (销号), while it is signed off
 * @param timesReopened how often look-back reviews reopened the hazard
 * @param lastSequence the sequence of the hazard's last applied event
 * @param updatedAt when the last applied event occurred (not when it was projected, so that a
 *     rebuild yields the same document)
 */
public record HazardDocument(
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
    PendingExtension pendingExtension,
    Integer progressPercent,
    Instant signedOffAt,
    int timesReopened,
    long lastSequence,
    Instant updatedAt) {

  public HazardDocument {
    suggestedCriteria = suggestedCriteria == null ? List.of() : List.copyOf(suggestedCriteria);
    citedCriteria = citedCriteria == null ? List.of() : List.copyOf(citedCriteria);
    criteria = criteria == null ? List.of() : List.copyOf(criteria);
  }

  /**
   * The five items (五落实) of the rectification: measures, funds, deadline, responsibility and the
   * contingency plan. Funds and the contingency plan may be absent for a general hazard.
   *
   * @param fundsCny the money set aside, in yuan
   */
  public record Plan(
      List<String> measures,
      BigDecimal fundsCny,
      String fundsSource,
      Instant deadline,
      String responsiblePerson,
      String responsiblePosition,
      String responsibleUnit,
      String contingencySummary,
      String contingencyDocumentRef,
      Instant plannedAt) {

    public Plan {
      measures = measures == null ? List.of() : List.copyOf(measures);
    }
  }

  /** A request for more time awaiting an agency's decision. */
  public record PendingExtension(int number, Instant requestedDeadline, String reason, Instant requestedAt) {}
}
