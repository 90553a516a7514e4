package io.shouwei.hazard.hazard.web;

import io.shouwei.contracts.hazard.HazardSource;
import io.shouwei.hazard.hazard.application.NewHazard;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * The body of {@code POST /api/hazards}. Checked here: presence and size of the fields. The
 * hazard's rules (title length, discovered not after reported) are the aggregate's.
 */
public record ReportHazardRequest(
    @NotBlank @Size(max = 64) String mineId,
    @NotBlank @Size(max = 64) String enterpriseId,
    @NotBlank @Size(max = 64) String townCode,
    @Size(max = 64) String campaignId,
    @NotNull HazardSource source,
    @NotBlank @Size(max = 100) String category,
    @NotBlank String title,
    @NotBlank @Size(max = 4000) String description,
    @NotBlank @Size(max = 500) String location,
    @NotNull Instant discoveredAt) {

  NewHazard toNewHazard() {
    return new NewHazard(
        mineId, enterpriseId, townCode, campaignId, source, category, title, description, location,
        discoveredAt);
  }
}
