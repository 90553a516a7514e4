package io.shouwei.workflow.correlation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shouwei.contracts.EventEnvelope;
import io.shouwei.contracts.EventTypes;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Reads the JSON value of a record of {@code shouwei.events}: the envelope, and its payload as the
 * record {@link EventTypes} names for its type. Fields this build does not know are ignored, so a
 * producer may add some; everything it needs must be there.
 */
@Component
public class EventEnvelopeReader {

  private final ObjectMapper json;
  private final JavaType envelopeOfTree;

  public EventEnvelopeReader(ObjectMapper json) {
    this.json = json;
    this.envelopeOfTree =
        json.getTypeFactory().constructParametricType(EventEnvelope.class, JsonNode.class);
  }

  /**
   * @throws UnreadableEventException when the value is not an envelope of a known type we can read
   */
  public IncomingEvent read(String value) {
    JsonNode tree = tree(value);
    String type =
        Optional.ofNullable(tree.get("type"))
            .filter(JsonNode::isTextual)
            .map(JsonNode::asText)
            .filter(t -> !t.isBlank())
            .orElseThrow(() -> new UnreadableEventException("the envelope has no type"));
    Optional<EventTypes.Type> known = EventTypes.find(type);
    if (known.isEmpty()) {
      return new IncomingEvent.Unknown(type);
    }
    EventEnvelope<JsonNode> envelope = envelope(tree, type);
    if (envelope.schemaVersion() > known.get().schemaVersion()) {
      throw new UnreadableEventException(
          type + " has schema version " + envelope.schemaVersion() + ", this service reads up to "
              + known.get().schemaVersion());
    }
    return new IncomingEvent.Known(envelope.withPayload(payload(envelope, known.get())));
  }

  private JsonNode tree(String value) {
    if (value == null || value.isBlank()) {
      throw new UnreadableEventException("the record has no value");
    }
    try {
      JsonNode tree = json.readTree(value);
      if (tree == null || !tree.isObject()) {
        throw new UnreadableEventException("the value is not a JSON object");
      }
      return tree;
    } catch (JsonProcessingException e) {
      throw new UnreadableEventException("the value is not JSON: " + e.getOriginalMessage(), e);
    }
  }

  private EventEnvelope<JsonNode> envelope(JsonNode tree, String type) {
    try {
      return json.treeToValue(tree, envelopeOfTree);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new UnreadableEventException("not a valid " + type + " envelope: " + rootMessage(e), e);
    }
  }

  private Object payload(EventEnvelope<JsonNode> envelope, EventTypes.Type type) {
    try {
      Object payload = json.treeToValue(envelope.payload(), type.payloadClass());
      if (payload == null) {
        throw new UnreadableEventException("the " + type.name() + " envelope has a null payload");
      }
      return payload;
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new UnreadableEventException("not a valid " + type.name() + " payload: " + rootMessage(e), e);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage();
  }
}
