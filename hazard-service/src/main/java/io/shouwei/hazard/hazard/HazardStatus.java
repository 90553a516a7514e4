package io.shouwei.hazard.hazard;

/**
 * Where a hazard stands in its rectification loop: {@code REPORTED → PLANNED → RECTIFYING →
 * SUBMITTED → SIGNED_OFF}; a rejected submission goes back to {@code RECTIFYING}; a look-back
 * review may reopen a signed-off hazard ({@code REOPENED → PLANNED …}). Overdue is not a state but a
 * flag derived from the deadline and the clock.
 */
public enum HazardStatus {
  /** Reported, five items not yet assigned. */
  REPORTED,
  /** The five items are assigned; rectification has not started. */
  PLANNED,
  /** Being rectified. */
  RECTIFYING,
  /** Rectification declared done, evidence submitted, awaiting verification. */
  SUBMITTED,
  /** Verified and closed (销号). */
  SIGNED_OFF,
  /** Reopened by a look-back review; to be planned again. */
  REOPENED
}
