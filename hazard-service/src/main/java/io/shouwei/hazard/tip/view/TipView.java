package io.shouwei.hazard.tip.view;

import io.shouwei.contracts.Actor;
import io.shouwei.hazard.tip.TipContact;
import io.shouwei.hazard.tip.TipStatus;
import java.time.Instant;

/**
 * A tip as of its latest event, read from {@code tip_view}. It holds the tipster's contact: what
 * a caller is shown of it is decided by the service.
 *
 * @param trackingCodeHash the SHA-256 of the tracking code; the code itself is kept nowhere
 * @param townCode the town the tip concerns, or {@code null}
 * @param mineId the known mine the tip concerns, or {@code null}
 * @param contact the tipster's identity, or {@code null} for an anonymous tip
 * @param changedAt when the latest event was stored
 * @param version the sequence number of the latest event applied (0 after the receipt)
 * @param hazardId the hazard the tip was converted into, or {@code null}
 * @param dismissalReason why the tip was dismissed, or {@code null}
 * @param triagedAt when it was converted or dismissed, or {@code null}
 * @param triagedBy the agency that triaged it, or {@code null}
 */
public record TipView(
    String id,
    String trackingCodeHash,
    TipStatus status,
    String what,
    String where,
    String townCode,
    String mineId,
    TipContact contact,
    Instant receivedAt,
    Instant changedAt,
    long version,
    String hazardId,
    String dismissalReason,
    Instant triagedAt,
    Actor triagedBy) {

  /** The same tip without the tipster's identity. */
  public TipView withoutContact() {
    return new TipView(
        id, trackingCodeHash, status, what, where, townCode, mineId, null, receivedAt, changedAt, version, hazardId,
        dismissalReason, triagedAt, triagedBy);
  }
}
