package io.shouwei.hazard.tip.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.shouwei.hazard.tip.TipStatus;
import io.shouwei.hazard.tip.application.PublicTipStatus;
import java.time.LocalDate;

/**
 * A tip as its tracking code shows it to anyone: status, day of receipt, and the reason of a
 * dismissal (absent otherwise).
 */
public record TipStatusResponse(
    TipStatus status,
    LocalDate receivedOn,
    @JsonInclude(JsonInclude.Include.NON_NULL) String dismissalReason) {

  static TipStatusResponse of(PublicTipStatus status) {
    return new TipStatusResponse(status.status(), status.receivedOn(), status.dismissalReason());
  }
}
