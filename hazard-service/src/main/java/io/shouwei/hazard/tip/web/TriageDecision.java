package io.shouwei.hazard.tip.web;

/** What an agency decides about a tip. */
public enum TriageDecision {
  /** Report a hazard from it (source {@code WHISTLEBLOWER_TIP}). */
  CONVERT,
  /** Dismiss it with a reason. */
  DISMISS
}
