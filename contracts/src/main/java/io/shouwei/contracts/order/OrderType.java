package io.shouwei.contracts.order;

/** What a rectification order (整改指令) demands of a mine. */
public enum OrderType {
  /** Rectify the cited hazards by the deadline (限期整改); the mine keeps producing. */
  RECTIFY_WITHIN_DEADLINE,
  /** Stop production and rectify (责令停产整改); the mine resumes only on an approved application. */
  STOP_PRODUCTION
}
