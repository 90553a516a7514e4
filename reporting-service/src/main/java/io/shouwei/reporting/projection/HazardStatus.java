package io.shouwei.reporting.projection;

/**
 * The states of a hazard's rectification loop, as hazard-service defines them: reported, planned
 * (the five items assigned), rectifying, submitted for verification, signed off (销号), and reopened
 * by a look-back review (回头看).
 */
public enum HazardStatus {
  REPORTED,
  PLANNED,
  RECTIFYING,
  SUBMITTED,
  SIGNED_OFF,
  REOPENED
}
