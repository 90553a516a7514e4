package io.shouwei.contracts.hazard;

import java.time.Instant;
import java.util.List;

/**
 * Published when a hazard is reported: the first event of every hazard (schema version 2).
 *
 * @param campaignId the campaign it was found in, or {@code null}
 * @param townCode the jurisdiction of the mine at the time of reporting
 * @param enterpriseId the enterprise that operates the mine
 * @param number the human-readable number, {@code YH-<townCode>-<year>-<seq>} (e.g. {@code
 *     YH-310115101-2026-0007}); {@code YH-LEGACY-<hazardId>} for a hazard reported before numbers
 *     existed; {@code null} only in a payload of schema version 1
 * @param suggestedLevel the level the major-hazard decision table suggested from the mine's and
 *     the reported facts; a suggestion, never a classification; {@code null} when none was made
 * @param suggestedCriteria the codes of the criteria that suggestion matched, e.g. {@code OP-07.1};
 *     empty for a general suggestion or none
 * @param citedCriteria the codes of the criteria the reporter cited; possibly empty
 */
public record HazardReported(
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
    String number,
    HazardLevel suggestedLevel,
    List<String> suggestedCriteria,
    List<String> citedCriteria) {

  public HazardReported {
    suggestedCriteria = suggestedCriteria == null ? List.of() : List.copyOf(suggestedCriteria);
    citedCriteria = citedCriteria == null ? List.of() : List.copyOf(citedCriteria);
  }

  /**
   * A report as schema version 1 carried it: no number, no suggestion, nothing cited. Consumers
   * read records of version 1 into this record with these values.
   */
  public HazardReported(
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
        discoveredAt, reportedAt, null, null, List.of(), List.of());
  }
}
