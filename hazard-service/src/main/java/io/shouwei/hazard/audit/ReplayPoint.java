package io.shouwei.hazard.audit;

import java.time.Instant;

/** Up to which event an object's history is replayed; the point's own event included. */
public sealed interface ReplayPoint {

  /** Whether the event stored at {@code sequence} at {@code timestamp} lies at or before the point. */
  boolean includes(long sequence, Instant timestamp);

  /** Every event stored at or before an instant. */
  record AsOf(Instant instant) implements ReplayPoint {

    @Override
    public boolean includes(long sequence, Instant timestamp) {
      return !timestamp.isAfter(instant);
    }
  }

  /** Every event up to a sequence number: the object at that version. */
  record AtVersion(long version) implements ReplayPoint {

    public AtVersion {
      if (version < 0) {
        throw new IllegalArgumentException("a version is 0 or more, not " + version);
      }
    }

    @Override
    public boolean includes(long sequence, Instant timestamp) {
      return sequence <= version;
    }
  }
}
