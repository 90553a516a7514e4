package io.shouwei.contracts.order;

/** Why an order to stop production took effect on its mine. */
public enum StopCause {
  /** The enterprise acknowledged the order. */
  ACKNOWLEDGED,
  /** The acknowledgement deadline passed without an acknowledgement. */
  ACKNOWLEDGEMENT_DEADLINE_PASSED
}
