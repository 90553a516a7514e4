package io.shouwei.hazard.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;

/**
 * The JSON text of the view tables' list and object columns (a hazard's plan, a mine's facts, an
 * order's cited hazards, a campaign's phases). Owned here, apart from the web's mapper, so that no
 * web setting ever changes what is stored; times and days are ISO-8601 text.
 */
public final class ColumnJson {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .build();

  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

  private ColumnJson() {}

  /** The column's text for {@code value}; {@code null} for {@code null}. */
  public static String write(Object value) {
    if (value == null) {
      return null;
    }
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not write " + value.getClass().getSimpleName(), e);
    }
  }

  /** A list of texts; empty for a {@code null} column. */
  public static List<String> strings(String json) {
    return json == null ? List.of() : read(json, STRINGS);
  }

  /** The object in a nullable column, or {@code null}. */
  public static <T> T read(String json, Class<T> type) {
    return read(json, MAPPER.getTypeFactory().constructType(type));
  }

  /** The generic object in a nullable column (e.g. a list of records), or {@code null}. */
  public static <T> T read(String json, TypeReference<T> type) {
    return read(json, MAPPER.getTypeFactory().constructType(type));
  }

  private static <T> T read(String json, com.fasterxml.jackson.databind.JavaType type) {
    if (json == null) {
      return null;
    }
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("not the JSON of a " + type.toCanonical() + " column: " + json, e);
    }
  }
}
