package io.shouwei.hazard.hazard.api;

import io.shouwei.contracts.hazard.HazardLevel;
import io.shouwei.contracts.hazard.HazardSource;
import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * Stored when a hazard is reported: the first event of every hazard. Internal: consumers see the
 * published {@code io.shouwei.contracts.hazard.HazardReported}, which the forwarder maps it to.
 *
 * @param suggestedLevel the level the decision table suggested from the reported facts, or
 *     {@code null} when there was no suggestion (events stored before suggestions read as such)
 * @param suggestedCriteria the criteria that suggestion matched; empty without a suggestion
 */
@Revision("1")
public record HazardReportedEvent(
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
    Instant reportedAt,
    HazardLevel suggestedLevel,
    List<String> suggestedCriteria) {

  public HazardReportedEvent {
    suggestedCriteria = suggestedCriteria == null ? List.of() : List.copyOf(suggestedCriteria);
  }

  /** A report without a suggested level. */
  public HazardReportedEvent(
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
