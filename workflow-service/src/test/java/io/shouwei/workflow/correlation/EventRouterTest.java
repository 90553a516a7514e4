package io.shouwei.workflow.correlation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.shouwei.contracts.EventEnvelope;
import io.shouwei.contracts.hazard.HazardReported;
import io.shouwei.platform.correlation.CorrelationId;
import io.shouwei.workflow.process.CorrelationOutcome;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

class EventRouterTest {

  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final EventEnvelopeReader reader = new EventEnvelopeReader(Jackson2ObjectMapperBuilder.json().build());
  private final RecordingHandler hazardReported = new RecordingHandler();

  @AfterEach
  void clearMdc() {
    MDC.clear();
  }

  @Test
  void hazardReported_goesToItsHandler_withTheEventsCorrelationIdInTheMdc() {
    EventRouter.Routed routed = router(List.of(hazardReported)).route(Envelopes.hazardReported());

    assertThat(hazardReported.events).singleElement().satisfies(e -> {
      assertThat(e.payload().hazardId()).isEqualTo(Envelopes.HAZARD_ID);
      assertThat(e.aggregateId()).isEqualTo(Envelopes.HAZARD_ID);
    });
    assertThat(hazardReported.correlationIds).containsExactly("corr-42");
    assertThat(MDC.get(CorrelationId.MDC_KEY)).as("MDC cleared after handling").isNull();
    assertThat(meters.find(SkippedEvents.METER).counters()).isEmpty();
    assertThat(routed.outcome()).isEqualTo(CorrelationOutcome.APPLIED);
    assertThat(routed.event().aggregateId()).isEqualTo(Envelopes.HAZARD_ID);
  }

  @Test
  void unknownType_isSkippedAndCounted() {
    EventRouter router = router(List.of(hazardReported));

    router.route(Envelopes.envelope("PondInspected", 1, "{\"pondId\":\"p-1\"}"));
    router.route(Envelopes.envelope("PondInspected", 1, "{\"pondId\":\"p-2\"}"));

    assertThat(hazardReported.events).isEmpty();
    assertThat(skipped("PondInspected", SkippedEvents.UNKNOWN_TYPE).count()).isEqualTo(2.0);
  }

  @Test
  void knownTypeWithoutHandler_isSkippedAndCountedAsNotHandled() {
    EventRouter.Routed routed = router(List.of()).route(Envelopes.hazardReported());

    assertThat(skipped("HazardReported", SkippedEvents.NOT_HANDLED).count()).isEqualTo(1.0);
    assertThat(routed.outcome()).isNull();
  }

  @Test
  void unreadableValue_reachesTheCaller_andNoHandler() {
    EventRouter router = router(List.of(hazardReported));

    assertThatThrownBy(() -> router.route("garbage")).isInstanceOf(UnreadableEventException.class);
    assertThat(hazardReported.events).isEmpty();
  }

  @Test
  void failingHandler_stillClearsTheMdc() {
    EventHandler<HazardReported> failing = new RecordingHandler() {
      @Override
      public CorrelationOutcome handle(EventEnvelope<HazardReported> event) {
        throw new IllegalStateException("database away");
      }
    };

    assertThatThrownBy(() -> router(List.of(failing)).route(Envelopes.hazardReported()))
        .hasMessage("database away");
    assertThat(MDC.get(CorrelationId.MDC_KEY)).isNull();
  }

  private EventRouter router(List<EventHandler<?>> handlers) {
    return new EventRouter(reader, handlers, new SkippedEvents(meters));
  }

  private Counter skipped(String type, String reason) {
    Counter counter = meters.find(SkippedEvents.METER).tag("type", type).tag("reason", reason).counter();
    assertThat(counter).as("counter for %s/%s", type, reason).isNotNull();
    return counter;
  }

  private static class RecordingHandler implements EventHandler<HazardReported> {
    final List<EventEnvelope<HazardReported>> events = new ArrayList<>();
    final List<String> correlationIds = new ArrayList<>();

    @Override
    public Class<HazardReported> payloadType() {
      return HazardReported.class;
    }

    @Override
    public CorrelationOutcome handle(EventEnvelope<HazardReported> event) {
      events.add(event);
      correlationIds.add(MDC.get(CorrelationId.MDC_KEY));
      return CorrelationOutcome.APPLIED;
    }
  }
}
