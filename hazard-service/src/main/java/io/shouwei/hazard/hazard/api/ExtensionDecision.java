package io.shouwei.hazard.hazard.api;

/** An agency's answer to a request for more time. */
public enum ExtensionDecision {
  APPROVE,
  REFUSE
}
