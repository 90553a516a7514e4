package io.shouwei.hazard.hazard.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import io.shouwei.contracts.hazard.HazardSource;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The stored JSON of the hazard's events, as Axon's Jackson serializer writes and reads it. */
class HazardEventJsonTest {

  static final JacksonSerializer SERIALIZER =
      JacksonSerializer.builder().objectMapper(JsonMapper.builder().findAndAddModules().build()).build();

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.shouwei.hazard.hazard.api.HazardEventSamples#stored")
  void everyEvent_readsBackAsWritten_underRevision1(Object event) {
    SerializedObject<byte[]> stored = SERIALIZER.serialize(event, byte[].class);

    assertThat(stored.getType().getRevision()).isEqualTo("1");
    assertThat((Object) SERIALIZER.deserialize(stored)).isEqualTo(event);
  }

  @Test
  void aReportStoredBeforeSuggestions_readsAsAReportWithoutSuggestion() {
    String json = """
        {"hazardId":"h-1","mineId":"mine-7","enterpriseId":"ent-3","townCode":"310115101","campaignId":null,
         "source":"SPOT_CHECK","category":"SLOPE","title":"t","description":"d","location":"l",
         "discoveredAt":"2025-05-11T02:15:00Z","reportedAt":"2025-05-12T06:30:00Z"}
        """;

    HazardReportedEvent read = SERIALIZER.deserialize(new SimpleSerializedObject<>(
        json.getBytes(StandardCharsets.UTF_8), byte[].class,
        new SimpleSerializedType(HazardReportedEvent.class.getName(), "1")));

    assertThat(read).isEqualTo(new HazardReportedEvent(
        "h-1", "mine-7", "ent-3", "310115101", null, HazardSource.SPOT_CHECK, "SLOPE", "t", "d", "l",
        Instant.parse("2025-05-11T02:15:00Z"), Instant.parse("2025-05-12T06:30:00Z")));
    assertThat(read.suggestedLevel()).isNull();
    assertThat(read.suggestedCriteria()).isEqualTo(List.of());
  }
}
