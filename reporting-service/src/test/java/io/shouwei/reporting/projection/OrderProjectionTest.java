package io.shouwei.reporting.projection;

import static io.shouwei.reporting.SupervisionEvents.orderAcknowledged;
import static io.shouwei.reporting.SupervisionEvents.orderEvent;
import static io.shouwei.reporting.SupervisionEvents.orderFulfilled;
import static io.shouwei.reporting.SupervisionEvents.orderIssued;
import static io.shouwei.reporting.SupervisionEvents.orderLifted;
import static io.shouwei.reporting.SupervisionEvents.resumptionApplied;
import static io.shouwei.reporting.SupervisionEvents.resumptionRejected;
import static io.shouwei.reporting.SupervisionEvents.resumptionReviewed;
import static io.shouwei.reporting.SupervisionEvents.stopTookEffect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shouwei.contracts.AggregateTypes;
import io.shouwei.contracts.EventTypes;
import io.shouwei.contracts.order.OrderType;
import io.shouwei.contracts.order.ReviewOutcome;
import io.shouwei.contracts.order.StopCause;
import io.shouwei.reporting.HazardEvents;
import io.shouwei.reporting.SupervisionEvents;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderProjectionTest {

  private static final String ID = "ord-1";
  private static final String MINE = "mine-1";

  private long sequence;
  private OrderDocument doc;

  @Test
  void orderIssued_onNoDocument_createsAnIssuedOrder() {
    issue(OrderType.STOP_PRODUCTION);

    assertThat(doc.id()).isEqualTo(ID);
    assertThat(doc.number()).isEqualTo("ZL-town-1-2026-ord-1");
    assertThat(doc.mineId()).isEqualTo(MINE);
    assertThat(doc.enterpriseId()).isEqualTo("ent-1");
    assertThat(doc.townCode()).isEqualTo("town-1");
    assertThat(doc.type()).isEqualTo(OrderType.STOP_PRODUCTION);
    assertThat(doc.status()).isEqualTo(OrderStatus.ISSUED);
    assertThat(doc.citedHazardIds()).containsExactly("hz-1", "hz-2");
    assertThat(doc.deadline()).isEqualTo(SupervisionEvents.ORDER_DEADLINE);
    assertThat(doc.campaignId()).isEqualTo("camp-1");
    assertThat(doc.acknowledgementDeadline()).isEqualTo(SupervisionEvents.ISSUED.plusSeconds(86_400));
    assertThat(doc.issuedAt()).isEqualTo(SupervisionEvents.ISSUED);
    assertThat(doc.issuedBy()).isEqualTo(HazardEvents.INSPECTOR);
    assertThat(doc.stopsItsMine()).isFalse();
    assertThat(doc.lastSequence()).isZero();
    assertThat(doc.updatedAt()).isEqualTo(HazardEvents.REPORTED);
  }

  @Test
  void orderAcknowledged_acknowledgesAnOrderToRectify() {
    issue(OrderType.RECTIFY_WITHIN_DEADLINE);

    next(orderAcknowledged(ID));

    assertThat(doc.status()).isEqualTo(OrderStatus.ACKNOWLEDGED);
    assertThat(doc.acknowledgedAt()).isEqualTo(SupervisionEvents.ISSUED.plusSeconds(3_600));
    assertThat(doc.lastSequence()).isEqualTo(1);
  }

  @Test
  void orderAcknowledged_leavesAnOrderToStopIssued_untilTheStopTakesEffect() {
    issue(OrderType.STOP_PRODUCTION);

    next(orderAcknowledged(ID));

    assertThat(doc.status()).isEqualTo(OrderStatus.ISSUED);
    assertThat(doc.acknowledgedAt()).isNotNull();
  }

  @Test
  void stopTookEffect_putsTheOrderInForce_andStopsItsMine() {
    issue(OrderType.STOP_PRODUCTION);

    next(stopTookEffect(ID, MINE));

    assertThat(doc.status()).isEqualTo(OrderStatus.IN_FORCE);
    assertThat(doc.stopCause()).isEqualTo(StopCause.ACKNOWLEDGED);
    assertThat(doc.stopTookEffectAt()).isEqualTo(SupervisionEvents.ISSUED.plusSeconds(3_600));
    assertThat(doc.stopsItsMine()).isTrue();
  }

  @Test
  void resumptionApplied_remembersTheApplication() {
    issue(OrderType.STOP_PRODUCTION);
    next(stopTookEffect(ID, MINE));

    next(resumptionApplied(ID, 1));

    assertThat(doc.status()).isEqualTo(OrderStatus.RESUMPTION_APPLIED);
    assertThat(doc.resumption().application()).isEqualTo(1);
    assertThat(doc.resumption().rectificationReportRef()).isEqualTo("rect-1");
    assertThat(doc.resumption().assessmentReportRef()).isEqualTo("assess-1");
    assertThat(doc.resumption().reviewOutcome()).isNull();
    assertThat(doc.stopsItsMine()).isTrue();
  }

  @Test
  void resumptionReviewed_passed_goesOnToTheBureau() {
    issue(OrderType.STOP_PRODUCTION);
    next(stopTookEffect(ID, MINE));
    next(resumptionApplied(ID, 1));

    next(resumptionReviewed(ID, ReviewOutcome.PASS));

    assertThat(doc.status()).isEqualTo(OrderStatus.RESUMPTION_REVIEWED);
    assertThat(doc.resumption().reviewOutcome()).isEqualTo(ReviewOutcome.PASS);
    assertThat(doc.resumption().application()).isEqualTo(1);
  }

  @Test
  void resumptionReviewed_failed_putsTheOrderBackInForce_withTheFindings() {
    issue(OrderType.STOP_PRODUCTION);
    next(stopTookEffect(ID, MINE));
    next(resumptionApplied(ID, 1));

    next(resumptionReviewed(ID, ReviewOutcome.FAIL));

    assertThat(doc.status()).isEqualTo(OrderStatus.IN_FORCE);
    assertThat(doc.resumption().reviewFindings()).isEqualTo("guard rail missing");
  }

  @Test
  void resumptionRejected_putsTheOrderBackInForce_andASecondApplicationStartsAfresh() {
    issue(OrderType.STOP_PRODUCTION);
    next(stopTookEffect(ID, MINE));
    next(resumptionApplied(ID, 1));
    next(resumptionReviewed(ID, ReviewOutcome.PASS));

    next(resumptionRejected(ID));

    assertThat(doc.status()).isEqualTo(OrderStatus.IN_FORCE);
    assertThat(doc.resumption().rejectionReason()).isEqualTo("assessment outdated");
    assertThat(doc.resumption().reviewOutcome()).isEqualTo(ReviewOutcome.PASS);

    next(resumptionApplied(ID, 2));

    assertThat(doc.resumption().application()).isEqualTo(2);
    assertThat(doc.resumption().rejectionReason()).isNull();
    assertThat(doc.resumption().reviewOutcome()).isNull();
  }

  @Test
  void orderLifted_closesTheOrder_andNoLongerStopsTheMine() {
    issue(OrderType.STOP_PRODUCTION);
    next(stopTookEffect(ID, MINE));
    next(resumptionApplied(ID, 1));
    next(resumptionReviewed(ID, ReviewOutcome.PASS));

    next(orderLifted(ID, MINE));

    assertThat(doc.status()).isEqualTo(OrderStatus.LIFTED);
    assertThat(doc.status().isFinal()).isTrue();
    assertThat(doc.closedAt()).isEqualTo(SupervisionEvents.ISSUED.plusSeconds(1_000_000));
    assertThat(doc.closureRemark()).isEqualTo("resumption approved");
    assertThat(doc.stopsItsMine()).isFalse();
  }

  @Test
  void orderFulfilled_closesAnOrderToRectify() {
    issue(OrderType.RECTIFY_WITHIN_DEADLINE);
    next(orderAcknowledged(ID));

    next(orderFulfilled(ID));

    assertThat(doc.status()).isEqualTo(OrderStatus.FULFILLED);
    assertThat(doc.closedAt()).isEqualTo(SupervisionEvents.ISSUED.plusSeconds(1_000_000));
    assertThat(doc.closureRemark()).isEqualTo("all cited hazards signed off");
  }

  @Test
  void everyPublishedOrderEventType_isProjected() {
    List<Class<?>> published =
        EventTypes.all().stream()
            .filter(t -> t.aggregateType().equals(AggregateTypes.ORDER))
            .<Class<?>>map(EventTypes.Type::payloadClass)
            .toList();

    assertThat(OrderProjection.PAYLOADS).containsExactlyInAnyOrderElementsOf(published);
  }

  @Test
  void orderIssued_overADocument_isRejected() {
    issue(OrderType.STOP_PRODUCTION);

    assertThatThrownBy(() -> next(orderIssued(ID, MINE, "e", "t", OrderType.STOP_PRODUCTION, null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("was issued before");
  }

  @Test
  void laterEvent_withoutADocument_isRejected() {
    assertThatThrownBy(() -> OrderProjection.apply(null, orderEvent(ID, 1, orderAcknowledged(ID))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("precedes its issue");
  }

  @Test
  void reviewBeforeAnyApplication_isRejected() {
    issue(OrderType.STOP_PRODUCTION);
    next(stopTookEffect(ID, MINE));

    assertThatThrownBy(() -> next(resumptionReviewed(ID, ReviewOutcome.PASS)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("precedes any application");
  }

  @Test
  void event_whosePayloadNamesAnotherOrder_isRejected() {
    issue(OrderType.STOP_PRODUCTION);

    assertThatThrownBy(() -> next(orderAcknowledged("ord-2")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("carries order ord-2");
  }

  private void issue(OrderType type) {
    doc = OrderProjection.apply(null, orderEvent(ID, 0, orderIssued(ID, MINE, "ent-1", "town-1", type, "camp-1")));
  }

  private void next(Object payload) {
    doc = OrderProjection.apply(doc, orderEvent(ID, ++sequence, payload));
  }
}
