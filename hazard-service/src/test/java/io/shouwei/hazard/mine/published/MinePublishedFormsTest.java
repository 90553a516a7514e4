package io.shouwei.hazard.mine.published;

import static org.assertj.core.api.Assertions.assertThat;

import io.shouwei.contracts.AggregateTypes;
import io.shouwei.contracts.EventEnvelope;
import io.shouwei.contracts.mine.MineType;
import io.shouwei.hazard.config.MetadataKeys;
import io.shouwei.hazard.mine.MineFacts;
import io.shouwei.hazard.mine.ProductionStatus;
import io.shouwei.hazard.mine.api.MineClosedEvent;
import io.shouwei.hazard.mine.api.MineFactsUpdatedEvent;
import io.shouwei.hazard.mine.api.MineRegisteredEvent;
import io.shouwei.hazard.mine.api.MineResumedEvent;
import io.shouwei.hazard.mine.api.MineStoppedByOrderEvent;
import io.shouwei.hazard.publishing.EnvelopeJson;
import io.shouwei.hazard.publishing.EnvelopeMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

/** Freezes the published JSON of each Mine event: a change here is a change of the contract. */
class MinePublishedFormsTest {

  static final String MINE = "0b8f3c1e-6a2d-4f7b-9c51-2e4d6f8a1b3c";

  final EnvelopeMapper mapper = new EnvelopeMapper(List.of(new MinePublishedForms()));

  static GenericDomainEventMessage<Object> stored(long sequence, Object event, String role) {
    return new GenericDomainEventMessage<>(
        "Mine", MINE, sequence, event,
        Map.of(
            MetadataKeys.ACTOR_USER_ID, "SERVICE".equals(role) ? "hazard-service" : "inspector-li",
            MetadataKeys.ACTOR_ROLE, role,
            MetadataKeys.CORRELATION_ID, "req-7",
            MetadataKeys.CAUSATION_ID, "6a1d0c55-94c4-4c8e-8d1e-3f4b8f1d2e90"),
        "3d9a7e21-5c4b-4f86-a0e1-7b2c9d4e6f1" + sequence,
        Instant.parse("2026-03-02T01:20:00.250Z").plusSeconds(sequence));
  }

  static Stream<Arguments> events() {
    return Stream.of(
        Arguments.of("mine-registered", stored(0,
            new MineRegisteredEvent(MINE, "北山露天采石场", "ent-3", "Beishan Building Materials Co.", "310115101",
                MineType.OPEN_PIT,
                new MineFacts(210.5, false, true, null, null, null, null, Map.of("benchCount", 14, "ratio", 0.75))),
            "TOWN_AGENCY")),
        Arguments.of("mine-facts-updated", stored(1,
            new MineFactsUpdatedEvent(MINE, new MineFacts(230.0, true, true, false, null, null, null, Map.of())),
            "TOWN_AGENCY")),
        Arguments.of("mine-stopped-by-order", stored(2, new MineStoppedByOrderEvent(MINE, "order-12"), "SERVICE")),
        Arguments.of("mine-resumed", stored(3,
            new MineResumedEvent(MINE, "order-12", ProductionStatus.OPERATING), "SERVICE")),
        Arguments.of("mine-closed", stored(4, new MineClosedEvent(MINE, "Mining licence expired."), "TOWN_AGENCY")));
  }

  @ParameterizedTest(name = "{0}_isPublishedAsFrozenJson")
  @MethodSource("events")
  void isPublishedAsFrozenJson(String name, GenericDomainEventMessage<Object> event) throws Exception {
    EventEnvelope<?> envelope = mapper.toEnvelope(event);

    assertThat(envelope.aggregateType()).isEqualTo(AggregateTypes.MINE);
    JSONAssert.assertEquals(
        resource("/publishing/" + name + ".envelope.json"), EnvelopeJson.write(envelope), JSONCompareMode.STRICT);
  }

  @Test
  void anotherAggregatesEvent_hasNoMineForm() {
    assertThat(new MinePublishedForms().publishedFormOf("not a mine event")).isEmpty();
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = MinePublishedFormsTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
