package io.shouwei.reporting.projection;

import io.shouwei.contracts.EventEnvelope;
import java.util.Map;

/**
 * The read model of one aggregate type, fed with that aggregate's events in sequence order. Every
 * method is idempotent: an event the read model holds already changes nothing.
 */
public interface AggregateProjection {

  /** The {@link EventEnvelope#aggregateType()} whose events this read model takes. */
  String aggregateType();

  /** The payload record of every event type {@link #project} applies, by type name. */
  Map<String, Class<?>> eventTypes();

  /** Applies an event of one of {@link #eventTypes()}, whose payload is the type's record. */
  ApplyResult project(EventEnvelope<?> event);

  /**
   * Takes note of an event of a type this read model does not know (a producer may publish a type
   * before its consumers learn it): the document changes nothing but its sequence, so that the
   * aggregate's later events are not held back. Without a document there is nothing to advance:
   * the aggregate's first event is {@link ApplyResult#IGNORED}, a later one {@link
   * ApplyResult#AHEAD}.
   */
  ApplyResult passOver(EventEnvelope<?> event);
}
