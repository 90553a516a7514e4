package io.shouwei.contracts;

/** Kafka topic names. */
public final class Topics {

  /** Every stored event of every aggregate, keyed by aggregate id. */
  public static final String EVENTS = "shouwei.events";

  /** Messages a consumer could not process, with the reason in the headers. */
  public static final String EVENTS_DEAD_LETTER = "shouwei.events.dlt";

  private Topics() {}
}
