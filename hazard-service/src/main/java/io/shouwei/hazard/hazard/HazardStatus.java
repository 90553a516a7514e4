package io.shouwei.hazard.hazard;

/**
 * Where a hazard stands in its rectification loop. The later states of DESIGN.md (planned,
 * rectifying, submitted, signed off, reopened) arrive with the commands that lead to them.
 */
public enum HazardStatus {
  /** Reported, five items not yet assigned. */
  REPORTED
}
