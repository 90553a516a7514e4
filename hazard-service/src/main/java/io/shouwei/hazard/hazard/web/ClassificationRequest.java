package io.shouwei.hazard.hazard.web;

import io.shouwei.contracts.hazard.HazardLevel;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The body of {@code POST /api/hazards/{id}/classification}. Checked here: presence, the shape of
 * criteria codes (as in the 2022 standard's list, e.g. {@code OP-08.1}), sizes. Whether a reason
 * or criteria are needed, and who may classify, are the hazard's rules.
 */
public record ClassificationRequest(
    @NotNull HazardLevel level,
    @Size(max = 50) List<@NotNull @Pattern(regexp = CRITERION, message = "must be a criterion code such as OP-08.1") String> criteria,
    @Size(max = 2000) String reason) {

  static final String CRITERION = "(UG|OP|TP)-\\d{2}(\\.\\d+)?(-R)?";

  List<String> criteriaOrEmpty() {
    return criteria == null ? List.of() : criteria;
  }
}
