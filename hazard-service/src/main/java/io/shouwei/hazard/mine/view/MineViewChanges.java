package io.shouwei.hazard.mine.view;

import io.shouwei.contracts.Actor;
import io.shouwei.hazard.mine.MineFacts;
import io.shouwei.hazard.mine.ProductionStatus;
import io.shouwei.hazard.mine.api.MineClosedEvent;
import io.shouwei.hazard.mine.api.MineFactsUpdatedEvent;
import io.shouwei.hazard.mine.api.MineRegisteredEvent;
import io.shouwei.hazard.mine.api.MineResumedEvent;
import io.shouwei.hazard.mine.api.MineStoppedByOrderEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What each event of a mine does to its view: pure functions of (view, event) → view, free of
 * storage, so that the same rules keep {@code mine_view} and replay a mine up to any event.
 */
public final class MineViewChanges {

  private MineViewChanges() {}

  /** The view of a mine just registered: operating, stopped by no order. */
  public static MineView registered(MineRegisteredEvent e, long sequence, Instant storedAt, Actor by) {
    return new MineView(
        e.mineId(), e.name(), e.enterpriseId(), e.enterpriseName(), e.townCode(), e.type(), e.facts(),
        ProductionStatus.OPERATING, List.of(), null, storedAt, storedAt, sequence, by);
  }

  /**
   * The view after {@code event}, stored at {@code sequence} at {@code storedAt}.
   *
   * @throws IllegalArgumentException for an event that is not one of a mine's later events
   */
  public static MineView apply(MineView v, Object event, long sequence, Instant storedAt) {
    MineFacts facts = v.facts();
    ProductionStatus status = v.productionStatus();
    List<String> stoppingOrders = new ArrayList<>(v.stoppedByOrderIds());
    String closureReason = v.closureReason();
    if (event instanceof MineFactsUpdatedEvent e) {
      facts = e.facts();
    } else if (event instanceof MineClosedEvent e) {
      status = ProductionStatus.CLOSED;
      closureReason = e.reason();
    } else if (event instanceof MineStoppedByOrderEvent e) {
      if (!stoppingOrders.contains(e.orderId())) {
        stoppingOrders.add(e.orderId());
      }
      status = ProductionStatus.STOPPED_BY_ORDER;
    } else if (event instanceof MineResumedEvent e) {
      stoppingOrders.remove(e.orderId());
      status = e.productionStatus();
    } else {
      throw new IllegalArgumentException("not a later event of a mine: " + event.getClass().getName());
    }
    return new MineView(
        v.id(), v.name(), v.enterpriseId(), v.enterpriseName(), v.townCode(), v.type(), facts, status,
        stoppingOrders, closureReason, v.registeredAt(), storedAt, sequence, v.registeredBy());
  }
}
