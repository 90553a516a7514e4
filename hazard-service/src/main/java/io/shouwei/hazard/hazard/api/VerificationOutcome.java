package io.shouwei.hazard.hazard.api;

/** What the verifier of a submitted rectification finds. */
public enum VerificationOutcome {
  /** The rectification holds: the hazard is signed off (销号). */
  ACCEPT,
  /** It does not: the hazard goes back to rectifying. */
  REJECT
}
