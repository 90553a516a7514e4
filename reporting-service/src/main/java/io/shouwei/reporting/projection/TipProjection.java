package io.shouwei.reporting.projection;

import io.shouwei.contracts.EventEnvelope;
import io.shouwei.contracts.tip.TipConverted;
import io.shouwei.contracts.tip.TipDismissed;
import io.shouwei.contracts.tip.TipReceived;
import java.util.List;

/**
 * What each published tip event does to a {@link TipDocument}: pure functions of the current
 * document (or {@code null} before the receipt) and the tip's next event. Only the status, the
 * town and the times are taken: never what the tip says.
 */
public final class TipProjection {

  /** The payload of every tip event this projection applies. */
  public static final List<Class<?>> PAYLOADS = List.of(TipReceived.class, TipConverted.class, TipDismissed.class);

  private TipProjection() {}

  /**
   * The document after {@code event}; the caller has checked that it is the tip's next event.
   *
   * @throws IllegalArgumentException when the payload names another tip than the envelope, when a
   *     receipt finds a document or a later event none, or for a payload not in {@link #PAYLOADS}
   */
  public static TipDocument apply(TipDocument current, EventEnvelope<?> event) {
    Object payload = event.payload();
    if (payload instanceof TipReceived e) {
      requireSameTip(event, e.tipId());
      if (current != null) {
        throw new IllegalArgumentException("tip " + e.tipId() + " was received before");
      }
      return new TipDocument(
          e.tipId(), TipStatus.RECEIVED, e.townCode(), e.receivedAt(), null, null, event.sequence(), event.occurredAt());
    }
    if (current == null) {
      throw new IllegalArgumentException(
          event.type() + " event " + event.eventId() + " of tip " + event.aggregateId() + " precedes its receipt");
    }
    if (payload instanceof TipConverted e) {
      requireSameTip(event, e.tipId());
      return new TipDocument(
          current.id(), TipStatus.CONVERTED, current.townCode(), current.receivedAt(), e.convertedAt(), e.hazardId(),
          event.sequence(), event.occurredAt());
    }
    if (payload instanceof TipDismissed e) {
      requireSameTip(event, e.tipId());
      return new TipDocument(
          current.id(), TipStatus.DISMISSED, current.townCode(), current.receivedAt(), e.dismissedAt(), null,
          event.sequence(), event.occurredAt());
    }
    throw new IllegalArgumentException("not a tip event: " + payload.getClass().getName());
  }

  private static void requireSameTip(EventEnvelope<?> event, String tipId) {
    if (!event.aggregateId().equals(tipId)) {
      throw new IllegalArgumentException(
          "event " + event.eventId() + " of aggregate " + event.aggregateId() + " carries tip " + tipId);
    }
  }
}
