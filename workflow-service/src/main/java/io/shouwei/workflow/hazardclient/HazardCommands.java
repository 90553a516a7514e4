package io.shouwei.workflow.hazardclient;

/** The commands workflow-service sends to hazard-service, as the service itself (role SERVICE). */
public interface HazardCommands {

  /**
   * Lets an order to stop production take effect unacknowledged; idempotent (hazard-service changes
   * nothing for an order whose stop took effect already).
   *
   * @throws HazardServiceException when hazard-service cannot be reached or refuses
   */
  void enforceStop(String orderId);
}
