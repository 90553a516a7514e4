package io.shouwei.hazard.hazard;

/** The commands that act on an existing hazard, as a refused transition lists the allowed ones. */
public enum HazardAction {
  CLASSIFY_HAZARD,
  PLAN_RECTIFICATION,
  START_RECTIFICATION,
  RECORD_RECTIFICATION_PROGRESS,
  COMPLETE_RECTIFICATION,
  VERIFY_RECTIFICATION,
  REQUEST_DEADLINE_EXTENSION,
  DECIDE_DEADLINE_EXTENSION,
  REOPEN_HAZARD
}
