package io.shouwei.hazard.hazard.upcasting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.shouwei.contracts.hazard.HazardLevel;
import io.shouwei.contracts.hazard.HazardSource;
import io.shouwei.hazard.hazard.api.HazardReportedEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

/** A report stored as revision 1 is read as revision 2 through the upcaster chain of the store. */
class HazardReportedEventUpcasterTest {

  static final JacksonSerializer SERIALIZER =
      JacksonSerializer.builder().objectMapper(JsonMapper.builder().findAndAddModules().build()).build();
  static final EventUpcasterChain CHAIN = new EventUpcasterChain(new HazardReportedEventUpcaster());

  /** A revision-1 report as the service stored it once suggestions existed. */
  static final String REVISION_1 = """
      {"hazardId":"h-1","mineId":"mine-7","enterpriseId":"ent-3","townCode":"310115101","campaignId":"c-2025",
       "source":"SPOT_CHECK","category":"SLOPE","title":"t","description":"d","location":"l",
       "discoveredAt":"2025-05-11T02:15:00Z","reportedAt":"2025-05-12T06:30:00Z",
       "suggestedLevel":"MAJOR","suggestedCriteria":["OP-08.1"]}
      """;

  /** A revision-1 report stored before suggestions existed. */
  static final String REVISION_1_WITHOUT_SUGGESTION = """
      {"hazardId":"h-2","mineId":"mine-7","enterpriseId":"ent-3","townCode":"310115101","campaignId":null,
       "source":"SPOT_CHECK","category":"SLOPE","title":"t","description":"d","location":"l",
       "discoveredAt":"2025-05-11T02:15:00Z","reportedAt":"2025-05-12T06:30:00Z"}
      """;

  static IntermediateEventRepresentation stored(String hazardId, String revision, String payload) {
    return new InitialEventRepresentation(
        new GenericDomainEventEntry<>(
            "Hazard", hazardId, 0, "event-" + hazardId, Instant.parse("2025-05-12T06:30:00Z"),
            HazardReportedEvent.class.getName(), revision, payload.getBytes(StandardCharsets.UTF_8),
            "{}".getBytes(StandardCharsets.UTF_8)),
        SERIALIZER);
  }

  static IntermediateEventRepresentation upcast(IntermediateEventRepresentation stored) {
    List<IntermediateEventRepresentation> upcast = CHAIN.upcast(java.util.stream.Stream.of(stored)).toList();
    assertThat(upcast).hasSize(1);
    return upcast.get(0);
  }

  @Test
  void revision1_isReadAsRevision2_withALegacyNumber_noMineTypeNoFacts_andNothingCited() {
    IntermediateEventRepresentation read = upcast(stored("h-1", "1", REVISION_1));

    assertThat(read.getType().getRevision()).isEqualTo("2");
    HazardReportedEvent event = SERIALIZER.deserialize(read.getData());
    assertThat(event).isEqualTo(new HazardReportedEvent(
        "h-1", "YH-LEGACY-h-1", "mine-7", "ent-3", "310115101", null, "c-2025", HazardSource.SPOT_CHECK, "SLOPE",
        "t", "d", "l", Instant.parse("2025-05-11T02:15:00Z"), Instant.parse("2025-05-12T06:30:00Z"), Map.of(),
        HazardLevel.MAJOR, List.of("OP-08.1"), List.of()));
  }

  @Test
  void revision1_storedBeforeSuggestions_isReadWithoutSuggestion() {
    HazardReportedEvent event = SERIALIZER.deserialize(upcast(stored("h-2", "1", REVISION_1_WITHOUT_SUGGESTION)).getData());

    assertThat(event.number()).isEqualTo("YH-LEGACY-h-2");
    assertThat(event.suggestedLevel()).isNull();
    assertThat(event.suggestedCriteria()).isEmpty();
    assertThat(event.citedCriteria()).isEmpty();
    assertThat(event.campaignId()).isNull();
  }

  @Test
  void revision2_passesUnchanged() {
    HazardReportedEvent current = new HazardReportedEvent(
        "h-3", "YH-310115101-2026-0001", "mine-7", "ent-3", "310115101", null, null, HazardSource.SPOT_CHECK,
        "SLOPE", "t", "d", "l", Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z"),
        Map.of("slopeHeightMetres", 12.5), HazardLevel.GENERAL, List.of(), List.of("OP-04"));
    SerializedObject<byte[]> stored = SERIALIZER.serialize(current, byte[].class);

    IntermediateEventRepresentation read =
        upcast(stored("h-3", "2", new String(stored.getData(), StandardCharsets.UTF_8)));

    assertThat(read.getType().getRevision()).isEqualTo("2");
    assertThat((Object) SERIALIZER.deserialize(read.getData())).isEqualTo(current);
  }

  @Test
  void theStoredTree_isNotChanged() throws Exception {
    JsonNode revision1 = JsonMapper.builder().build().readTree(REVISION_1);
    JsonNode before = revision1.deepCopy();

    JsonNode revision2 = HazardReportedEventUpcaster.toRevision2(revision1);

    assertThat(revision1).isEqualTo(before);
    assertThat(revision2.get("number").asText()).isEqualTo("YH-LEGACY-h-1");
    assertThat(revision2.get("citedCriteria").isArray()).isTrue();
  }
}
