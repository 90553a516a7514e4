package io.shouwei.workflow.correlation;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Counts the events this service reads and leaves alone, as {@value #METER} with tags
 * {@code type} and {@code reason}: {@value #UNKNOWN_TYPE} (a type this build does not know; a
 * newer producer) or {@value #NOT_HANDLED} (a known type no process waits for).
 */
@Component
public class SkippedEvents {

  public static final String METER = "shouwei.events.skipped";
  public static final String UNKNOWN_TYPE = "unknown-type";
  public static final String NOT_HANDLED = "not-handled";

  private static final int MAX_TYPE_LENGTH = 64;

  private final MeterRegistry meters;

  public SkippedEvents(MeterRegistry meters) {
    this.meters = meters;
  }

  void unknownType(String type) {
    counter(type, UNKNOWN_TYPE).increment();
  }

  void notHandled(String type) {
    counter(type, NOT_HANDLED).increment();
  }

  private Counter counter(String type, String reason) {
    String tag = type.length() > MAX_TYPE_LENGTH ? type.substring(0, MAX_TYPE_LENGTH) : type;
    return Counter.builder(METER)
        .description("Events of topic shouwei.events this service skipped")
        .tag("type", tag)
        .tag("reason", reason)
        .register(meters);
  }
}
