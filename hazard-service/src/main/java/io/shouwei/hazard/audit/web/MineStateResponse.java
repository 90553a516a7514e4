package io.shouwei.hazard.audit.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.shouwei.hazard.mine.view.MineView;
import io.shouwei.hazard.mine.web.MineResponse;
import java.time.Instant;

/**
 * A mine at a past point: the fields of {@code GET /api/mines/{id}} (its {@code version} the last
 * event replayed, {@code changedAt} when that event was stored), and {@code asOf} when it was asked
 * for at an instant.
 */
public record MineStateResponse(
    @JsonUnwrapped MineResponse mine, @JsonInclude(JsonInclude.Include.NON_NULL) Instant asOf) {

  static MineStateResponse of(MineView view, Instant asOf) {
    return new MineStateResponse(MineResponse.of(view), asOf);
  }
}
