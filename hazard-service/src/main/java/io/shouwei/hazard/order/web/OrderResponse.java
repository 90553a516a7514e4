package io.shouwei.hazard.order.web;

import io.shouwei.contracts.Actor;
import io.shouwei.contracts.Role;
import io.shouwei.contracts.order.OrderType;
import io.shouwei.hazard.order.OrderStatus;
import io.shouwei.hazard.order.view.OrderView;
import java.time.Instant;
import java.util.List;

/**
 * An order as {@code GET /api/orders/{id}} shows it; its version is also the response's ETag.
 *
 * @param stopEffect when and why an order to stop production took effect, or {@code null}
 * @param resumption the latest application to resume production and what became of it, or
 *     {@code null}
 * @param closure who lifted or fulfilled the order, and when, or {@code null}
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
    By issuedBy,
    Instant acknowledgedAt,
    OrderView.StopEffect stopEffect,
    OrderView.Resumption resumption,
    Closure closure,
    Instant changedAt,
    long version) {

  /** Who acted, in which role, for which organisation. */
  public record By(String userId, Role role, String orgId) {

    static By of(Actor actor) {
      return new By(actor.userId(), actor.role(), actor.orgId());
    }
  }

  /** Who lifted or fulfilled the order, with the remark, and when. */
  public record Closure(By by, String remark, Instant at) {}

  public static OrderResponse of(OrderView v) {
    return new OrderResponse(
        v.id(), v.number(), v.mineId(), v.enterpriseId(), v.townCode(), v.type(), v.status(), v.citedHazardIds(),
        v.deadline(), v.legalBasis(), v.campaignId(), v.acknowledgementDeadline(), v.issuedAt(), By.of(v.issuedBy()),
        v.acknowledgedAt(), v.stopEffect(), v.resumption(),
        v.closure() == null ? null : new Closure(By.of(v.closure().by()), v.closure().remark(), v.closure().at()),
        v.changedAt(), v.version());
  }
}
