package io.shouwei.hazard.audit;

import io.shouwei.hazard.audit.chain.StateSeal;
import java.time.Instant;

/**
 * One row of {@code audit_snapshot}: an object's state replayed up to one of its events, sealed
 * ({@link StateSeal}) to that event's hash.
 *
 * @param sequence the last event replayed
 * @param eventHash the hash of that event when the state was sealed
 * @param latestEventAt the latest time among events 0 to {@code sequence}, rounded up to the
 *     microsecond: an instant at or after it includes them all
 * @param state the state in its {@link StateJson} form
 * @param seal the seal over all of the above
 */
record AuditSnapshot(
    String aggregateType,
    String aggregateId,
    long sequence,
    String eventHash,
    Instant latestEventAt,
    String stateType,
    String stateRevision,
    byte[] state,
    String seal) {

  AuditSnapshot {
    state = state.clone();
  }

  @Override
  public byte[] state() {
    return state.clone();
  }

  /** What the seal covers, as stored in this row. */
  StateSeal.Sealed sealed() {
    return new StateSeal.Sealed(
        aggregateType, aggregateId, sequence, eventHash, latestEventAt, stateType, stateRevision, state);
  }

  /** Whether the stored seal is the seal of what is stored. */
  boolean sealHolds() {
    return StateSeal.of(sealed()).equals(seal);
  }
}
