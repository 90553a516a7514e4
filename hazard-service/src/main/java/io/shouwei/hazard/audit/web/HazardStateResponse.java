package io.shouwei.hazard.audit.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.shouwei.hazard.hazard.view.HazardView;
import io.shouwei.hazard.hazard.web.HazardResponse;
import java.time.Instant;

/**
 * A hazard at a past point: the fields of {@code GET /api/hazards/{id}} (its {@code version} the
 * last event replayed), and {@code asOf} when it was asked for at an instant.
 */
public record HazardStateResponse(
    @JsonUnwrapped HazardResponse hazard, @JsonInclude(JsonInclude.Include.NON_NULL) Instant asOf) {

  static HazardStateResponse of(HazardView view, Instant asOf) {
    return new HazardStateResponse(HazardResponse.of(view), asOf);
  }
}
