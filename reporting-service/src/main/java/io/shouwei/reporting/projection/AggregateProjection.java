package io.shouwei.reporting.projection;

import io.shouwei.contracts.EventEnvelope;
import java.util.Map;

/**
 * The read model of one aggregate type in its store, fed with that aggregate's events in sequence
 * order: each event read and written on its own ({@link #project}, {@link #passOver}), or a batch
 * of events through a working copy ({@link #batch}) that ends in the same documents.
 */
public interface AggregateProjection extends ReadModel {

  /** The {@link EventEnvelope#aggregateType()} whose events this read model takes. */
  String aggregateType();

  /** The payload record of every event type {@link #project} applies, by type name. */
  Map<String, Class<?>> eventTypes();

  /** A working copy of this read model for one batch of events. */
  ProjectionBatch batch();
}
