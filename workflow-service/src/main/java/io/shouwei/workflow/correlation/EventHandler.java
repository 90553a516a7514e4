package io.shouwei.workflow.correlation;

import io.shouwei.contracts.EventEnvelope;
import io.shouwei.workflow.process.CorrelationOutcome;
import java.util.function.Function;

/**
 * What this service does with one type of event. Every handler is a bean; {@link EventRouter}
 * dispatches by payload type, so adding a correlation is adding a handler, not a branch.
 *
 * @param <P> the payload record of the event type
 */
public interface EventHandler<P> {

  Class<P> payloadType();

  /**
   * Must be idempotent: delivery is at least once. {@link CorrelationOutcome#NOT_WAITING} has the
   * event held and tried again ({@link PendingEvents}).
   *
   * @throws UnreadableEventException when the event lacks what the handler needs
   */
  CorrelationOutcome handle(EventEnvelope<P> event);

  /** A handler of {@code type} that does {@code handling}. */
  static <P> EventHandler<P> of(Class<P> type, Function<EventEnvelope<P>, CorrelationOutcome> handling) {
    return new EventHandler<>() {
      @Override
      public Class<P> payloadType() {
        return type;
      }

      @Override
      public CorrelationOutcome handle(EventEnvelope<P> event) {
        return handling.apply(event);
      }
    };
  }
}
