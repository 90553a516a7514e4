package io.shouwei.reporting.projection;

import io.shouwei.contracts.EventEnvelope;

/**
 * Where the events of one aggregate type are applied, in each aggregate's sequence order: a store
 * ({@link AggregateProjection}), or a batch's working copy of one ({@link ProjectionBatch}). Every
 * method is idempotent: an event the read model holds already changes nothing.
 */
public interface ReadModel {

  /** Applies an event of one of the read model's event types, whose payload is the type's record. */
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
