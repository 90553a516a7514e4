package io.shouwei.workflow.correlation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shouwei.contracts.EventEnvelope;
import io.shouwei.contracts.Role;
import io.shouwei.contracts.hazard.HazardReported;
import io.shouwei.contracts.hazard.HazardSource;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

class EventEnvelopeReaderTest {

  private final EventEnvelopeReader reader = new EventEnvelopeReader(Jackson2ObjectMapperBuilder.json().build());

  @Test
  void hazardReported_isReadWithItsTypedPayload() {
    IncomingEvent event = reader.read(Envelopes.hazardReported());

    assertThat(event).isInstanceOf(IncomingEvent.Known.class);
    EventEnvelope<?> envelope = ((IncomingEvent.Known) event).envelope();
    assertThat(envelope.eventId()).isEqualTo(UUID.fromString("0b8f5a0e-3c39-4d7e-9a51-6c1b1f0f7a10"));
    assertThat(envelope.aggregateId()).isEqualTo("hz-0001");
    assertThat(envelope.sequence()).isZero();
    assertThat(envelope.occurredAt()).isEqualTo(Instant.parse("2025-06-02T01:30:00Z"));
    assertThat(envelope.actor().role()).isEqualTo(Role.ENTERPRISE);
    assertThat(envelope.correlationId()).isEqualTo("corr-42");
    assertThat(envelope.prevHash()).isNull();
    assertThat(envelope.payload()).isInstanceOf(HazardReported.class);
    HazardReported payload = (HazardReported) envelope.payload();
    assertThat(payload.hazardId()).isEqualTo("hz-0001");
    assertThat(payload.enterpriseId()).isEqualTo("ent-3");
    assertThat(payload.townCode()).isEqualTo("330102001");
    assertThat(payload.source()).isEqualTo(HazardSource.SELF_INSPECTION);
    assertThat(payload.reportedAt()).isEqualTo(Instant.parse("2025-06-02T01:30:00Z"));
  }

  @Test
  void fieldsThisBuildDoesNotKnow_areIgnored() {
    String json =
        Envelopes.hazardReported()
            .replace("\"sequence\":0", "\"sequence\":0,\"region\":\"east\"")
            .replace("\"mineId\":", "\"severityHint\":3,\"mineId\":");

    assertThat(reader.read(json)).isInstanceOf(IncomingEvent.Known.class);
  }

  @Test
  void unknownType_isReportedAsUnknown_withoutReadingThePayload() {
    IncomingEvent event = reader.read(Envelopes.envelope("HazardLevelSuggested", 1, "{\"anything\":[1,2]}"));

    assertThat(event).isEqualTo(new IncomingEvent.Unknown("HazardLevelSuggested"));
  }

  @Test
  void notJson_isUnreadable() {
    assertThatThrownBy(() -> reader.read("{not json"))
        .isInstanceOf(UnreadableEventException.class)
        .hasMessageContaining("not JSON");
  }

  @Test
  void jsonThatIsNotAnObject_isUnreadable() {
    assertThatThrownBy(() -> reader.read("[1,2,3]")).isInstanceOf(UnreadableEventException.class);
    assertThatThrownBy(() -> reader.read("")).isInstanceOf(UnreadableEventException.class);
    assertThatThrownBy(() -> reader.read(null)).isInstanceOf(UnreadableEventException.class);
  }

  @Test
  void envelopeWithoutType_isUnreadable() {
    assertThatThrownBy(() -> reader.read(Envelopes.hazardReported().replace("\"type\":\"HazardReported\",", "")))
        .isInstanceOf(UnreadableEventException.class)
        .hasMessageContaining("no type");
  }

  @Test
  void envelopeMissingARequiredField_isUnreadable() {
    String withoutEventId =
        Envelopes.hazardReported().replace("\"eventId\":\"0b8f5a0e-3c39-4d7e-9a51-6c1b1f0f7a10\",", "");

    assertThatThrownBy(() -> reader.read(withoutEventId))
        .isInstanceOf(UnreadableEventException.class)
        .hasMessageContaining("eventId");
  }

  @Test
  void payloadOfTheWrongShape_isUnreadable() {
    String json = Envelopes.envelope("HazardReported", 1, "{\"hazardId\":{\"nested\":true}}");

    assertThatThrownBy(() -> reader.read(json))
        .isInstanceOf(UnreadableEventException.class)
        .hasMessageContaining("HazardReported payload");
  }

  @Test
  void schemaVersionNewerThanOurs_isUnreadable() {
    int newer = io.shouwei.contracts.EventTypes.find("HazardReported").orElseThrow().schemaVersion() + 1;
    String json = Envelopes.envelope("HazardReported", newer, Envelopes.PAYLOAD);

    assertThatThrownBy(() -> reader.read(json))
        .isInstanceOf(UnreadableEventException.class)
        .hasMessageContaining("schema version " + newer);
  }
}
