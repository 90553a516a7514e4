package io.shouwei.hazard.hazard.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.shouwei.hazard.hazard.api.FiveItemPlan;
import java.util.List;

/** The JSON text of the view's list and plan columns; owned here so web settings never change it. */
final class ViewJson {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .build();

  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

  private ViewJson() {}

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
    return json == null ? List.of() : read(json, STRINGS);
  }

  static FiveItemPlan plan(String json) {
    return json == null ? null : read(json, new TypeReference<FiveItemPlan>() {});
  }

  private static <T> T read(String json, TypeReference<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("not the JSON of a hazard view column: " + json, e);
    }
  }
}
