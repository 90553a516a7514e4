package io.shouwei.reporting.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.shouwei.contracts.EventEnvelope;
import io.shouwei.reporting.projection.ApplyResult;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Sends each event to the projection of its type. Events of a type no route knows are skipped, as
 * are events a projection already holds; both are counted in {@value #SKIPPED_METRIC}, tagged with
 * the event type and the reason.
 */
public final class EventRouter {

  public static final String SKIPPED_METRIC = "shouwei.reporting.events.skipped";
  public static final String UNKNOWN_TYPE = "unknown-type";
  public static final String ALREADY_APPLIED = "already-applied";

  /** The MDC key of the correlation id (the platform's key), set while an event is handled. */
  static final String MDC_CORRELATION_ID = "correlationId";

  private static final Logger log = LoggerFactory.getLogger(EventRouter.class);

  /** What became of one record. */
  public enum Outcome {
    APPLIED,
    SKIPPED_ALREADY_APPLIED,
    SKIPPED_UNKNOWN_TYPE
  }

  private final Map<String, EventRoute<?>> routes;
  private final EnvelopeParser parser;
  private final MeterRegistry meters;

  public EventRouter(List<EventRoute<?>> routes, EnvelopeParser parser, MeterRegistry meters) {
    this.routes = routes.stream().collect(Collectors.toUnmodifiableMap(EventRoute::type, Function.identity()));
    this.parser = parser;
    this.meters = meters;
  }

  /**
   * @throws MalformedEventException when the record is not a well-formed event
   */
  public Outcome route(byte[] value) {
    EventEnvelope<JsonNode> event = parser.parse(value);
    if (event.correlationId() != null) {
      MDC.put(MDC_CORRELATION_ID, event.correlationId());
    }
    try {
      return route(event);
    } finally {
      MDC.remove(MDC_CORRELATION_ID);
    }
  }

  private Outcome route(EventEnvelope<JsonNode> event) {
    EventRoute<?> route = routes.get(event.type());
    if (route == null) {
      skipped(event, UNKNOWN_TYPE);
      return Outcome.SKIPPED_UNKNOWN_TYPE;
    }
    if (apply(route, event) == ApplyResult.ALREADY_APPLIED) {
      skipped(event, ALREADY_APPLIED);
      return Outcome.SKIPPED_ALREADY_APPLIED;
    }
    log.debug("applied {} #{} of {}", event.type(), event.sequence(), event.aggregateId());
    return Outcome.APPLIED;
  }

  private <P> ApplyResult apply(EventRoute<P> route, EventEnvelope<JsonNode> event) {
    return route.projection().apply(parser.withPayload(event, route.payloadClass()));
  }

  private void skipped(EventEnvelope<JsonNode> event, String reason) {
    log.debug("skipped {} #{} of {}: {}", event.type(), event.sequence(), event.aggregateId(), reason);
    Counter.builder(SKIPPED_METRIC)
        .description("Events the read models did not apply")
        .tag("type", event.type())
        .tag("reason", reason)
        .register(meters)
        .increment();
  }
}
