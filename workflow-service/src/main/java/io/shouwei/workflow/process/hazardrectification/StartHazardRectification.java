package io.shouwei.workflow.process.hazardrectification;

import io.shouwei.contracts.hazard.HazardLevel;
import java.time.Instant;

/**
 * Start the rectification process of a reported hazard; every field but the suggested level is
 * required (a hazard without one is general until classified).
 */
public record StartHazardRectification(
    String hazardId, String mineId, String enterpriseId, String townCode, HazardLevel suggestedLevel,
    Instant reportedAt) {

  public StartHazardRectification {
    require(hazardId, "hazardId");
    require(mineId, "mineId");
    require(enterpriseId, "enterpriseId");
    require(townCode, "townCode");
    if (reportedAt == null) {
      throw new IllegalArgumentException("reportedAt is required");
    }
  }

  private static void require(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
  }
}
