package io.shouwei.hazard.tip.web;

import io.shouwei.contracts.hazard.HazardSource;
import io.shouwei.hazard.hazard.application.NewHazard;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The hazard a tip is converted into, as the agency reports it: the fields of {@code POST
 * /api/hazards} except the source, which is always {@code WHISTLEBLOWER_TIP}.
 *
 * @param mineId the mine, which the agency must be able to act on
 * @param facts facts of the hazard by name, overlaying the mine's facts; optional
 * @param citedCriteria criteria codes of the 2022 standard; optional; a code that is none answers 422
 */
public record TipHazardBody(
    @NotBlank @Size(max = 64) String mineId,
    @Size(max = 64) String campaignId,
    @NotBlank @Size(max = 100) String category,
    @NotBlank String title,
    @NotBlank @Size(max = 4000) String description,
    @NotBlank @Size(max = 500) String location,
    @NotNull Instant discoveredAt,
    @Size(max = 100) Map<String, Object> facts,
    @Size(max = 50) List<@NotNull String> citedCriteria) {

  NewHazard toNewHazard() {
    return new NewHazard(
        mineId, campaignId, HazardSource.WHISTLEBLOWER_TIP, category, title, description, location, discoveredAt,
        facts, citedCriteria);
  }
}
