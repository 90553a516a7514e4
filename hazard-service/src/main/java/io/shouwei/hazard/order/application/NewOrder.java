package io.shouwei.hazard.order.application;

import io.shouwei.contracts.order.OrderType;
import java.time.Instant;
import java.util.List;

/**
 * What an agency issues against a mine. The service adds the id, the number, the time of issue,
 * the mine's enterprise and town, and for an order to stop production without an acknowledgement
 * deadline the default one.
 *
 * @param citedHazardIds never {@code null}
 * @param acknowledgementDeadline optional, for an order to stop production only
 */
public record NewOrder(
    String mineId,
    OrderType type,
    List<String> citedHazardIds,
    Instant deadline,
    String legalBasis,
    String campaignId,
    Instant acknowledgementDeadline) {

  public NewOrder {
    citedHazardIds = citedHazardIds == null ? List.of() : citedHazardIds;
  }
}
