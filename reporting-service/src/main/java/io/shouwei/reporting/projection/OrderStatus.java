package io.shouwei.reporting.projection;

/**
 * Where a rectification order stands, as hazard-service defines it.
 *
 * <p>An order to rectify within a deadline: {@link #ISSUED} → {@link #ACKNOWLEDGED} → {@link
 * #FULFILLED}. An order to stop production: {@link #ISSUED} → {@link #IN_FORCE} → {@link
 * #RESUMPTION_APPLIED} → {@link #RESUMPTION_REVIEWED} → {@link #LIFTED}; a failed review or a
 * rejection sends it back to {@link #IN_FORCE}.
 */
public enum OrderStatus {
  ISSUED,
  /** An order to rectify within a deadline that the enterprise acknowledged. */
  ACKNOWLEDGED,
  /** An order to stop production that stops its mine. */
  IN_FORCE,
  RESUMPTION_APPLIED,
  RESUMPTION_REVIEWED,
  /** Final: the order to stop production no longer stops its mine. */
  LIFTED,
  /** Final: the order to rectify within a deadline was fulfilled. */
  FULFILLED;

  /** Whether the order is closed for good. */
  public boolean isFinal() {
    return this == LIFTED || this == FULFILLED;
  }
}
