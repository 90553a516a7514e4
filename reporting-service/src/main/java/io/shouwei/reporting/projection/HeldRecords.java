package io.shouwei.reporting.projection;

import java.util.Optional;

/**
 * Events that arrived before an earlier event of their aggregate, kept as the records that carried
 * them until the gap is filled: the {@link HeldEvents} collection, or a batch's working copy of it.
 */
public interface HeldRecords {

  /** Keeps {@code record}, the event of this aggregate and sequence, until {@link #release}. */
  void hold(String aggregateType, String aggregateId, long sequence, String type, byte[] record);

  /** The record held for this aggregate and sequence. */
  Optional<byte[]> find(String aggregateType, String aggregateId, long sequence);

  /** Forgets the record held for this aggregate and sequence, if any. */
  void release(String aggregateType, String aggregateId, long sequence);
}
