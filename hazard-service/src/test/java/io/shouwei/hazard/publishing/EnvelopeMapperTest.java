package io.shouwei.hazard.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shouwei.contracts.EventEnvelope;
import io.shouwei.contracts.Role;
import io.shouwei.contracts.hazard.HazardLevel;
import io.shouwei.contracts.hazard.HazardReported;
import io.shouwei.contracts.hazard.HazardSource;
import io.shouwei.contracts.mine.MineType;
import io.shouwei.hazard.config.MetadataKeys;
import io.shouwei.hazard.hazard.api.HazardReportedEvent;
import io.shouwei.hazard.hazard.published.HazardPublishedForms;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

/** Freezes the published JSON of each event: a change here is a change of the contract. */
class EnvelopeMapperTest {

  final EnvelopeMapper mapper = new EnvelopeMapper(List.of(new HazardPublishedForms()));

  static GenericDomainEventMessage<HazardReportedEvent> storedHazardReported() {
    HazardReportedEvent event =
        new HazardReportedEvent(
            "2f0c1e7a-5b7d-4a53-9a55-0d8a4f6c1b21", "YH-310115101-2025-0042", "mine-7", "ent-3", "310115101",
            MineType.OPEN_PIT, null, HazardSource.AGENCY_INSPECTION, "SLOPE", "北帮4号台阶坡顶裂缝",
            "A 12 m crack runs along the crest of bench 4.", "North pit, bench 4",
            Instant.parse("2025-05-11T02:15:00Z"), Instant.parse("2025-05-12T06:30:00.125Z"),
            Map.of("slopeHeightMetres", 210, "onlineSlopeMonitoring", false), HazardLevel.MAJOR,
            List.of("OP-07.1"), List.of("OP-08.1"));
    return new GenericDomainEventMessage<>(
        "Hazard", event.hazardId(), 0, event,
        Map.of(
            MetadataKeys.ACTOR_USER_ID, "inspector-li",
            MetadataKeys.ACTOR_ROLE, "TOWN_AGENCY",
            MetadataKeys.ACTOR_ORG, "town-office-101",
            MetadataKeys.CORRELATION_ID, "req-42",
            MetadataKeys.CAUSATION_ID, "6a1d0c55-94c4-4c8e-8d1e-3f4b8f1d2e90",
            MetadataKeys.PREV_HASH, "0000000000000000000000000000000000000000000000000000000000000000",
            MetadataKeys.HASH, "d1f8c57eea1516a3c039ad4a8a32397791c34a31e1b3f3b50462329d3994d943"),
        "8e3f6a9c-1d2b-4c5e-9f70-a1b2c3d4e5f6",
        Instant.parse("2025-05-12T06:30:00.250Z"));
  }

  @Test
  void hazardReported_isPublishedAsFrozenJson() throws Exception {
    String json = EnvelopeJson.write(mapper.toEnvelope(storedHazardReported()));

    JSONAssert.assertEquals(resource("/publishing/hazard-reported.envelope.json"), json, JSONCompareMode.STRICT);
  }

  @Test
  void hazardReported_carriesTheStoredPositionAndMetadata() {
    EventEnvelope<?> envelope = mapper.toEnvelope(storedHazardReported());

    assertThat(envelope.payload()).isInstanceOf(HazardReported.class);
    assertThat(envelope.aggregateId()).isEqualTo("2f0c1e7a-5b7d-4a53-9a55-0d8a4f6c1b21");
    assertThat(envelope.sequence()).isZero();
    assertThat(envelope.actor().role()).isEqualTo(Role.TOWN_AGENCY);
    assertThat(envelope.occurredAt()).isEqualTo(Instant.parse("2025-05-12T06:30:00.250Z"));
    assertThat(envelope.prevHash()).isEqualTo("0".repeat(64));
    assertThat(envelope.hash()).isEqualTo("d1f8c57eea1516a3c039ad4a8a32397791c34a31e1b3f3b50462329d3994d943");
  }

  @Test
  void eventWithoutPublishedForm_isRefused() {
    GenericDomainEventMessage<String> unknown = new GenericDomainEventMessage<>("Hazard", "h1", 3, "not an event");

    assertThatThrownBy(() -> mapper.toEnvelope(unknown))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java.lang.String");
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = EnvelopeMapperTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
