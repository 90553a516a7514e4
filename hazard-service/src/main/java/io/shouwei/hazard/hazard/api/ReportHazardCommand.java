package io.shouwei.hazard.hazard.api;

import io.shouwei.contracts.hazard.HazardLevel;
import io.shouwei.contracts.hazard.HazardSource;
import io.shouwei.contracts.mine.MineType;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Reports a newly found hazard on a mine: creates the {@code Hazard} aggregate. The service fills in
 * everything the caller does not choose: the id, the number, the mine's enterprise, town and type,
 * and the suggestion of the decision table.
 *
 * @param hazardId chosen by the service (a UUID), never by the client
 * @param number allocated by the service before the command, {@code YH-<townCode>-<year>-<seq>}
 * @param campaignId the campaign the hazard was found in, or {@code null}
 * @param reportedAt when the service accepted the report (from its clock)
 * @param facts what the decision table read (the mine's facts overlaid with the reported ones)
 * @param suggestedLevel the level the decision table suggests from {@code facts}, or {@code null};
 *     a suggestion, never a classification
 * @param suggestedCriteria the criteria that suggestion matched
 * @param citedCriteria the criteria codes the reporter cited, each a known criterion
 */
public record ReportHazardCommand(
    @TargetAggregateIdentifier String hazardId,
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

  public ReportHazardCommand {
    facts = facts == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(facts));
    suggestedCriteria = suggestedCriteria == null ? List.of() : List.copyOf(suggestedCriteria);
    citedCriteria = citedCriteria == null ? List.of() : List.copyOf(citedCriteria);
  }
}
