package io.shouwei.reporting.ingest;

import io.shouwei.contracts.EventEnvelope;
import io.shouwei.contracts.EventTypes;
import io.shouwei.reporting.projection.ApplyResult;
import java.util.function.Function;

/**
 * Where the events of one published type go: the projection that applies them.
 *
 * @param type the event type, as {@link EventTypes} names the payload class
 */
public record EventRoute<P>(
    String type, Class<P> payloadClass, Function<EventEnvelope<P>, ApplyResult> projection) {

  public static <P> EventRoute<P> of(
      Class<P> payloadClass, Function<EventEnvelope<P>, ApplyResult> projection) {
    return new EventRoute<>(EventTypes.of(payloadClass).name(), payloadClass, projection);
  }
}
