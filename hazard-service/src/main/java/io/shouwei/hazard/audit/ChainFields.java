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
        MetadataKeys.text(metadata, MetadataKeys.ACTOR_USER_ID),
        MetadataKeys.text(metadata, MetadataKeys.ACTOR_ROLE),
        MetadataKeys.text(metadata, MetadataKeys.ACTOR_ORG),
        MetadataKeys.text(metadata, MetadataKeys.CORRELATION_ID),
        MetadataKeys.text(metadata, MetadataKeys.CAUSATION_ID),
        prevHash);
  }

}
