package io.shouwei.hazard.order.web;

import io.shouwei.contracts.order.OrderType;
import io.shouwei.hazard.order.application.NewOrder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * The body of {@code POST /api/orders}. Checked here: presence and size of the fields. The order's
 * rules (at least one cited hazard, each a hazard of the mine; deadlines after now; an
 * acknowledgement deadline for orders to stop production only) are the aggregate's.
 *
 * @param citedHazardIds the hazards of the mine the order cites
 * @param acknowledgementDeadline for an order to stop production: when it takes effect if not
 *     acknowledged; by default a configured period (24 h) after the issue
 */
public record IssueOrderRequest(
    @NotBlank @Size(max = 64) String mineId,
    @NotNull OrderType type,
    @NotNull @Size(max = 200) List<@NotBlank @Size(max = 64) String> citedHazardIds,
    @NotNull Instant deadline,
    @NotBlank @Size(max = 4000) String legalBasis,
    @Size(max = 64) String campaignId,
    Instant acknowledgementDeadline) {

  NewOrder toNewOrder() {
    return new NewOrder(mineId, type, citedHazardIds, deadline, legalBasis, campaignId, acknowledgementDeadline);
  }
}
