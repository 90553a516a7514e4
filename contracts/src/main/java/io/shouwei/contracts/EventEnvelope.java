package io.shouwei.contracts;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What every consumer of topic {@value Topics#EVENTS} receives: one stored event of one aggregate,
 * keyed on Kafka by {@code aggregateId} so that one aggregate's events stay in order.
 *
 * <p>Delivery is at least once; consumers are idempotent on ({@code aggregateId}, {@code sequence}).
 * {@code sequence} starts at 0 for an aggregate's first event and has no gaps.
 *
 * @param <P> the payload record named by {@code type} (see {@link EventTypes})
 */
public record EventEnvelope<P>(
    UUID eventId,
    String aggregateType,
    String aggregateId,
    long sequence,
    String type,
    int schemaVersion,
    Instant occurredAt,
    Actor actor,
    String correlationId,
    String causationId,
    String prevHash,
    String hash,
    P payload) {

  public EventEnvelope {
    Objects.requireNonNull(eventId, "eventId");
    requireText(aggregateType, "aggregateType");
    requireText(aggregateId, "aggregateId");
    requireText(type, "type");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(payload, "payload");
    if (sequence < 0) {
      throw new IllegalArgumentException("sequence must be >= 0, was " + sequence);
    }
    if (schemaVersion < 1) {
      throw new IllegalArgumentException("schemaVersion must be >= 1, was " + schemaVersion);
    }
  }

  /** The same envelope around another representation of the payload (e.g. a parsed record). */
  public <Q> EventEnvelope<Q> withPayload(Q newPayload) {
    return new EventEnvelope<>(
        eventId, aggregateType, aggregateId, sequence, type, schemaVersion, occurredAt, actor,
        correlationId, causationId, prevHash, hash, newPayload);
  }

  static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }
}
