package io.shouwei.hazard.audit;

import io.shouwei.hazard.audit.chain.ChainedEvent;
import io.shouwei.hazard.config.MetadataKeys;
import java.time.Instant;
import java.util.Map;

/** Picks what an event's hash covers out of its stored columns and metadata. */
final class ChainFields {

  private ChainFields() {}

  static ChainedEvent of(
      String aggregateType,
      String aggregateId,
      long sequence,
      String eventId,
      String payloadType,
      String payloadRevision,
      Instant timestamp,
      byte[] payload,
      Map<String, ?> metadata,
      String prevHash) {
    return new ChainedEvent(
        aggregateType,
        aggregateId,
        sequence,
        eventId,
        payloadType,
        payloadRevision,
        timestamp,
        payload,
        text(metadata, MetadataKeys.ACTOR_USER_ID),
        text(metadata, MetadataKeys.ACTOR_ROLE),
        text(metadata, MetadataKeys.ACTOR_ORG),
        text(metadata, MetadataKeys.CORRELATION_ID),
        text(metadata, MetadataKeys.CAUSATION_ID),
        prevHash);
  }

  private static String text(Map<String, ?> metadata, String key) {
    Object value = metadata.get(key);
    return value == null ? null : value.toString();
  }
}
