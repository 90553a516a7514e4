package io.shouwei.workflow.correlation;

import io.shouwei.contracts.EventEnvelope;

/**
 * What this service does with one type of event. Every handler is a bean; {@link EventRouter}
 * dispatches by payload type, so adding a correlation is adding a handler, not a branch.
 *
 * @param <P> the payload record of the event type
 */
public interface EventHandler<P> {

  Class<P> payloadType();

  /**
   * Must be idempotent: delivery is at least once.
   *
   * @throws UnreadableEventException when the event lacks what the handler needs
   */
  void handle(EventEnvelope<P> event);
}
