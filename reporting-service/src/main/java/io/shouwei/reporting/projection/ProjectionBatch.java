package io.shouwei.reporting.projection;

import java.util.Collection;

/**
 * A working copy of one read model for a batch of events: the documents of the batch's aggregates
 * are read with one query ({@link #load}), the events applied to them in memory, by the rules and
 * in the order {@link AggregateProjection} applies them to the store, and the changed documents
 * written with one bulk write ({@link #write}). The documents written are the ones the events
 * applied one by one would have left.
 *
 * <p>The writes keep the store's guard: a document that existed is replaced only while it is still
 * at the sequence it was read at, a new one is inserted. A document another writer changed in
 * between is not written, and {@link #write} says so; the batch must then be applied again from a
 * new working copy (the events the other writer applied are then duplicates).
 */
public interface ProjectionBatch extends ReadModel {

  /** Reads the documents of these aggregates that are not read yet, in one query. */
  void load(Collection<String> aggregateIds);

  /** The sequence of the last event in the working copy of this aggregate's document; -1 without one. */
  long lastSequence(String aggregateId);

  /**
   * Writes the changed documents, and what follows from them in other read models.
   *
   * @return {@code false} when another writer changed a document since it was read: some of the
   *     documents may be written, the others are not
   */
  boolean write();
}
