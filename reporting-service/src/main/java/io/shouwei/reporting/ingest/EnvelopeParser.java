package io.shouwei.reporting.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import io.shouwei.contracts.EventEnvelope;
import java.io.IOException;

/**
 * Reads a record's value as an {@link EventEnvelope} whose payload stays JSON until a route knows
 * its type, then reads the payload as that type's record. Decimal numbers stay exact decimals in
 * between, digits and scale (an amount of money must not pass through a {@code double}).
 */
public final class EnvelopeParser {

  private final ObjectMapper json;
  private final ObjectReader envelopes;

  public EnvelopeParser(ObjectMapper json) {
    this.json =
        json.copy()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
    this.envelopes = this.json.readerFor(new TypeReference<EventEnvelope<JsonNode>>() {});
  }

  /**
   * @throws MalformedEventException when the value is not a JSON object that makes a valid envelope
   */
  public EventEnvelope<JsonNode> parse(byte[] value) {
    if (value == null || value.length == 0) {
      throw new MalformedEventException("the record has no value");
    }
    JsonNode tree;
    try {
      tree = json.readTree(value);
    } catch (JsonProcessingException e) {
      throw new MalformedEventException("the value is not JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new MalformedEventException("the value is not JSON: " + e.getMessage(), e);
    }
    if (tree == null || !tree.isObject()) {
      throw new MalformedEventException("the value is not a JSON object");
    }
    requireIntegral(tree, "sequence");
    requireIntegral(tree, "schemaVersion");
    try {
      return envelopes.readValue(tree);
    } catch (JsonProcessingException e) {
      throw new MalformedEventException("the value is not an event envelope: " + e.getOriginalMessage(), e);
    } catch (IOException | IllegalArgumentException e) {
      throw new MalformedEventException("the value is not an event envelope: " + e.getMessage(), e);
    }
  }

  /**
   * @throws MalformedEventException when the payload does not parse as {@code payloadClass}
   */
  public <P> EventEnvelope<P> withPayload(EventEnvelope<JsonNode> event, Class<P> payloadClass) {
    JsonNode payload = event.payload();
    if (payload.isNull() || payload.isMissingNode()) {
      throw new MalformedEventException(event.type() + " event " + event.eventId() + " has no payload");
    }
    try {
      return event.withPayload(json.treeToValue(payload, payloadClass));
    } catch (JsonProcessingException e) {
      throw new MalformedEventException(
          "the payload of " + event.type() + " event " + event.eventId() + " is not a "
              + payloadClass.getSimpleName() + ": " + e.getOriginalMessage(), e);
    }
  }

  private static void requireIntegral(JsonNode tree, String field) {
    if (!tree.path(field).isIntegralNumber()) {
      throw new MalformedEventException("the envelope has no integer " + field);
    }
  }
}
