package io.shouwei.hazard.mine.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.shouwei.hazard.mine.MineFacts;
import java.util.List;

/** The JSON columns of {@code mine_view}: the facts and the list of stopping orders. */
final class MineViewJson {

  private static final ObjectMapper MAPPER = JsonMapper.builder().build();
  private static final TypeReference<List<String>> IDS = new TypeReference<>() {};

  private MineViewJson() {}

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not write " + value, e);
    }
  }

  static MineFacts facts(String json) {
    try {
      return MAPPER.readValue(json, MineFacts.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("mine_view.facts is not MineFacts JSON: " + json, e);
    }
  }

  static List<String> ids(String json) {
    try {
      return MAPPER.readValue(json, IDS);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("mine_view.stopped_by_order_ids is not a JSON array: " + json, e);
    }
  }
}
