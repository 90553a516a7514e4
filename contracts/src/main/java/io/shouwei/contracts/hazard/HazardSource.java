package io.shouwei.contracts.hazard;

/** How a hazard came to light. */
public enum HazardSource {
  /** The enterprise's own inspection (自查). */
  SELF_INSPECTION,
  /** An inspection by a town office or the district bureau. */
  AGENCY_INSPECTION,
  /** A superior company's working group (上级公司督导组). */
  SUPERIOR_COMPANY_INSPECTION,
  /** A spot check by the bureau (督导抽查). */
  SPOT_CHECK,
  /** Triaged from a whistleblower's tip (吹哨人). */
  WHISTLEBLOWER_TIP,
  /** Found again on a look-back review (回头看). */
  REVISIT
}
