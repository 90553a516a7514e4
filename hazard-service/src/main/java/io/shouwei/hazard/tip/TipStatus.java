package io.shouwei.hazard.tip;

/** Where a tip stands: received and waiting for triage, or triaged once and for all. */
public enum TipStatus {
  /** Received from the public; an agency has not triaged it yet. */
  RECEIVED,
  /** Triaged into a hazard. */
  CONVERTED,
  /** Triaged and dismissed, with a reason the tipster may read. */
  DISMISSED
}
