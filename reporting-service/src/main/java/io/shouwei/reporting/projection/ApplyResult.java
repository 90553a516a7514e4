package io.shouwei.reporting.projection;

/** What projecting one event did to a read model. */
public enum ApplyResult {
  /** The event changed the read model. */
  APPLIED,
  /** The read model already contains this event (or a later one): nothing was written. */
  ALREADY_APPLIED
}
