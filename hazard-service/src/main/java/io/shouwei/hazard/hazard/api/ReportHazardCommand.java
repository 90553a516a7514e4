package io.shouwei.hazard.hazard.api;

import io.shouwei.contracts.hazard.HazardLevel;
import io.shouwei.contracts.hazard.HazardSource;
import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Reports a newly found hazard: creates the {@code Hazard} aggregate.
 *
 * @param hazardId chosen by the service (a UUID), never by the client
 * @param campaignId the campaign the hazard was found in, or {@code null}
 * @param reportedAt when the service accepted the report (from its clock)
 * @param suggestedLevel the level the decision table suggests from the reported facts, or
 *     {@code null}; a suggestion, never a classification
 * @param suggestedCriteria the criteria that suggestion matched
 */
public record ReportHazardCommand(
    @TargetAggregateIdentifier String hazardId,
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
    HazardLevel suggestedLevel,
    List<String> suggestedCriteria) {

  public ReportHazardCommand {
    suggestedCriteria = suggestedCriteria == null ? List.of() : List.copyOf(suggestedCriteria);
  }

  /** A report without a suggested level. */
  public ReportHazardCommand(
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
      Instant reportedAt) {
    this(hazardId, mineId, enterpriseId, townCode, campaignId, source, category, title, description, location,
        discoveredAt, reportedAt, null, List.of());
  }
}
