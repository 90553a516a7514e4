package io.shouwei.reporting.projection;

import io.shouwei.contracts.EventEnvelope;
import io.shouwei.contracts.mine.MineClosed;
import io.shouwei.contracts.mine.MineFactsUpdated;
import io.shouwei.contracts.mine.MineRegistered;
import io.shouwei.contracts.mine.MineResumed;
import io.shouwei.contracts.mine.MineStoppedByOrder;
import io.shouwei.contracts.mine.ProductionStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * What each published mine event does to a {@link MineDocument}: pure functions of the current
 * document (or {@code null} before the registration) and the mine's next event.
 */
public final class MineProjection {

  /** The payload of every mine event this projection applies. */
  public static final List<Class<?>> PAYLOADS =
      List.of(MineRegistered.class, MineFactsUpdated.class, MineClosed.class, MineStoppedByOrder.class,
          MineResumed.class);

  private MineProjection() {}

  /**
   * The document after {@code event}; the caller has checked that it is the mine's next event. The
   * facts of a mine are not part of this read model: an update of them only advances the document.
   *
   * @throws IllegalArgumentException when the payload names another mine than the envelope, when a
   *     registration finds a document or a later event none, or for a payload not in {@link #PAYLOADS}
   */
  public static MineDocument apply(MineDocument current, EventEnvelope<?> event) {
    Object payload = event.payload();
    if (payload instanceof MineRegistered r) {
      requireSameMine(event, r.mineId());
      if (current != null) {
        throw new IllegalArgumentException("mine " + r.mineId() + " was registered before");
      }
      return new MineDocument(
          r.mineId(), r.name(), r.enterpriseId(), r.enterpriseName(), r.townCode(), r.type(),
          ProductionStatus.OPERATING, List.of(), null, event.sequence(), event.occurredAt());
    }
    if (current == null) {
      throw new IllegalArgumentException(
          event.type() + " event " + event.eventId() + " of mine " + event.aggregateId() + " precedes its registration");
    }
    ProductionStatus status = current.productionStatus();
    List<String> stopping = new ArrayList<>(current.stoppingOrders());
    String closedReason = current.closedReason();
    if (payload instanceof MineFactsUpdated e) {
      requireSameMine(event, e.mineId());
    } else if (payload instanceof MineStoppedByOrder e) {
      requireSameMine(event, e.mineId());
      if (!stopping.contains(e.orderId())) {
        stopping.add(e.orderId());
      }
      status = ProductionStatus.STOPPED_BY_ORDER;
    } else if (payload instanceof MineResumed e) {
      requireSameMine(event, e.mineId());
      stopping.remove(e.orderId());
      status = e.productionStatus();
    } else if (payload instanceof MineClosed e) {
      requireSameMine(event, e.mineId());
      closedReason = e.reason();
      status = ProductionStatus.CLOSED;
    } else {
      throw new IllegalArgumentException("not a mine event: " + payload.getClass().getName());
    }
    return new MineDocument(
        current.id(), current.name(), current.enterpriseId(), current.enterpriseName(), current.townCode(),
        current.type(), status, stopping, closedReason, event.sequence(), event.occurredAt());
  }

  private static void requireSameMine(EventEnvelope<?> event, String mineId) {
    if (!event.aggregateId().equals(mineId)) {
      throw new IllegalArgumentException(
          "event " + event.eventId() + " of aggregate " + event.aggregateId() + " carries mine " + mineId);
    }
  }
}
