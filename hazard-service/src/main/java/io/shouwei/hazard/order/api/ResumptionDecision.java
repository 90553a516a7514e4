package io.shouwei.hazard.order.api;

/** The district bureau's decision on a reviewed application to resume production. */
public enum ResumptionDecision {
  APPROVE,
  REJECT
}
