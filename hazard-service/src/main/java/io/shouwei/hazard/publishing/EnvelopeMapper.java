package io.shouwei.hazard.publishing;

import io.shouwei.contracts.EventEnvelope;
import io.shouwei.contracts.EventTypes;
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
        MetadataKeys.actor(metadata),
        MetadataKeys.text(metadata, MetadataKeys.CORRELATION_ID),
        MetadataKeys.text(metadata, MetadataKeys.CAUSATION_ID),
        MetadataKeys.text(metadata, MetadataKeys.PREV_HASH),
        MetadataKeys.text(metadata, MetadataKeys.HASH),
        payload);
  }

  /** Axon's message ids are UUIDs; any other id still maps to a stable UUID. */
  static UUID eventId(String identifier) {
    try {
      return UUID.fromString(identifier);
    } catch (IllegalArgumentException notAUuid) {
      return UUID.nameUUIDFromBytes(identifier.getBytes(StandardCharsets.UTF_8));
    }
  }

}
