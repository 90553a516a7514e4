package io.shouwei.hazard.campaign.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.shouwei.hazard.campaign.Phase;
import java.util.List;

/** The JSON columns of {@code campaign_view}: the towns covered and the phases, dates as ISO days. */
final class CampaignViewJson {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .build();
  private static final TypeReference<List<String>> CODES = new TypeReference<>() {};
  private static final TypeReference<List<Phase>> PHASES = new TypeReference<>() {};

  private CampaignViewJson() {}

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not write " + value, e);
    }
  }

  static List<String> townCodes(String json) {
    try {
      return MAPPER.readValue(json, CODES);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("campaign_view.town_codes is not a JSON array: " + json, e);
    }
  }

  static List<Phase> phases(String json) {
    try {
      return MAPPER.readValue(json, PHASES);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("campaign_view.phases is not a JSON array of phases: " + json, e);
    }
  }
}
