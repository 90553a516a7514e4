package io.shouwei.hazard.audit.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.shouwei.hazard.order.view.OrderView;
import io.shouwei.hazard.order.web.OrderResponse;
import java.time.Instant;

/**
 * An order at a past point: the fields of {@code GET /api/orders/{id}} (its {@code version} the
 * last event replayed, {@code changedAt} when that event was stored), and {@code asOf} when it was
 * asked for at an instant.
 */
public record OrderStateResponse(
    @JsonUnwrapped OrderResponse order, @JsonInclude(JsonInclude.Include.NON_NULL) Instant asOf) {

  static OrderStateResponse of(OrderView view, Instant asOf) {
    return new OrderStateResponse(OrderResponse.of(view), asOf);
  }
}
