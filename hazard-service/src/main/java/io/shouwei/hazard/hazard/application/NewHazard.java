package io.shouwei.hazard.hazard.application;

import io.shouwei.contracts.hazard.HazardSource;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a caller reports about a hazard on a mine. The service adds the id, the number, the time of
 * reporting, the mine's enterprise, town and type, and the suggestion of the decision table.
 *
 * @param facts facts of the hazard by name, each one the major-hazard decision reads; they overlay
 *     the mine's facts; never {@code null}
 * @param citedCriteria codes of criteria of the standard the reporter cites; never {@code null}
 */
public record NewHazard(
    String mineId,
    String campaignId,
    HazardSource source,
    String category,
    String title,
    String description,
    String location,
    Instant discoveredAt,
    Map<String, Object> facts,
    List<String> citedCriteria) {

  public NewHazard {
    facts = facts == null ? Map.of() : facts;
    citedCriteria = citedCriteria == null ? List.of() : citedCriteria;
  }
}
