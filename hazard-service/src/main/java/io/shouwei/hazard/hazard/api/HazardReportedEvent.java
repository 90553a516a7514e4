package io.shouwei.hazard.hazard.api;

import io.shouwei.contracts.hazard.HazardLevel;
import io.shouwei.contracts.hazard.HazardSource;
import io.shouwei.contracts.mine.MineType;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.serialization.Revision;

/**
 * Stored when a hazard is reported: the first event of every hazard. Internal: consumers see the
 * published {@code io.shouwei.contracts.hazard.HazardReported}, which the forwarder maps it to.
 *
 * <p>Revision 2 added {@code number}, {@code mineType}, {@code facts} and {@code citedCriteria};
 * events stored as revision 1 are read through {@code HazardReportedEventUpcaster} (a legacy
 * number, no mine type, no facts, nothing cited).
 *
 * @param number the human-readable number, {@code YH-<townCode>-<year>-<seq>}
 * @param enterpriseId the enterprise of the mine at the time of reporting
 * @param townCode the town of the mine at the time of reporting
 * @param mineType the type of the mine at the time of reporting; {@code null} for a revision-1 event
 * @param facts what the major-hazard decision read: the mine's facts overlaid with the reported
 *     ones, by name; empty for a revision-1 event
 * @param suggestedLevel the level the decision table suggested from {@code facts}, or {@code null}
 *     when there was no suggestion
 * @param suggestedCriteria the criteria that suggestion matched; empty without a suggestion
 * @param citedCriteria the criteria codes the reporter cited; possibly empty
 */
@Revision("2")
public record HazardReportedEvent(
    String hazardId,
    String number,
    String mineId,
    String enterpriseId,
    String townCode,
    MineType mineType,
    String campaignId,
    HazardSource source,
    String category,
    String title,
    String description,
    String location,
    Instant discoveredAt,
    Instant reportedAt,
    Map<String, Object> facts,
    HazardLevel suggestedLevel,
    List<String> suggestedCriteria,
    List<String> citedCriteria) {

  public HazardReportedEvent {
    facts = facts == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(facts));
    suggestedCriteria = suggestedCriteria == null ? List.of() : List.copyOf(suggestedCriteria);
    citedCriteria = citedCriteria == null ? List.of() : List.copyOf(citedCriteria);
  }
}
