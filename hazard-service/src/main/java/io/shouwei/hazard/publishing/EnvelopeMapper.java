package io.shouwei.hazard.publishing;

import io.shouwei.contracts.Actor;
import io.shouwei.contracts.EventEnvelope;
import io.shouwei.contracts.EventTypes;
import io.shouwei.contracts.Role;
import io.shouwei.hazard.config.MetadataKeys;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.MetaData;

/**
 * Maps a stored event to its published form: the contracts envelope around the contracts
 * payload. The only place where internal events meet the published ones.
 */
public final class EnvelopeMapper {

  private final List<PublishedForms> forms;

  public EnvelopeMapper(List<PublishedForms> forms) {
    this.forms = List.copyOf(forms);
  }

  /**
   * @throws IllegalArgumentException for an event that has no published form yet: the forwarder
   *     then stops rather than skip it
   */
  public EventEnvelope<?> toEnvelope(DomainEventMessage<?> event) {
    Object payload = event.getPayload();
    return forms.stream()
        .map(f -> f.publishedFormOf(payload))
        .flatMap(Optional::stream)
        .findFirst()
        .map(published -> envelope(event, published))
        .orElseThrow(() -> new IllegalArgumentException(
            "event " + event.getIdentifier() + " of type " + event.getPayloadType().getName()
                + " has no published form"));
  }

  private static <P> EventEnvelope<P> envelope(DomainEventMessage<?> event, P payload) {
    EventTypes.Type type = EventTypes.of(payload.getClass());
    MetaData metadata = event.getMetaData();
    return new EventEnvelope<>(
        eventId(event.getIdentifier()),
        type.aggregateType(),
        event.getAggregateIdentifier(),
        event.getSequenceNumber(),
        type.name(),
        type.schemaVersion(),
        event.getTimestamp(),
        actor(metadata),
        text(metadata, MetadataKeys.CORRELATION_ID),
        text(metadata, MetadataKeys.CAUSATION_ID),
        text(metadata, MetadataKeys.PREV_HASH),
        text(metadata, MetadataKeys.HASH),
        payload);
  }

  private static Actor actor(MetaData metadata) {
    String role = text(metadata, MetadataKeys.ACTOR_ROLE);
    return new Actor(
        text(metadata, MetadataKeys.ACTOR_USER_ID),
        role == null ? null : Role.valueOf(role),
        text(metadata, MetadataKeys.ACTOR_ORG));
  }

  /** Axon's message ids are UUIDs; any other id still maps to a stable UUID. */
  static UUID eventId(String identifier) {
    try {
      return UUID.fromString(identifier);
    } catch (IllegalArgumentException notAUuid) {
      return UUID.nameUUIDFromBytes(identifier.getBytes(StandardCharsets.UTF_8));
    }
  }

  private static String text(MetaData metadata, String key) {
    Object value = metadata.get(key);
    return value == null ? null : value.toString();
  }
}
