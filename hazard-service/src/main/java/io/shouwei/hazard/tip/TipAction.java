package io.shouwei.hazard.tip;

/** The commands that act on a received tip, as a refused transition lists the allowed ones. */
public enum TipAction {
  CONVERT_TIP,
  DISMISS_TIP
}
