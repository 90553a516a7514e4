package io.shouwei.hazard.audit;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A stored payload as a JSON tree for reading, numbers as written (an amount of {@code 12000.50}
 * stays {@code 12000.50}); a payload that is not JSON becomes its text.
 */
final class PayloadJson {

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  private PayloadJson() {}

  static JsonNode read(byte[] payload) {
    try {
      return JSON.readTree(payload);
    } catch (IOException notJson) {
      return TextNode.valueOf(new String(payload, StandardCharsets.UTF_8));
    }
  }
}
