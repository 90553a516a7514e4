package io.shouwei.contracts.order;

import static io.shouwei.contracts.PublishedJson.JSON;
import static io.shouwei.contracts.PublishedJson.validate;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shouwei.contracts.Actor;
import io.shouwei.contracts.AggregateTypes;
import io.shouwei.contracts.EventEnvelope;
import io.shouwei.contracts.EventTypes;
import io.shouwei.contracts.PublishedJson;
import io.shouwei.contracts.Role;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The published JSON of each RectificationOrder event: frozen by a snapshot, checked against its schema. */
class OrderEventsJsonTest {


  static final String ORDER_ID = "5c2e8a90-1b7d-4e3f-a6c4-9d0b2f8e7a61";
  static final String MINE_ID = "0b8f3c1e-6a2d-4f7b-9c51-2e4d6f8a1b3c";
  static final Instant T0 = Instant.parse("2026-03-02T01:20:00Z");

  static EventEnvelope<Object> envelope(long sequence, String type, Object payload) {
    return new EventEnvelope<>(
        UUID.fromString("3d9a7e21-5c4b-4f86-a0e1-7b2c9d4e6f10"),
        AggregateTypes.ORDER,
        ORDER_ID,
        sequence,
        type,
        1,
        T0,
        new Actor("inspector-li", Role.TOWN_AGENCY, "town-office-101"),
        "corr-7",
        "9e8d7c6b-5a49-4382-b1a0-f9e8d7c6b5a4",
        null,
        null,
        payload);
  }

  static Stream<Arguments> samples() {
    return Stream.of(
        Arguments.of("order-issued",
            envelope(0, EventTypes.ORDER_ISSUED,
                new OrderIssued(ORDER_ID, "ZL-310115101-2026-0003", MINE_ID, "ent-3", "310115101",
                    OrderType.STOP_PRODUCTION, List.of("hz-1", "hz-2"), Instant.parse("2026-04-30T10:00:00Z"),
                    "《安全生产法》第六十五条", "shouweizhan-2026", Instant.parse("2026-03-03T01:20:00Z"), T0))),
        Arguments.of("order-acknowledged",
            envelope(1, EventTypes.ORDER_ACKNOWLEDGED, new OrderAcknowledged(ORDER_ID, T0.plusSeconds(60)))),
        Arguments.of("stop-took-effect",
            envelope(2, EventTypes.STOP_TOOK_EFFECT,
                new StopTookEffect(ORDER_ID, MINE_ID, StopCause.ACKNOWLEDGEMENT_DEADLINE_PASSED, T0.plusSeconds(60)))),
        Arguments.of("resumption-applied",
            envelope(3, EventTypes.RESUMPTION_APPLIED,
                new ResumptionApplied(ORDER_ID, 1, "doc://reports/rectification-7", "doc://reports/assessment-7",
                    T0.plusSeconds(3600)))),
        Arguments.of("resumption-reviewed",
            envelope(4, EventTypes.RESUMPTION_REVIEWED,
                new ResumptionReviewed(ORDER_ID, ReviewOutcome.PASS, null, T0.plusSeconds(7200)))),
        Arguments.of("resumption-rejected",
            envelope(5, EventTypes.RESUMPTION_REJECTED,
                new ResumptionRejected(ORDER_ID, "Assessment report unsigned", T0.plusSeconds(9000)))),
        Arguments.of("order-lifted",
            envelope(6, EventTypes.ORDER_LIFTED,
                new OrderLifted(ORDER_ID, MINE_ID, "Inspected on site", T0.plusSeconds(10_800)))),
        Arguments.of("order-fulfilled",
            envelope(7, EventTypes.ORDER_FULFILLED, new OrderFulfilled(ORDER_ID, null, T0.plusSeconds(12_600)))));
  }

  @ParameterizedTest(name = "{0}_serializesToTheFrozenSnapshot")
  @MethodSource("samples")
  void serializesToTheFrozenSnapshot(String name, EventEnvelope<Object> sample) throws Exception {
    PublishedJson.assertFrozen(name, sample);
  }

  @ParameterizedTest(name = "{0}_roundTripsThroughItsRegisteredType")
  @MethodSource("samples")
  void roundTripsThroughItsRegisteredType(String name, EventEnvelope<Object> sample) throws Exception {
    PublishedJson.assertRegistered(sample, AggregateTypes.ORDER);
  }

  @ParameterizedTest(name = "{0}_conformsToThePublishedSchema")
  @MethodSource("samples")
  void conformsToThePublishedSchema(String name, EventEnvelope<Object> sample) {
    assertThat(validate(JSON.valueToTree(sample))).isEmpty();
  }

  @Test
  void schema_rejectsAnIssueCitingNoHazardOrOfAnUnknownType() {
    ObjectNode noHazard = JSON.valueToTree(samples().findFirst().orElseThrow().get()[1]);
    ((ArrayNode) noHazard.path("payload").path("citedHazardIds")).removeAll();
    assertThat(validate(noHazard)).isNotEmpty();

    ObjectNode unknownType = JSON.valueToTree(samples().findFirst().orElseThrow().get()[1]);
    ((ObjectNode) unknownType.path("payload")).put("type", "WARNING");
    assertThat(validate(unknownType)).isNotEmpty();
  }

  @Test
  void schema_rejectsAnApplicationNumberBelowOne() {
    ObjectNode applied = JSON.valueToTree(samples().skip(3).findFirst().orElseThrow().get()[1]);
    ((ObjectNode) applied.path("payload")).put("application", 0);
    assertThat(validate(applied)).isNotEmpty();
  }

}
