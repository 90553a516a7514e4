package io.shouwei.hazard.audit;

import io.shouwei.hazard.audit.chain.ChainVerifier.Link;
import io.shouwei.hazard.audit.chain.ChainedEvent;
import io.shouwei.hazard.config.MetadataKeys;
import java.time.Instant;
import java.util.Map;

/**
 * One row of the event store as it is stored: no upcaster has touched it.
 *
 * @param aggregateType the aggregate type (column {@code type})
 * @param payloadType the payload's class name (column {@code payloadtype})
 * @param payloadRevision the payload's revision (column {@code payloadrevision}), or {@code null}
 * @param payload the serialized payload (column {@code payload})
 * @param metadata the deserialized metadata (column {@code metadata})
 */
public record StoredEvent(
    String aggregateType,
    String aggregateId,
    long sequence,
    String eventId,
    String payloadType,
    String payloadRevision,
    Instant timestamp,
    byte[] payload,
    Map<String, ?> metadata) {

  public StoredEvent {
    payload = payload.clone();
    metadata = Map.copyOf(metadata);
  }

  @Override
  public byte[] payload() {
    return payload.clone();
  }

  /** A metadata value as text, or {@code null} when absent. */
  public String text(String key) {
    return MetadataKeys.text(metadata, key);
  }

  public String prevHash() {
    return text(MetadataKeys.PREV_HASH);
  }

  public String hash() {
    return text(MetadataKeys.HASH);
  }

  /** What the event's hash covers, with its stored {@code prevHash}. */
  public ChainedEvent chained() {
    return ChainFields.of(aggregateType, aggregateId, sequence, eventId, payloadType, payloadRevision, timestamp,
        payload, metadata, prevHash());
  }

  /** The event as the chain verifier reads it. */
  public Link link() {
    return new Link(chained(), hash());
  }
}
