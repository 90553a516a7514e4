package io.shouwei.contracts.mine;

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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The published JSON of each Mine event: frozen by a snapshot, checked against its schema. */
class MineEventsJsonTest {


  static final String MINE_ID = "0b8f3c1e-6a2d-4f7b-9c51-2e4d6f8a1b3c";

  static MineFacts openPitFacts() {
    Map<String, Object> other = new LinkedHashMap<>();
    other.put("benchCount", 14);
    other.put("wasteDumpOnSteepFoundation", false);
    return new MineFacts(210.5, false, true, null, null, null, null, other);
  }

  static EventEnvelope<Object> envelope(long sequence, String type, Object payload) {
    return new EventEnvelope<>(
        UUID.fromString("3d9a7e21-5c4b-4f86-a0e1-7b2c9d4e6f10"),
        AggregateTypes.MINE,
        MINE_ID,
        sequence,
        type,
        1,
        Instant.parse("2026-03-02T01:20:00Z"),
        new Actor("inspector-li", Role.TOWN_AGENCY, "town-office-101"),
        "corr-7",
        "9e8d7c6b-5a49-4382-b1a0-f9e8d7c6b5a4",
        null,
        null,
        payload);
  }

  static Stream<Arguments> samples() {
    return Stream.of(
        Arguments.of("mine-registered",
            envelope(0, EventTypes.MINE_REGISTERED,
                new MineRegistered(MINE_ID, "北山露天采石场", "ent-3", "Beishan Building Materials Co.",
                    "310115101", MineType.OPEN_PIT, openPitFacts()))),
        Arguments.of("mine-facts-updated",
            envelope(1, EventTypes.MINE_FACTS_UPDATED,
                new MineFactsUpdated(MINE_ID,
                    new MineFacts(null, null, null, null, null, 2, 86.0, Map.of("floodRoutingDone", true))))),
        Arguments.of("mine-closed",
            envelope(2, EventTypes.MINE_CLOSED, new MineClosed(MINE_ID, "Mining licence expired and not renewed."))),
        Arguments.of("mine-stopped-by-order",
            envelope(3, EventTypes.MINE_STOPPED_BY_ORDER, new MineStoppedByOrder(MINE_ID, "order-12"))),
        Arguments.of("mine-resumed",
            envelope(4, EventTypes.MINE_RESUMED,
                new MineResumed(MINE_ID, "order-12", ProductionStatus.OPERATING))));
  }

  @ParameterizedTest(name = "{0}_serializesToTheFrozenSnapshot")
  @MethodSource("samples")
  void serializesToTheFrozenSnapshot(String name, EventEnvelope<Object> sample) throws Exception {
    PublishedJson.assertFrozen(name, sample);
  }

  @ParameterizedTest(name = "{0}_roundTripsThroughItsRegisteredType")
  @MethodSource("samples")
  void roundTripsThroughItsRegisteredType(String name, EventEnvelope<Object> sample) throws Exception {
    PublishedJson.assertRegistered(sample, AggregateTypes.MINE);
  }

  @ParameterizedTest(name = "{0}_conformsToThePublishedSchema")
  @MethodSource("samples")
  void conformsToThePublishedSchema(String name, EventEnvelope<Object> sample) {
    assertThat(validate(JSON.valueToTree(sample))).isEmpty();
  }

  @Test
  void schema_rejectsAFactKeyOutsideThePatternOrAStringValue() {
    ObjectNode badKey = JSON.valueToTree(samples().findFirst().orElseThrow().get()[1]);
    ((ObjectNode) badKey.path("payload").path("facts").path("other")).put("1stBench", 3);
    assertThat(validate(badKey)).isNotEmpty();

    ObjectNode stringValue = JSON.valueToTree(samples().findFirst().orElseThrow().get()[1]);
    ((ObjectNode) stringValue.path("payload").path("facts").path("other")).put("benchCount", "14");
    assertThat(validate(stringValue)).isNotEmpty();
  }

  @Test
  void schema_rejectsAPondGradeOutsideOneToFiveAndANegativeHeight() {
    ObjectNode grade = JSON.valueToTree(samples().findFirst().orElseThrow().get()[1]);
    ((ObjectNode) grade.path("payload").path("facts")).put("tailingsPondGrade", 6);
    assertThat(validate(grade)).isNotEmpty();

    ObjectNode height = JSON.valueToTree(samples().findFirst().orElseThrow().get()[1]);
    ((ObjectNode) height.path("payload").path("facts")).put("slopeHeightMetres", -1);
    assertThat(validate(height)).isNotEmpty();
  }

  @Test
  void schema_rejectsARegistrationWithoutTown() {
    ObjectNode noTown = JSON.valueToTree(samples().findFirst().orElseThrow().get()[1]);
    ((ObjectNode) noTown.path("payload")).remove("townCode");
    assertThat(validate(noTown)).isNotEmpty();
  }

}
