package io.shouwei.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.shouwei.contracts.hazard.HazardLevel;
import io.shouwei.contracts.hazard.HazardReported;
import io.shouwei.contracts.hazard.HazardSource;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The published JSON is frozen by a snapshot and checked against the published JSON Schema. */
class EventEnvelopeJsonTest {

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  static EventEnvelope<HazardReported> sample() {
    return new EventEnvelope<>(
        UUID.fromString("7a1d1c52-2f0e-4c55-9f2b-0d6a3f5e9b11"),
        AggregateTypes.HAZARD,
        "5f0c6f7e-3a59-4f4e-8f43-1f1b2d3c4e5f",
        0,
        EventTypes.HAZARD_REPORTED,
        2,
        Instant.parse("2026-11-20T09:15:00Z"),
        new Actor("zhang.san", Role.ENTERPRISE, "ent-1"),
        "c0ffee-42",
        "b8c1d0e2-9f3a-4b5c-8d7e-6f5a4b3c2d1e",
        null,
        null,
        new HazardReported(
            "5f0c6f7e-3a59-4f4e-8f43-1f1b2d3c4e5f", "mine-1", "ent-1", "370406001", null,
            HazardSource.SELF_INSPECTION, "OPEN_PIT_SLOPE", "Bench height exceeds design",
            "Level 3 bench is 18 m against 12 m designed", "north pit, level 3",
            Instant.parse("2026-11-20T08:00:00Z"), Instant.parse("2026-11-20T09:15:00Z"),
            "YH-370406001-2026-0042", HazardLevel.MAJOR, List.of("OP-07.1"), List.of("OP-04")));
  }

  @Test
  void hazardReported_serializesToTheFrozenSnapshot() throws Exception {
    String actual = JSON.writeValueAsString(sample());
    try (InputStream in = getClass().getResourceAsStream("/snapshots/hazard-reported.envelope.json")) {
      String frozen = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      org.skyscreamer.jsonassert.JSONAssert.assertEquals(frozen, actual, true);
    }
  }

  @Test
  void hazardReported_roundTrips() throws Exception {
    String json = JSON.writeValueAsString(sample());
    JsonNode tree = JSON.readTree(json);
    Class<?> payloadClass = EventTypes.find(tree.path("type").asText()).orElseThrow().payloadClass();
    Object payload = JSON.treeToValue(tree.path("payload"), payloadClass);
    assertThat(payload).isEqualTo(sample().payload());
  }

  @Test
  void hazardReported_conformsToThePublishedSchema() {
    assertThat(validate(JSON.valueToTree(sample()))).isEmpty();
  }

  @Test
  void hazardReported_ofSchemaVersion1_readsWithoutNumberSuggestionOrCitedCriteria() throws Exception {
    com.fasterxml.jackson.databind.node.ObjectNode v1 = JSON.valueToTree(sample().payload());
    v1.remove(List.of("number", "suggestedLevel", "suggestedCriteria", "citedCriteria"));

    HazardReported read = JSON.treeToValue(v1, HazardReported.class);

    HazardReported p = sample().payload();
    assertThat(read).isEqualTo(new HazardReported(
        p.hazardId(), p.mineId(), p.enterpriseId(), p.townCode(), p.campaignId(), p.source(), p.category(),
        p.title(), p.description(), p.location(), p.discoveredAt(), p.reportedAt()));
    assertThat(read.number()).isNull();
    assertThat(read.suggestedCriteria()).isEmpty();
    assertThat(read.citedCriteria()).isEmpty();
  }

  @Test
  void schema_rejectsAHazardReportedWithoutNumber_withABadNumberOrCode_orWithAnUnknownField() {
    com.fasterxml.jackson.databind.node.ObjectNode noNumber = JSON.valueToTree(sample());
    ((com.fasterxml.jackson.databind.node.ObjectNode) noNumber.get("payload")).remove("number");
    assertThat(validate(noNumber)).isNotEmpty();
    com.fasterxml.jackson.databind.node.ObjectNode badNumber = JSON.valueToTree(sample());
    ((com.fasterxml.jackson.databind.node.ObjectNode) badNumber.get("payload")).put("number", "370406001-42");
    assertThat(validate(badNumber)).isNotEmpty();
    com.fasterxml.jackson.databind.node.ObjectNode badCode = JSON.valueToTree(sample());
    ((com.fasterxml.jackson.databind.node.ObjectNode) badCode.get("payload")).putArray("citedCriteria").add("slope");
    assertThat(validate(badCode)).isNotEmpty();
    com.fasterxml.jackson.databind.node.ObjectNode extra = JSON.valueToTree(sample());
    ((com.fasterxml.jackson.databind.node.ObjectNode) extra.get("payload")).put("facts", "{}");
    assertThat(validate(extra)).isNotEmpty();
    com.fasterxml.jackson.databind.node.ObjectNode legacy = JSON.valueToTree(sample());
    ((com.fasterxml.jackson.databind.node.ObjectNode) legacy.get("payload"))
        .put("number", "YH-LEGACY-5f0c6f7e-3a59-4f4e-8f43-1f1b2d3c4e5f").putNull("suggestedLevel");
    assertThat(validate(legacy)).isEmpty();
  }

  @Test
  void schema_rejectsAnEnvelopeWithoutActorOrWithANegativeSequence() {
    com.fasterxml.jackson.databind.node.ObjectNode noActor = JSON.valueToTree(sample());
    noActor.remove("actor");
    assertThat(validate(noActor)).isNotEmpty();
    com.fasterxml.jackson.databind.node.ObjectNode negative = JSON.valueToTree(sample());
    negative.put("sequence", -1);
    assertThat(validate(negative)).isNotEmpty();
  }

  @Test
  void envelope_rejectsBlankIdsAndNegativeSequences() {
    EventEnvelope<HazardReported> s = sample();
    assertThatThrownBy(() -> new EventEnvelope<>(s.eventId(), s.aggregateType(), " ", 0, s.type(), 1,
            s.occurredAt(), s.actor(), null, null, null, null, s.payload()))
        .hasMessageContaining("aggregateId");
    assertThatThrownBy(() -> new EventEnvelope<>(s.eventId(), s.aggregateType(), "a", -1, s.type(), 1,
            s.occurredAt(), s.actor(), null, null, null, null, s.payload()))
        .hasMessageContaining("sequence");
  }

  @Test
  void everyPublishedType_belongsToAKnownAggregate() {
    assertThat(EventTypes.all())
        .allSatisfy(t -> assertThat(t.aggregateType())
            .isIn(AggregateTypes.HAZARD, AggregateTypes.MINE, AggregateTypes.ORDER,
                AggregateTypes.CAMPAIGN, AggregateTypes.TIP));
    assertThat(EventTypes.of(HazardReported.class).name()).isEqualTo(EventTypes.HAZARD_REPORTED);
    assertThat(EventTypes.find("NoSuchEvent")).isEmpty();
  }

  private static Set<ValidationMessage> validate(JsonNode node) {
    JsonSchemaFactory factory =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            b -> b.schemaMappers(m -> m.mapPrefix("https://shouwei.io/schema/", "classpath:schema/")));
    JsonSchema schema = factory.getSchema(SchemaLocation.of("https://shouwei.io/schema/event-envelope.schema.json"));
    return schema.validate(node);
  }
}
