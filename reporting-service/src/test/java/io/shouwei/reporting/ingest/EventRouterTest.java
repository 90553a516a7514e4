package io.shouwei.reporting.ingest;

import static io.shouwei.reporting.HazardEvents.json;
import static io.shouwei.reporting.HazardEvents.reported;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.shouwei.contracts.EventEnvelope;
import io.shouwei.contracts.hazard.HazardReported;
import io.shouwei.reporting.HazardEvents;
import io.shouwei.reporting.ingest.EventRouter.Outcome;
import io.shouwei.reporting.projection.ApplyResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

class EventRouterTest {

  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final List<EventEnvelope<HazardReported>> projected = new ArrayList<>();
  private ApplyResult nextResult = ApplyResult.APPLIED;

  private final EventRouter router =
      new EventRouter(
          List.of(
              EventRoute.of(
                  HazardReported.class,
                  event -> {
                    projected.add(event);
                    return nextResult;
                  })),
          new EnvelopeParser(Jackson2ObjectMapperBuilder.json().build()),
          meters);

  @Test
  void knownType_goesToItsProjection_withTheTypedPayload() {
    EventEnvelope<HazardReported> event = reported("hz-1", "ent-1", "town-1");

    assertThat(router.route(json(event))).isEqualTo(Outcome.APPLIED);

    assertThat(projected).containsExactly(event);
    assertThat(meters.find(EventRouter.SKIPPED_METRIC).counters()).isEmpty();
  }

  @Test
  void unknownType_isSkipped_andCountedWithItsType() {
    byte[] value = json(HazardEvents.envelope("mine-1", 4, "MineRelabelled", Map.of("label", "North pit")));

    assertThat(router.route(value)).isEqualTo(Outcome.SKIPPED_UNKNOWN_TYPE);
    router.route(value);

    assertThat(projected).isEmpty();
    assertThat(skipped("MineRelabelled", EventRouter.UNKNOWN_TYPE)).isEqualTo(2);
  }

  @Test
  void eventTheProjectionAlreadyHolds_isCountedAsSkipped() {
    nextResult = ApplyResult.ALREADY_APPLIED;

    assertThat(router.route(json(reported("hz-1", "ent-1", "town-1")))).isEqualTo(Outcome.SKIPPED_ALREADY_APPLIED);

    assertThat(skipped("HazardReported", EventRouter.ALREADY_APPLIED)).isEqualTo(1);
  }

  @Test
  void valueThatIsNotJson_isMalformed() {
    assertThatThrownBy(() -> router.route("{\"eventId\": oops".getBytes(UTF_8)))
        .isInstanceOf(MalformedEventException.class)
        .hasMessageStartingWith("the value is not JSON");
    assertThatThrownBy(() -> router.route(new byte[0])).isInstanceOf(MalformedEventException.class);
    assertThatThrownBy(() -> router.route("[1, 2]".getBytes(UTF_8)))
        .isInstanceOf(MalformedEventException.class)
        .hasMessage("the value is not a JSON object");
  }

  @Test
  void envelopeWithoutSequence_isMalformed() {
    ObjectNode envelope = tree(reported("hz-1", "ent-1", "town-1"));
    envelope.remove("sequence");

    assertThatThrownBy(() -> router.route(json(envelope)))
        .isInstanceOf(MalformedEventException.class)
        .hasMessage("the envelope has no integer sequence");
  }

  @Test
  void envelopeThatBreaksItsRules_isMalformed_withTheRuleAsReason() {
    ObjectNode envelope = tree(reported("hz-1", "ent-1", "town-1"));
    envelope.put("aggregateId", " ");

    assertThatThrownBy(() -> router.route(json(envelope)))
        .isInstanceOf(MalformedEventException.class)
        .hasMessageContaining("aggregateId must not be blank");
    assertThat(projected).isEmpty();
  }

  @Test
  void knownTypeWithAPayloadOfAnotherShape_isMalformed() {
    ObjectNode envelope = tree(reported("hz-1", "ent-1", "town-1"));
    ((ObjectNode) envelope.get("payload")).put("discoveredAt", "last tuesday");

    assertThatThrownBy(() -> router.route(json(envelope)))
        .isInstanceOf(MalformedEventException.class)
        .hasMessageContaining("is not a HazardReported");
    assertThat(projected).isEmpty();
  }

  @Test
  void knownTypeWithANullPayload_isMalformed() {
    ObjectNode envelope = tree(reported("hz-1", "ent-1", "town-1"));
    envelope.putNull("payload");

    assertThatThrownBy(() -> router.route(json(envelope))).isInstanceOf(MalformedEventException.class);
    assertThat(projected).isEmpty();
  }

  private double skipped(String type, String reason) {
    Counter counter = meters.find(EventRouter.SKIPPED_METRIC).tag("type", type).tag("reason", reason).counter();
    return counter == null ? 0 : counter.count();
  }

  private static ObjectNode tree(Object value) {
    return HazardEvents.JSON.valueToTree(value);
  }
}
