package io.shouwei.hazard.mine;

/**
 * Whether a mine may produce. Only orders move a mine to {@link #STOPPED_BY_ORDER} and back;
 * {@link #CLOSED} is final.
 */
public enum ProductionStatus {
  OPERATING,
  /** At least one order to stop production is in force. */
  STOPPED_BY_ORDER,
  /** Closed for good: the mine accepts no more commands. */
  CLOSED
}
