package io.shouwei.hazard.tip.view;

import io.shouwei.contracts.Actor;
import io.shouwei.hazard.tip.TipStatus;
import io.shouwei.hazard.tip.api.TipConvertedEvent;
import io.shouwei.hazard.tip.api.TipDismissedEvent;
import io.shouwei.hazard.tip.api.TipReceivedEvent;
import java.time.Instant;

/** What each event of a tip does to its view: pure functions of (view, event) → view, free of storage. */
public final class TipViewChanges {

  private TipViewChanges() {}

  /** The view of a tip just received: waiting for triage. */
  public static TipView received(TipReceivedEvent e, long sequence, Instant storedAt) {
    return new TipView(
        e.tipId(), e.trackingCodeHash(), TipStatus.RECEIVED, e.what(), e.where(), e.townCode(), e.mineId(),
        e.contact(), e.receivedAt(), storedAt, sequence, null, null, null, null);
  }

  /**
   * The view after {@code event}, stored at {@code sequence} at {@code storedAt} and caused by {@code by}.
   *
   * @throws IllegalArgumentException for an event that is not one of a tip's later events
   */
  public static TipView apply(TipView v, Object event, long sequence, Instant storedAt, Actor by) {
    if (event instanceof TipConvertedEvent e) {
      return new TipView(
          v.id(), v.trackingCodeHash(), TipStatus.CONVERTED, v.what(), v.where(), v.townCode(), v.mineId(),
          v.contact(), v.receivedAt(), storedAt, sequence, e.hazardId(), null, e.convertedAt(), by);
    }
    if (event instanceof TipDismissedEvent e) {
      return new TipView(
          v.id(), v.trackingCodeHash(), TipStatus.DISMISSED, v.what(), v.where(), v.townCode(), v.mineId(),
          v.contact(), v.receivedAt(), storedAt, sequence, null, e.reason(), e.dismissedAt(), by);
    }
    throw new IllegalArgumentException("not a later event of a tip: " + event.getClass().getName());
  }
}
