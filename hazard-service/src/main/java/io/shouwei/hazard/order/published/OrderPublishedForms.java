package io.shouwei.hazard.order.published;

import io.shouwei.contracts.order.OrderAcknowledged;
import io.shouwei.contracts.order.OrderFulfilled;
import io.shouwei.contracts.order.OrderIssued;
import io.shouwei.contracts.order.OrderLifted;
import io.shouwei.contracts.order.ResumptionApplied;
import io.shouwei.contracts.order.ResumptionRejected;
import io.shouwei.contracts.order.ResumptionReviewed;
import io.shouwei.contracts.order.StopTookEffect;
import io.shouwei.hazard.order.api.OrderAcknowledgedEvent;
import io.shouwei.hazard.order.api.OrderFulfilledEvent;
import io.shouwei.hazard.order.api.OrderIssuedEvent;
import io.shouwei.hazard.order.api.OrderLiftedEvent;
import io.shouwei.hazard.order.api.ResumptionAppliedEvent;
import io.shouwei.hazard.order.api.ResumptionRejectedEvent;
import io.shouwei.hazard.order.api.ResumptionReviewedEvent;
import io.shouwei.hazard.order.api.StopTookEffectEvent;
import io.shouwei.hazard.publishing.PublishedForms;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The published form of each event of the RectificationOrder aggregate. */
@Component
public class OrderPublishedForms implements PublishedForms {

  @Override
  public Optional<Object> publishedFormOf(Object internalEvent) {
    if (internalEvent instanceof OrderIssuedEvent e) {
      return Optional.of(new OrderIssued(
          e.orderId(), e.number(), e.mineId(), e.enterpriseId(), e.townCode(), e.type(), e.citedHazardIds(),
          e.deadline(), e.legalBasis(), e.campaignId(), e.acknowledgementDeadline(), e.issuedAt()));
    }
    if (internalEvent instanceof OrderAcknowledgedEvent e) {
      return Optional.of(new OrderAcknowledged(e.orderId(), e.acknowledgedAt()));
    }
    if (internalEvent instanceof StopTookEffectEvent e) {
      return Optional.of(new StopTookEffect(e.orderId(), e.mineId(), e.cause(), e.tookEffectAt()));
    }
    if (internalEvent instanceof ResumptionAppliedEvent e) {
      return Optional.of(new ResumptionApplied(
          e.orderId(), e.application(), e.rectificationReportRef(), e.assessmentReportRef(), e.appliedAt()));
    }
    if (internalEvent instanceof ResumptionReviewedEvent e) {
      return Optional.of(new ResumptionReviewed(e.orderId(), e.outcome(), e.findings(), e.reviewedAt()));
    }
    if (internalEvent instanceof ResumptionRejectedEvent e) {
      return Optional.of(new ResumptionRejected(e.orderId(), e.reason(), e.rejectedAt()));
    }
    if (internalEvent instanceof OrderLiftedEvent e) {
      return Optional.of(new OrderLifted(e.orderId(), e.mineId(), e.remark(), e.liftedAt()));
    }
    if (internalEvent instanceof OrderFulfilledEvent e) {
      return Optional.of(new OrderFulfilled(e.orderId(), e.remark(), e.fulfilledAt()));
    }
    return Optional.empty();
  }
}
