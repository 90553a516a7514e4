package io.shouwei.hazard.hazard.web;

import io.shouwei.contracts.hazard.HazardSource;
import io.shouwei.hazard.hazard.application.NewHazard;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /api/hazards}. Checked here: presence and size of the fields, the shape
 * of cited criteria codes. The enterprise, town and type come from the mine, never from the body.
 * Which facts the decision reads, whether a cited code is a criterion of the standard (422), and the
 * hazard's rules (title length, discovered not after reported) are checked behind.
 *
 * @param facts facts of the hazard by name (e.g. {@code "slopeHeightMetres": 210}), overlaying the
 *     mine's facts for the major-hazard decision; optional
 * @param citedCriteria codes of criteria of the 2022 standard the reporter cites; optional
 */
public record ReportHazardRequest(
    @NotBlank @Size(max = 64) String mineId,
    @Size(max = 64) String campaignId,
    @NotNull HazardSource source,
    @NotBlank @Size(max = 100) String category,
    @NotBlank String title,
    @NotBlank @Size(max = 4000) String description,
    @NotBlank @Size(max = 500) String location,
    @NotNull Instant discoveredAt,
    @Size(max = 100) Map<String, Object> facts,
    @Size(max = 50)
        List<@NotNull @Pattern(regexp = ClassificationRequest.CRITERION, message = "must be a criterion code such as OP-07.1") String>
        citedCriteria) {

  NewHazard toNewHazard() {
    return new NewHazard(
        mineId, campaignId, source, category, title, description, location, discoveredAt, facts, citedCriteria);
  }
}
