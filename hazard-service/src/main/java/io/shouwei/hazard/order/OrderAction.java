package io.shouwei.hazard.order;

/** The commands that act on an existing order, as a refused transition lists the allowed ones. */
public enum OrderAction {
  ACKNOWLEDGE_ORDER,
  ENFORCE_STOP,
  APPLY_FOR_RESUMPTION,
  REVIEW_RESUMPTION,
  DECIDE_RESUMPTION,
  FULFIL_ORDER
}
