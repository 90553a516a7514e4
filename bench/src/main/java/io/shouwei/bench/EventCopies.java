package io.shouwei.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.UUID;

/**
 * Copies of a {@code HazardReported} record that hazard-service published on {@code shouwei.events}
 * (the contract's envelope, as its forwarder wrote it): another hazard reported now. Everything
 * the forwarder wrote is kept but the identities (event, hazard, correlation, causation), the times
 * and the hazard's number; the hash is the template's (consumers do not check it; only hazard-service's
 * audit does, and these hazards are not in its store).
 */
final class EventCopies {

  static final String HAZARD_REPORTED = "HazardReported";

  private EventCopies() {}

  static boolean isHazardReported(String value) {
    try {
      return HAZARD_REPORTED.equals(Api.JSON.readTree(value).path("type").asText());
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * @param template the JSON of a published {@code HazardReported} envelope
   * @param hazardId the new hazard's id (also the record's key)
   * @param serial makes the hazard's number unique: {@code YH-<town>-<year>-9<serial, 6 digits>}
   */
  static String hazardReported(String template, String hazardId, Instant now, int serial) {
    try {
      ObjectNode envelope = (ObjectNode) Api.JSON.readTree(template);
      if (!HAZARD_REPORTED.equals(envelope.path("type").asText())) {
        throw new IllegalArgumentException("not a HazardReported envelope: " + envelope.path("type").asText());
      }
      envelope.put("eventId", UUID.randomUUID().toString());
      envelope.put("aggregateId", hazardId);
      envelope.put("sequence", 0);
      envelope.put("occurredAt", now.toString());
      envelope.put("correlationId", UUID.randomUUID().toString());
      envelope.put("causationId", UUID.randomUUID().toString());
      ObjectNode payload = (ObjectNode) envelope.get("payload");
      payload.put("hazardId", hazardId);
      payload.put("reportedAt", now.toString());
      JsonNode number = payload.get("number");
      if (number != null && number.isTextual() && number.asText().lastIndexOf('-') > 0) {
        String text = number.asText();
        payload.put("number", text.substring(0, text.lastIndexOf('-') + 1) + String.format("9%06d", serial));
      }
      return Api.JSON.writeValueAsString(envelope);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
