package io.shouwei.workflow.correlation;

import io.shouwei.contracts.EventEnvelope;
import io.shouwei.platform.correlation.CorrelationId;
import io.shouwei.workflow.process.CorrelationOutcome;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/**
 * Reads a record of {@code shouwei.events} and hands the event to the handler of its payload type;
 * unknown and unhandled types are counted and skipped. The event's correlation id is in the MDC
 * while its handler runs.
 */
@Component
public class EventRouter {

  private static final Logger log = LoggerFactory.getLogger(EventRouter.class);

  private final EventEnvelopeReader reader;
  private final Map<Class<?>, EventHandler<?>> handlers;
  private final SkippedEvents skipped;

  public EventRouter(EventEnvelopeReader reader, List<EventHandler<?>> handlers, SkippedEvents skipped) {
    this.reader = reader;
    this.handlers =
        handlers.stream().collect(Collectors.toUnmodifiableMap(EventHandler::payloadType, Function.identity()));
    this.skipped = skipped;
  }

  /**
   * What became of the event: {@link Routed#outcome()} is {@code null} for one skipped (unknown
   * type, or no handler).
   *
   * @throws UnreadableEventException when the value is not an event we can read
   */
  public Routed route(String value) {
    IncomingEvent event = reader.read(value);
    if (event instanceof IncomingEvent.Known known) {
      return new Routed(known.envelope(), dispatch(known.envelope()));
    }
    log.debug("skipping event of unknown type {}", event.type());
    skipped.unknownType(event.type());
    return new Routed(null, null);
  }

  /**
   * @param event the event read, {@code null} for one of an unknown type
   * @param outcome what its handler did, {@code null} when skipped
   */
  public record Routed(EventEnvelope<?> event, CorrelationOutcome outcome) {}

  private <P> CorrelationOutcome dispatch(EventEnvelope<P> event) {
    @SuppressWarnings("unchecked")
    EventHandler<P> handler = (EventHandler<P>) handlers.get(event.payload().getClass());
    if (handler == null) {
      skipped.notHandled(event.type());
      return null;
    }
    String previous = MDC.get(CorrelationId.MDC_KEY);
    if (event.correlationId() != null) {
      MDC.put(CorrelationId.MDC_KEY, event.correlationId());
    }
    try {
      return handler.handle(event);
    } finally {
      if (previous == null) {
        MDC.remove(CorrelationId.MDC_KEY);
      } else {
        MDC.put(CorrelationId.MDC_KEY, previous);
      }
    }
  }
}
