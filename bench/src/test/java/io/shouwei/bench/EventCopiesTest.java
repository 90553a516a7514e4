package io.shouwei.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EventCopiesTest {

  /** As hazard-service's forwarder writes a report (EnvelopeJson). */
  static final String PUBLISHED = """
      {"eventId":"7d1c2a54-0d7e-4a4e-9a7c-2d4c1c1c9e01","aggregateType":"Hazard",
       "aggregateId":"0b8f3e0e-1111-4c2b-a1a1-9a3e5d7c0001","sequence":0,"type":"HazardReported","schemaVersion":2,
       "occurredAt":"2026-11-29T08:00:00.123Z",
       "actor":{"userId":"bench.ent","role":"ENTERPRISE","orgId":"ent-bench"},
       "correlationId":"c-1","causationId":"k-1",
       "prevHash":"0000000000000000000000000000000000000000000000000000000000000000","hash":"ab12",
       "payload":{"hazardId":"0b8f3e0e-1111-4c2b-a1a1-9a3e5d7c0001","mineId":"m-1","enterpriseId":"ent-bench",
         "townCode":"370406001","campaignId":null,"source":"SELF_INSPECTION","category":"OPEN_PIT_SLOPE",
         "title":"Loose rock on bench 2","description":"loose rock above the haul road","location":"north pit",
         "discoveredAt":"2026-11-29T07:00:00Z","reportedAt":"2026-11-29T08:00:00.123Z",
         "number":"YH-370406001-2026-0007","suggestedLevel":"GENERAL","suggestedCriteria":[],"citedCriteria":[]}}
      """;

  @Test
  void aCopyIsAnotherHazardReportedNow_everythingElseAsPublished() throws Exception {
    Instant now = Instant.parse("2026-12-01T10:00:00Z");

    JsonNode copy = Api.JSON.readTree(EventCopies.hazardReported(PUBLISHED, "h-new", now, 42));
    JsonNode original = Api.JSON.readTree(PUBLISHED);

    assertThat(copy.get("aggregateId").asText()).isEqualTo("h-new");
    assertThat(copy.at("/payload/hazardId").asText()).isEqualTo("h-new");
    assertThat(copy.get("eventId").asText()).isNotEqualTo(original.get("eventId").asText()).hasSize(36);
    assertThat(copy.get("correlationId").asText()).isNotEqualTo("c-1");
    assertThat(copy.get("causationId").asText()).isNotEqualTo("k-1");
    assertThat(copy.get("sequence").asLong()).isZero();
    assertThat(copy.get("occurredAt").asText()).isEqualTo("2026-12-01T10:00:00Z");
    assertThat(copy.at("/payload/reportedAt").asText()).isEqualTo("2026-12-01T10:00:00Z");
    assertThat(copy.at("/payload/number").asText()).isEqualTo("YH-370406001-2026-9000042");
    assertThat(copy.get("actor")).isEqualTo(original.get("actor"));
    assertThat(copy.get("prevHash")).isEqualTo(original.get("prevHash"));
    assertThat(copy.at("/payload/title")).isEqualTo(original.at("/payload/title"));
    assertThat(copy.at("/payload/campaignId").isNull()).as("nulls are kept").isTrue();
    assertThat(EventCopies.isHazardReported(copy.toString())).isTrue();
  }

  @Test
  void onlyAReportIsCopied() {
    String planned = PUBLISHED.replace("\"type\":\"HazardReported\"", "\"type\":\"RectificationPlanned\"");

    assertThat(EventCopies.isHazardReported(planned)).isFalse();
    assertThat(EventCopies.isHazardReported("not json")).isFalse();
    assertThatThrownBy(() -> EventCopies.hazardReported(planned, "h", Instant.now(), 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
