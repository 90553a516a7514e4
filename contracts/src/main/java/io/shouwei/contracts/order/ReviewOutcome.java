package io.shouwei.contracts.order;

/** The town office's review of an application to resume production. */
public enum ReviewOutcome {
  /** The application goes on to the district bureau. */
  PASS,
  /** The application goes back to the enterprise with findings. */
  FAIL
}
