package io.shouwei.hazard.audit.chain;

import java.time.Instant;

/**
 * What the hash of one stored event covers: its position, type, time, payload, who caused it and
 * the hash of the event before it. See {@link EventHash} for the canonical form.
 *
 * @param aggregateType the aggregate type as stored (column {@code type}), e.g. {@code Hazard}
 * @param eventId the event's identifier (column {@code eventidentifier})
 * @param payloadType the payload's class name as stored (column {@code payloadtype})
 * @param payloadRevision the payload's revision as stored (column {@code payloadrevision}), or
 *     {@code null}
 * @param payload the serialized payload exactly as stored (column {@code payload})
 * @param actorRole the role name, e.g. {@code TOWN_AGENCY}
 * @param prevHash the hash of the event before this one of the same aggregate, or
 *     {@link EventHash#GENESIS} for sequence 0
 */
public record ChainedEvent(
    String aggregateType,
    String aggregateId,
    long sequence,
    String eventId,
    String payloadType,
    String payloadRevision,
    Instant timestamp,
    byte[] payload,
    String actorUserId,
    String actorRole,
    String actorOrg,
    String correlationId,
    String causationId,
    String prevHash) {

  public ChainedEvent {
    payload = payload.clone();
  }

  @Override
  public byte[] payload() {
    return payload.clone();
  }

  /** The same event chained after another predecessor hash. */
  public ChainedEvent withPrevHash(String otherPrevHash) {
    return new ChainedEvent(
        aggregateType, aggregateId, sequence, eventId, payloadType, payloadRevision, timestamp, payload,
        actorUserId, actorRole, actorOrg, correlationId, causationId, otherPrevHash);
  }
}
