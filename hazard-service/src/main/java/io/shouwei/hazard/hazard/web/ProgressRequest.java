package io.shouwei.hazard.hazard.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The body of {@code POST /api/hazards/{id}/progress}. The range of the percentage and that it
 * does not go back are the hazard's rules.
 */
public record ProgressRequest(
    @Size(max = 2000) String note,
    @NotNull Integer percent,
    @Size(max = 50) List<@NotBlank @Size(max = 500) String> evidenceRefs) {

  List<String> evidenceRefsOrEmpty() {
    return evidenceRefs == null ? List.of() : evidenceRefs;
  }
}
