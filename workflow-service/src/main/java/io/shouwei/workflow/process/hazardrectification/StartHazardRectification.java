package io.shouwei.workflow.process.hazardrectification;

/** Start the rectification process of a reported hazard; every field is required. */
public record StartHazardRectification(String hazardId, String mineId, String enterpriseId, String townCode) {

  public StartHazardRectification {
    require(hazardId, "hazardId");
    require(mineId, "mineId");
    require(enterpriseId, "enterpriseId");
    require(townCode, "townCode");
  }

  private static void require(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
  }
}
