package io.shouwei.hazard.order.view;

import io.shouwei.contracts.Actor;
import io.shouwei.contracts.order.OrderType;
import io.shouwei.contracts.order.ReviewOutcome;
import io.shouwei.hazard.order.OrderStatus;
import io.shouwei.hazard.order.api.OrderAcknowledgedEvent;
import io.shouwei.hazard.order.api.OrderFulfilledEvent;
import io.shouwei.hazard.order.api.OrderIssuedEvent;
import io.shouwei.hazard.order.api.OrderLiftedEvent;
import io.shouwei.hazard.order.api.ResumptionAppliedEvent;
import io.shouwei.hazard.order.api.ResumptionRejectedEvent;
import io.shouwei.hazard.order.api.ResumptionReviewedEvent;
import io.shouwei.hazard.order.api.StopTookEffectEvent;
import io.shouwei.hazard.order.view.OrderView.Closure;
import io.shouwei.hazard.order.view.OrderView.Resumption;
import io.shouwei.hazard.order.view.OrderView.StopEffect;
import java.time.Instant;

/**
 * What each event of an order does to its view: pure functions of (view, event) → view, free of
 * storage, so that the same rules keep {@code order_view} and replay an order up to any event.
 */
public final class OrderViewChanges {

  private OrderViewChanges() {}

  /** The view of an order just issued. */
  public static OrderView issued(OrderIssuedEvent e, long sequence, Instant storedAt, Actor by) {
    return new OrderView(
        e.orderId(), e.number(), e.mineId(), e.enterpriseId(), e.townCode(), e.type(), OrderStatus.ISSUED,
        e.citedHazardIds(), e.deadline(), e.legalBasis(), e.campaignId(), e.acknowledgementDeadline(), e.issuedAt(),
        by, null, null, null, null, storedAt, sequence);
  }

  /**
   * The view after {@code event}, stored at {@code sequence} at {@code storedAt} by {@code actor}.
   *
   * @throws IllegalArgumentException for an event that is not one of an order's later events
   */
  public static OrderView apply(OrderView v, Object event, long sequence, Instant storedAt, Actor actor) {
    OrderStatus status = v.status();
    Instant acknowledgedAt = v.acknowledgedAt();
    StopEffect stopEffect = v.stopEffect();
    Resumption resumption = v.resumption();
    Closure closure = v.closure();
    if (event instanceof OrderAcknowledgedEvent e) {
      acknowledgedAt = e.acknowledgedAt();
      if (v.type() == OrderType.RECTIFY_WITHIN_DEADLINE) {
        status = OrderStatus.ACKNOWLEDGED;
      }
    } else if (event instanceof StopTookEffectEvent e) {
      stopEffect = new StopEffect(e.cause(), e.tookEffectAt());
      status = OrderStatus.IN_FORCE;
    } else if (event instanceof ResumptionAppliedEvent e) {
      resumption = new Resumption(
          e.application(), e.rectificationReportRef(), e.assessmentReportRef(), e.appliedAt(), null, null, null, null,
          null);
      status = OrderStatus.RESUMPTION_APPLIED;
    } else if (event instanceof ResumptionReviewedEvent e) {
      resumption = new Resumption(
          resumption.application(), resumption.rectificationReportRef(), resumption.assessmentReportRef(),
          resumption.appliedAt(), e.outcome(), e.findings(), e.reviewedAt(), null, null);
      status = e.outcome() == ReviewOutcome.PASS ? OrderStatus.RESUMPTION_REVIEWED : OrderStatus.IN_FORCE;
    } else if (event instanceof ResumptionRejectedEvent e) {
      resumption = new Resumption(
          resumption.application(), resumption.rectificationReportRef(), resumption.assessmentReportRef(),
          resumption.appliedAt(), resumption.reviewOutcome(), resumption.reviewFindings(), resumption.reviewedAt(),
          e.reason(), e.rejectedAt());
      status = OrderStatus.IN_FORCE;
    } else if (event instanceof OrderLiftedEvent e) {
      closure = new Closure(actor, e.remark(), e.liftedAt());
      status = OrderStatus.LIFTED;
    } else if (event instanceof OrderFulfilledEvent e) {
      closure = new Closure(actor, e.remark(), e.fulfilledAt());
      status = OrderStatus.FULFILLED;
    } else {
      throw new IllegalArgumentException("not a later event of an order: " + event.getClass().getName());
    }
    return new OrderView(
        v.id(), v.number(), v.mineId(), v.enterpriseId(), v.townCode(), v.type(), status, v.citedHazardIds(),
        v.deadline(), v.legalBasis(), v.campaignId(), v.acknowledgementDeadline(), v.issuedAt(), v.issuedBy(),
        acknowledgedAt, stopEffect, resumption, closure, storedAt, sequence);
  }
}
