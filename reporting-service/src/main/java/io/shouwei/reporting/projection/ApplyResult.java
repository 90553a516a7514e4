package io.shouwei.reporting.projection;

/** What projecting one event did to a read model. */
public enum ApplyResult {
  /** The event was the aggregate's next one and changed the read model. */
  APPLIED,
  /** The read model already contains this event (or a later one): nothing was written. */
  ALREADY_APPLIED,
  /**
   * An earlier event of the aggregate is missing from the read model: nothing was written, and the
   * event must wait until the missing ones are applied.
   */
  AHEAD,
  /** The event means nothing to the read model (an unknown type that opens an aggregate). */
  IGNORED
}
