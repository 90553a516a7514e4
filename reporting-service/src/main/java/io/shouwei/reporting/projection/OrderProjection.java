package io.shouwei.reporting.projection;

import io.shouwei.contracts.EventEnvelope;
import io.shouwei.contracts.order.OrderAcknowledged;
import io.shouwei.contracts.order.OrderFulfilled;
import io.shouwei.contracts.order.OrderIssued;
import io.shouwei.contracts.order.OrderLifted;
import io.shouwei.contracts.order.OrderType;
import io.shouwei.contracts.order.ResumptionApplied;
import io.shouwei.contracts.order.ResumptionRejected;
import io.shouwei.contracts.order.ResumptionReviewed;
import io.shouwei.contracts.order.ReviewOutcome;
import io.shouwei.contracts.order.StopCause;
import io.shouwei.contracts.order.StopTookEffect;
import io.shouwei.reporting.projection.OrderDocument.Resumption;
import java.time.Instant;
import java.util.List;

/**
 * What each published order event does to an {@link OrderDocument}: pure functions of the current
 * document (or {@code null} before the issue) and the order's next event. The status changes
 * follow hazard-service's own view of an order.
 */
public final class OrderProjection {

  /** The payload of every order event this projection applies. */
  public static final List<Class<?>> PAYLOADS =
      List.of(
          OrderIssued.class, OrderAcknowledged.class, StopTookEffect.class, ResumptionApplied.class,
          ResumptionReviewed.class, ResumptionRejected.class, OrderLifted.class, OrderFulfilled.class);

  private OrderProjection() {}

  /**
   * The document after {@code event}; the caller has checked that it is the order's next event.
   *
   * @throws IllegalArgumentException when the payload names another order than the envelope, when
   *     an issue finds a document or a later event none, when a review or rejection comes before any
   *     application, or for a payload not in {@link #PAYLOADS}
   */
  public static OrderDocument apply(OrderDocument current, EventEnvelope<?> event) {
    Object payload = event.payload();
    if (payload instanceof OrderIssued e) {
      requireSameOrder(event, e.orderId());
      if (current != null) {
        throw new IllegalArgumentException("order " + e.orderId() + " was issued before");
      }
      return new OrderDocument(
          e.orderId(), e.number(), e.mineId(), e.enterpriseId(), e.townCode(), e.type(), OrderStatus.ISSUED,
          e.citedHazardIds(), e.deadline(), e.legalBasis(), e.campaignId(), e.acknowledgementDeadline(), e.issuedAt(),
          event.actor(), null, null, null, null, null, null, event.sequence(), event.occurredAt());
    }
    if (current == null) {
      throw new IllegalArgumentException(
          event.type() + " event " + event.eventId() + " of order " + event.aggregateId() + " precedes its issue");
    }
    OrderDocument o = current;
    OrderStatus status = o.status();
    Instant acknowledgedAt = o.acknowledgedAt();
    StopCause stopCause = o.stopCause();
    Instant stopTookEffectAt = o.stopTookEffectAt();
    Resumption resumption = o.resumption();
    Instant closedAt = o.closedAt();
    String closureRemark = o.closureRemark();
    if (payload instanceof OrderAcknowledged e) {
      requireSameOrder(event, e.orderId());
      acknowledgedAt = e.acknowledgedAt();
      if (o.type() == OrderType.RECTIFY_WITHIN_DEADLINE) {
        status = OrderStatus.ACKNOWLEDGED;
      }
    } else if (payload instanceof StopTookEffect e) {
      requireSameOrder(event, e.orderId());
      stopCause = e.cause();
      stopTookEffectAt = e.tookEffectAt();
      status = OrderStatus.IN_FORCE;
    } else if (payload instanceof ResumptionApplied e) {
      requireSameOrder(event, e.orderId());
      resumption =
          new Resumption(e.application(), e.rectificationReportRef(), e.assessmentReportRef(), e.appliedAt(), null,
              null, null, null, null);
      status = OrderStatus.RESUMPTION_APPLIED;
    } else if (payload instanceof ResumptionReviewed e) {
      requireSameOrder(event, e.orderId());
      Resumption r = requireApplication(event, resumption);
      resumption =
          new Resumption(r.application(), r.rectificationReportRef(), r.assessmentReportRef(), r.appliedAt(),
              e.outcome(), e.findings(), e.reviewedAt(), null, null);
      status = e.outcome() == ReviewOutcome.PASS ? OrderStatus.RESUMPTION_REVIEWED : OrderStatus.IN_FORCE;
    } else if (payload instanceof ResumptionRejected e) {
      requireSameOrder(event, e.orderId());
      Resumption r = requireApplication(event, resumption);
      resumption =
          new Resumption(r.application(), r.rectificationReportRef(), r.assessmentReportRef(), r.appliedAt(),
              r.reviewOutcome(), r.reviewFindings(), r.reviewedAt(), e.reason(), e.rejectedAt());
      status = OrderStatus.IN_FORCE;
    } else if (payload instanceof OrderLifted e) {
      requireSameOrder(event, e.orderId());
      closedAt = e.liftedAt();
      closureRemark = e.remark();
      status = OrderStatus.LIFTED;
    } else if (payload instanceof OrderFulfilled e) {
      requireSameOrder(event, e.orderId());
      closedAt = e.fulfilledAt();
      closureRemark = e.remark();
      status = OrderStatus.FULFILLED;
    } else {
      throw new IllegalArgumentException("not an order event: " + payload.getClass().getName());
    }
    return new OrderDocument(
        o.id(), o.number(), o.mineId(), o.enterpriseId(), o.townCode(), o.type(), status, o.citedHazardIds(),
        o.deadline(), o.legalBasis(), o.campaignId(), o.acknowledgementDeadline(), o.issuedAt(), o.issuedBy(),
        acknowledgedAt, stopCause, stopTookEffectAt, resumption, closedAt, closureRemark, event.sequence(),
        event.occurredAt());
  }

  private static Resumption requireApplication(EventEnvelope<?> event, Resumption resumption) {
    if (resumption == null) {
      throw new IllegalArgumentException(
          event.type() + " event " + event.eventId() + " of order " + event.aggregateId() + " precedes any application");
    }
    return resumption;
  }

  private static void requireSameOrder(EventEnvelope<?> event, String orderId) {
    if (!event.aggregateId().equals(orderId)) {
      throw new IllegalArgumentException(
          "event " + event.eventId() + " of aggregate " + event.aggregateId() + " carries order " + orderId);
    }
  }
}
