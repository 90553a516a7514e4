package io.shouwei.reporting.query;

import io.shouwei.contracts.Actor;
import io.shouwei.contracts.order.OrderType;
import io.shouwei.contracts.order.StopCause;
import io.shouwei.reporting.projection.OrderDocument;
import io.shouwei.reporting.projection.OrderDocument.Resumption;
import io.shouwei.reporting.projection.OrderStatus;
import java.time.Instant;
import java.util.List;

/**
 * A rectification order as the reporting API shows it (see {@link OrderDocument} for the fields).
 *
 * @param stopsMine whether the order stops its mine's production now
 * @param version the sequence of the order's last event in this view (0 after the issue)
 * @param updatedAt when that event occurred
 */
public record OrderResponse(
    String id,
    String number,
    String mineId,
    String enterpriseId,
    String townCode,
    OrderType type,
    OrderStatus status,
    List<String> citedHazardIds,
    Instant deadline,
    String legalBasis,
    String campaignId,
    Instant acknowledgementDeadline,
    Instant issuedAt,
    Actor issuedBy,
    Instant acknowledgedAt,
    StopCause stopCause,
    Instant stopTookEffectAt,
    boolean stopsMine,
    Resumption resumption,
    Instant closedAt,
    String closureRemark,
    long version,
    Instant updatedAt) {

  static OrderResponse of(OrderDocument o) {
    return new OrderResponse(
        o.id(), o.number(), o.mineId(), o.enterpriseId(), o.townCode(), o.type(), o.status(), o.citedHazardIds(),
        o.deadline(), o.legalBasis(), o.campaignId(), o.acknowledgementDeadline(), o.issuedAt(), o.issuedBy(),
        o.acknowledgedAt(), o.stopCause(), o.stopTookEffectAt(), o.stopsItsMine(), o.resumption(), o.closedAt(),
        o.closureRemark(), o.lastSequence(), o.updatedAt());
  }
}
