package io.shouwei.reporting.projection;

/**
 * The states of a hazard as the read model shows them. Further states (planned, rectifying,
 * submitted, signed off) arrive with the events that lead to them.
 */
public enum HazardStatus {
  REPORTED
}
