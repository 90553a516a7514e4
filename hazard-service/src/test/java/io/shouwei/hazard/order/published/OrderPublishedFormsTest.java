package io.shouwei.hazard.order.published;

import static org.assertj.core.api.Assertions.assertThat;

import io.shouwei.contracts.AggregateTypes;
import io.shouwei.contracts.EventEnvelope;
import io.shouwei.contracts.order.OrderType;
import io.shouwei.contracts.order.ReviewOutcome;
import io.shouwei.contracts.order.StopCause;
import io.shouwei.hazard.config.MetadataKeys;
import io.shouwei.hazard.order.api.OrderAcknowledgedEvent;
import io.shouwei.hazard.order.api.OrderFulfilledEvent;
import io.shouwei.hazard.order.api.OrderIssuedEvent;
import io.shouwei.hazard.order.api.OrderLiftedEvent;
import io.shouwei.hazard.order.api.ResumptionAppliedEvent;
import io.shouwei.hazard.order.api.ResumptionRejectedEvent;
import io.shouwei.hazard.order.api.ResumptionReviewedEvent;
import io.shouwei.hazard.order.api.StopTookEffectEvent;
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

/** Freezes the published JSON of each RectificationOrder event: a change here is a change of the contract. */
class OrderPublishedFormsTest {

  static final String ORDER = "5c2e8a90-1b7d-4e3f-a6c4-9d0b2f8e7a61";
  static final String MINE = "0b8f3c1e-6a2d-4f7b-9c51-2e4d6f8a1b3c";
  static final Instant T0 = Instant.parse("2026-03-02T01:20:00.250Z");

  final EnvelopeMapper mapper = new EnvelopeMapper(List.of(new OrderPublishedForms()));

  static GenericDomainEventMessage<Object> stored(long sequence, Object event, String userId, String role) {
    return new GenericDomainEventMessage<>(
        "RectificationOrder", ORDER, sequence, event,
        Map.of(
            MetadataKeys.ACTOR_USER_ID, userId,
            MetadataKeys.ACTOR_ROLE, role,
            MetadataKeys.CORRELATION_ID, "req-9",
            MetadataKeys.CAUSATION_ID, "6a1d0c55-94c4-4c8e-8d1e-3f4b8f1d2e90"),
        "7e4f2a10-3c5b-4d6e-8f90-a1b2c3d4e5f" + sequence,
        T0.plusSeconds(sequence));
  }

  static Stream<Arguments> events() {
    return Stream.of(
        Arguments.of("order-issued", stored(0,
            new OrderIssuedEvent(ORDER, "ZL-310115101-2026-0003", MINE, "ent-3", "310115101",
                OrderType.STOP_PRODUCTION, List.of("hz-1", "hz-2"), Instant.parse("2026-04-30T10:00:00Z"),
                "《安全生产法》第六十五条", "shouweizhan-2026", Instant.parse("2026-03-03T01:20:00Z"), T0),
            "inspector-li", "TOWN_AGENCY")),
        Arguments.of("order-acknowledged", stored(1, new OrderAcknowledgedEvent(ORDER, T0.plusSeconds(60)),
            "safety-ent-3", "ENTERPRISE")),
        Arguments.of("stop-took-effect", stored(2,
            new StopTookEffectEvent(ORDER, MINE, StopCause.ACKNOWLEDGED, T0.plusSeconds(60)),
            "safety-ent-3", "ENTERPRISE")),
        Arguments.of("resumption-applied", stored(3,
            new ResumptionAppliedEvent(ORDER, 1, "doc://reports/rectification-7", "doc://reports/assessment-7",
                T0.plusSeconds(3600)),
            "safety-ent-3", "ENTERPRISE")),
        Arguments.of("resumption-reviewed", stored(4,
            new ResumptionReviewedEvent(ORDER, ReviewOutcome.FAIL, "Drainage of bench 4 unfinished",
                T0.plusSeconds(7200)),
            "inspector-li", "TOWN_AGENCY")),
        Arguments.of("resumption-rejected", stored(5,
            new ResumptionRejectedEvent(ORDER, "Assessment report unsigned", T0.plusSeconds(9000)),
            "bureau-chen", "DISTRICT_AGENCY")),
        Arguments.of("order-lifted", stored(6,
            new OrderLiftedEvent(ORDER, MINE, "Inspected on site", T0.plusSeconds(10_800)),
            "bureau-chen", "DISTRICT_AGENCY")),
        Arguments.of("order-fulfilled", stored(7,
            new OrderFulfilledEvent(ORDER, null, T0.plusSeconds(12_600)), "inspector-li", "TOWN_AGENCY")));
  }

  @ParameterizedTest(name = "{0}_isPublishedAsFrozenJson")
  @MethodSource("events")
  void isPublishedAsFrozenJson(String name, GenericDomainEventMessage<Object> event) throws Exception {
    EventEnvelope<?> envelope = mapper.toEnvelope(event);

    assertThat(envelope.aggregateType()).isEqualTo(AggregateTypes.ORDER);
    JSONAssert.assertEquals(
        resource("/publishing/" + name + ".envelope.json"), EnvelopeJson.write(envelope), JSONCompareMode.STRICT);
  }

  @Test
  void anotherAggregatesEvent_hasNoOrderForm() {
    assertThat(new OrderPublishedForms().publishedFormOf("not an order event")).isEmpty();
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = OrderPublishedFormsTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
