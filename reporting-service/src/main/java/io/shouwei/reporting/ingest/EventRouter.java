package io.shouwei.reporting.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.shouwei.contracts.EventEnvelope;
import io.shouwei.contracts.EventTypes;
import io.shouwei.reporting.projection.AggregateProjection;
import io.shouwei.reporting.projection.ApplyResult;
import io.shouwei.reporting.projection.HeldEvents;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Sends each event to the read model of its aggregate type, in each aggregate's sequence order.
 *
 * <ul>
 *   <li>An event the read model holds already is skipped.
 *   <li>An event that comes before an earlier one of its aggregate is held in {@link HeldEvents},
 *       and applied as soon as the events before it are (counted in {@value #HELD_METRIC}).
 *   <li>An event of a type the read model does not know is skipped, but still takes its place in
 *       the sequence, so that the aggregate's later events go on being applied; an event of an
 *       aggregate type no read model takes is skipped.
 * </ul>
 *
 * Skipped events are counted in {@value #SKIPPED_METRIC}, tagged with the event type and the reason.
 */
public final class EventRouter {

  public static final String SKIPPED_METRIC = "shouwei.reporting.events.skipped";
  public static final String HELD_METRIC = "shouwei.reporting.events.held";
  /** The gauge of the events held now. */
  public static final String WAITING_METRIC = "shouwei.reporting.events.waiting";
  public static final String UNKNOWN_TYPE = "unknown-type";
  public static final String ALREADY_APPLIED = "already-applied";

  /** The MDC key of the correlation id (the platform's key), set while an event is handled. */
  static final String MDC_CORRELATION_ID = "correlationId";

  private static final Logger log = LoggerFactory.getLogger(EventRouter.class);

  /** What became of one record. */
  public enum Outcome {
    APPLIED,
    HELD,
    SKIPPED_ALREADY_APPLIED,
    SKIPPED_UNKNOWN_TYPE
  }

  private final Map<String, AggregateProjection> projections;
  private final HeldEvents held;
  private final EnvelopeParser parser;
  private final MeterRegistry meters;

  public EventRouter(
      List<AggregateProjection> projections, HeldEvents held, EnvelopeParser parser, MeterRegistry meters) {
    this.projections =
        projections.stream()
            .collect(Collectors.toUnmodifiableMap(AggregateProjection::aggregateType, Function.identity()));
    this.held = held;
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
      return route(event, value);
    } finally {
      MDC.remove(MDC_CORRELATION_ID);
    }
  }

  private Outcome route(EventEnvelope<JsonNode> event, byte[] value) {
    AggregateProjection projection = projections.get(event.aggregateType());
    if (projection == null) {
      skipped(event, UNKNOWN_TYPE);
      return Outcome.SKIPPED_UNKNOWN_TYPE;
    }
    boolean known = projection.eventTypes().containsKey(event.type());
    ApplyResult result = apply(projection, event);
    if (!known) {
      skipped(event, UNKNOWN_TYPE);
    }
    switch (result) {
      case AHEAD -> {
        held.hold(event.aggregateType(), event.aggregateId(), event.sequence(), event.type(), value);
        counter(HELD_METRIC, "Events held until the events before them are applied", event).increment();
        log.info("holding {} #{} of {} until the events before it arrive", event.type(), event.sequence(),
            event.aggregateId());
        return Outcome.HELD;
      }
      case APPLIED -> {
        log.debug("applied {} #{} of {}", event.type(), event.sequence(), event.aggregateId());
        applyHeldAfter(projection, event);
        return known ? Outcome.APPLIED : Outcome.SKIPPED_UNKNOWN_TYPE;
      }
      case ALREADY_APPLIED -> {
        if (known) {
          skipped(event, ALREADY_APPLIED);
          return Outcome.SKIPPED_ALREADY_APPLIED;
        }
        return Outcome.SKIPPED_UNKNOWN_TYPE;
      }
      case IGNORED -> {
        return Outcome.SKIPPED_UNKNOWN_TYPE;
      }
      default -> throw new IllegalStateException("unexpected result " + result);
    }
  }

  /**
   * Applies the held events that follow {@code applied}, one after another, as long as the next one
   * is held; each is forgotten once the read model holds it.
   */
  private void applyHeldAfter(AggregateProjection projection, EventEnvelope<?> applied) {
    String type = applied.aggregateType();
    String id = applied.aggregateId();
    long sequence = applied.sequence();
    held.release(type, id, sequence);
    while (true) {
      var next = held.find(type, id, sequence + 1);
      if (next.isEmpty()) {
        return;
      }
      EventEnvelope<JsonNode> event = parser.parse(next.get());
      if (apply(projection, event) == ApplyResult.AHEAD) {
        return;
      }
      log.info("applied held {} #{} of {}", event.type(), event.sequence(), id);
      sequence++;
      held.release(type, id, sequence);
    }
  }

  private ApplyResult apply(AggregateProjection projection, EventEnvelope<JsonNode> event) {
    EventTypes.find(event.type())
        .filter(t -> !t.aggregateType().equals(event.aggregateType()))
        .ifPresent(
            t -> {
              throw new MalformedEventException(
                  event.type() + " is an event of " + t.aggregateType() + ", not of " + event.aggregateType());
            });
    Class<?> payloadClass = projection.eventTypes().get(event.type());
    return payloadClass == null
        ? projection.passOver(event)
        : projection.project(parser.withPayload(event, payloadClass));
  }

  private void skipped(EventEnvelope<?> event, String reason) {
    log.debug("skipped {} #{} of {}: {}", event.type(), event.sequence(), event.aggregateId(), reason);
    Counter.builder(SKIPPED_METRIC)
        .description("Events the read models did not apply")
        .tag("type", event.type())
        .tag("reason", reason)
        .register(meters)
        .increment();
  }

  private Counter counter(String name, String description, EventEnvelope<?> event) {
    return Counter.builder(name).description(description).tag("type", event.type()).register(meters);
  }
}
