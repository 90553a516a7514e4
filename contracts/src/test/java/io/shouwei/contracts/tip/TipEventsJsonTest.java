package io.shouwei.contracts.tip;

import static io.shouwei.contracts.PublishedJson.JSON;
import static io.shouwei.contracts.PublishedJson.validate;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shouwei.contracts.Actor;
import io.shouwei.contracts.AggregateTypes;
import io.shouwei.contracts.EventEnvelope;
import io.shouwei.contracts.EventTypes;
import io.shouwei.contracts.PublishedJson;
import io.shouwei.contracts.Role;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The published JSON of each Tip event: frozen by a snapshot, checked against its schema. */
class TipEventsJsonTest {


  static final String TIP_ID = "5c7e1f20-8b3a-4d69-a2f4-0e9b7c6d5a18";
  static final Actor SERVICE = new Actor("hazard-service", Role.SERVICE, null);
  static final Actor TOWN_OFFICE = new Actor("inspector-li", Role.TOWN_AGENCY, "town-office-101");

  static EventEnvelope<Object> envelope(long sequence, String type, Actor actor, Object payload) {
    return new EventEnvelope<>(
        UUID.fromString("6e1b2c3d-4f5a-4b6c-8d7e-9f0a1b2c3d4e"),
        AggregateTypes.TIP,
        TIP_ID,
        sequence,
        type,
        1,
        Instant.parse("2026-04-11T06:30:00Z"),
        actor,
        "corr-tip-3",
        "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
        null,
        null,
        payload);
  }

  static Stream<Arguments> samples() {
    return Stream.of(
        Arguments.of("tip-received",
            envelope(0, EventTypes.TIP_RECEIVED, SERVICE,
                new TipReceived(TIP_ID, "夜间有人在北坡越界开采，边坡出现裂缝", "北山采石场北坡", "310115101",
                    "0b8f3c1e-6a2d-4f7b-9c51-2e4d6f8a1b3c", Instant.parse("2026-04-11T06:30:00Z")))),
        Arguments.of("tip-converted",
            envelope(1, EventTypes.TIP_CONVERTED, TOWN_OFFICE,
                new TipConverted(TIP_ID, "b1a7c3e5-2d4f-3a6b-9c8d-7e6f5a4b3c2d", Instant.parse("2026-04-12T02:00:00Z")))),
        Arguments.of("tip-dismissed",
            envelope(1, EventTypes.TIP_DISMISSED, TOWN_OFFICE,
                new TipDismissed(TIP_ID, "现场核查未发现越界开采。", Instant.parse("2026-04-12T02:00:00Z")))));
  }

  @ParameterizedTest(name = "{0}_serializesToTheFrozenSnapshot")
  @MethodSource("samples")
  void serializesToTheFrozenSnapshot(String name, EventEnvelope<Object> sample) throws Exception {
    PublishedJson.assertFrozen(name, sample);
  }

  @ParameterizedTest(name = "{0}_roundTripsThroughItsRegisteredType")
  @MethodSource("samples")
  void roundTripsThroughItsRegisteredType(String name, EventEnvelope<Object> sample) throws Exception {
    PublishedJson.assertRegistered(sample, AggregateTypes.TIP);
  }

  @ParameterizedTest(name = "{0}_conformsToThePublishedSchema")
  @MethodSource("samples")
  void conformsToThePublishedSchema(String name, EventEnvelope<Object> sample) {
    assertThat(validate(JSON.valueToTree(sample))).isEmpty();
  }

  @Test
  void received_hasNoFieldForTheTipstersIdentity_andTheSchemaRefusesOne() {
    assertThat(Stream.of(TipReceived.class.getRecordComponents()).map(c -> c.getName()))
        .containsExactly("tipId", "what", "where", "townCode", "mineId", "receivedAt");

    ObjectNode withContact = JSON.valueToTree(samples().findFirst().orElseThrow().get()[1]);
    ((ObjectNode) withContact.path("payload")).putObject("contact").put("phone", "13800000000");
    assertThat(validate(withContact)).isNotEmpty();
  }

  @Test
  void received_withoutTownOrMine_conforms_butNotWithoutWhat() {
    EventEnvelope<Object> anonymousPlace =
        envelope(0, EventTypes.TIP_RECEIVED, SERVICE,
            new TipReceived(TIP_ID, "Blasting at night", "Somewhere east of the river", null, null,
                Instant.parse("2026-04-11T06:30:00Z")));
    assertThat(validate(JSON.valueToTree(anonymousPlace))).isEmpty();

    ObjectNode noWhat = JSON.valueToTree(anonymousPlace);
    ((ObjectNode) noWhat.path("payload")).remove("what");
    assertThat(validate(noWhat)).isNotEmpty();
  }

  @Test
  void dismissed_needsAReason() {
    ObjectNode blank = JSON.valueToTree(samples().skip(2).findFirst().orElseThrow().get()[1]);
    ((ObjectNode) blank.path("payload")).put("reason", "");
    assertThat(validate(blank)).isNotEmpty();
  }

}
