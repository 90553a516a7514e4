package io.shouwei.hazard.order;

/**
 * Where a rectification order stands.
 *
 * <p>An order to rectify within a deadline: {@link #ISSUED} → {@link #ACKNOWLEDGED} →
 * {@link #FULFILLED} (closed by an agency once every cited hazard is signed off).
 *
 * <p>An order to stop production: {@link #ISSUED} → {@link #IN_FORCE} (on acknowledgement, or
 * when the acknowledgement deadline passed) → {@link #RESUMPTION_APPLIED} → {@link
 * #RESUMPTION_REVIEWED} (the town office passed it) → {@link #LIFTED} (the district bureau
 * approved). A failed review or a rejection sends it back to {@link #IN_FORCE}.
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
  FULFILLED
}
