package io.shouwei.contracts.mine;

/** Whether a mine may produce. Only orders stop a mine and only lifted orders resume it. */
public enum ProductionStatus {
  OPERATING,
  /** At least one order to stop production (责令停产整改) is in force. */
  STOPPED_BY_ORDER,
  /** Closed for good; a closed mine changes no more. */
  CLOSED
}
