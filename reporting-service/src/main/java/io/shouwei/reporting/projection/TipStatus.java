package io.shouwei.reporting.projection;

/** Where a tip stands, as hazard-service defines it: waiting for triage, or triaged for good. */
public enum TipStatus {
  /** Received from the public; an agency has not triaged it yet. */
  RECEIVED,
  /** Triaged into a hazard. */
  CONVERTED,
  /** Triaged and dismissed. */
  DISMISSED
}
