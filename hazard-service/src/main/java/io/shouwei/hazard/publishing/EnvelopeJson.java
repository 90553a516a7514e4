package io.shouwei.hazard.publishing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.shouwei.contracts.EventEnvelope;

/**
 * The JSON of a published envelope: instants as ISO-8601 strings, enums by name, nulls kept. Owned
 * here rather than by the web layer's mapper, so that HTTP settings never change the wire format.
 */
public final class EnvelopeJson {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .build();

  private EnvelopeJson() {}

  public static String write(EventEnvelope<?> envelope) {
    try {
      return MAPPER.writeValueAsString(envelope);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not write envelope " + envelope.eventId(), e);
    }
  }
}
