package io.shouwei.reporting.query;

import io.shouwei.reporting.projection.TipDocument;
import io.shouwei.reporting.projection.TipStatus;
import java.time.Instant;

/**
 * A tip as the reporting API shows it: its status only, never what it says or who sent it (see
 * {@link TipDocument}).
 *
 * @param version the sequence of the tip's last event in this view (0 after the receipt)
 */
public record TipResponse(
    String id,
    TipStatus status,
    String townCode,
    Instant receivedAt,
    Instant triagedAt,
    String hazardId,
    long version) {

  static TipResponse of(TipDocument t) {
    return new TipResponse(t.id(), t.status(), t.townCode(), t.receivedAt(), t.triagedAt(), t.hazardId(), t.lastSequence());
  }
}
