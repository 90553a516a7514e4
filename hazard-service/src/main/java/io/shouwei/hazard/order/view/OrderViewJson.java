package io.shouwei.hazard.order.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;

/** The JSON text of {@code order_view}'s list and object columns; owned here so web settings never change it. */
final class OrderViewJson {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .build();

  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

  private OrderViewJson() {}

  static String write(Object value) {
    if (value == null) {
      return null;
    }
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not write " + value.getClass().getSimpleName(), e);
    }
  }

  static List<String> strings(String json) {
    try {
      return MAPPER.readValue(json, STRINGS);
    } catch (JsonProcessingException e) {
      throw unreadable(json, e);
    }
  }

  /** The object in a nullable column, or {@code null}. */
  static <T> T object(String json, Class<T> type) {
    if (json == null) {
      return null;
    }
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw unreadable(json, e);
    }
  }

  private static IllegalStateException unreadable(String json, JsonProcessingException e) {
    return new IllegalStateException("not the JSON of an order view column: " + json, e);
  }
}
