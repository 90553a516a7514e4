package io.shouwei.workflow.hazardclient;

/** Bearer tokens of role SERVICE for calls to hazard-service. */
public interface ServiceTokens {

  /** A token valid for at least the next minute. */
  String token();
}
