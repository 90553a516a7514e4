package io.shouwei.reporting.ingest;

import static io.shouwei.reporting.HazardEvents.classified;
import static io.shouwei.reporting.HazardEvents.completed;
import static io.shouwei.reporting.HazardEvents.hazardEvent;
import static io.shouwei.reporting.HazardEvents.json;
import static io.shouwei.reporting.HazardEvents.newHazardId;
import static io.shouwei.reporting.HazardEvents.planned;
import static io.shouwei.reporting.HazardEvents.progress;
import static io.shouwei.reporting.HazardEvents.reported;
import static io.shouwei.reporting.HazardEvents.signedOff;
import static io.shouwei.reporting.HazardEvents.started;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.shouwei.contracts.AggregateTypes;
import io.shouwei.contracts.EventEnvelope;
import io.shouwei.contracts.hazard.HazardLevel;
import io.shouwei.contracts.hazard.RectificationPlanned;
import io.shouwei.embedded.MongoWireServer;
import io.shouwei.reporting.HazardEvents;
import io.shouwei.reporting.ingest.EventRouter.Outcome;
import io.shouwei.reporting.projection.HazardDocument;
import io.shouwei.reporting.projection.HazardProjection;
import io.shouwei.reporting.projection.HazardStatus;
import io.shouwei.reporting.projection.HazardStore;
import io.shouwei.reporting.projection.HeldEvents;
import io.shouwei.reporting.projection.MineStore;
import io.shouwei.reporting.projection.ReadModelCollections;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * The router over the real stores, on an in-memory server of the MongoDB wire protocol in this
 * JVM: records in any order, any number of times, end in the documents of the events in order.
 */
class EventRouterTest {

  private static MongoWireServer server;
  private static MongoClient client;
  private static MongoDatabase database;

  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final HazardStore hazards = new HazardStore(ReadModelCollections.first(database));
  private final HeldEvents held = new HeldEvents(ReadModelCollections.first(database));
  private final EventRouter router =
      new EventRouter(
          List.of(hazards, new MineStore(ReadModelCollections.first(database), hazards)),
          held,
          new EnvelopeParser(Jackson2ObjectMapperBuilder.json().build()),
          meters);

  @BeforeAll
  static void start() {
    server = MongoWireServer.inMemory();
    client = MongoClients.create(server.connectionString("router"));
    database = client.getDatabase("router");
  }

  @AfterAll
  static void stop() {
    client.close();
    server.close();
  }

  @Test
  void knownType_goesToItsReadModel() {
    String id = newHazardId();

    assertThat(router.route(json(reported(id, "ent-1", "town-1")))).isEqualTo(Outcome.APPLIED);

    assertThat(hazards.find(id)).hasValueSatisfying(h -> assertThat(h.status()).isEqualTo(HazardStatus.REPORTED));
    assertThat(meters.find(EventRouter.SKIPPED_METRIC).counters()).isEmpty();
  }

  @Test
  void duplicate_isSkipped_andCountedAsAlreadyApplied() {
    String id = newHazardId();
    byte[] report = json(reported(id, "ent-1", "town-1"));
    byte[] plan = json(hazardEvent(id, 1, planned(id)));
    router.route(report);
    router.route(plan);

    assertThat(router.route(report)).isEqualTo(Outcome.SKIPPED_ALREADY_APPLIED);
    assertThat(router.route(plan)).isEqualTo(Outcome.SKIPPED_ALREADY_APPLIED);

    assertThat(skipped("HazardReported", EventRouter.ALREADY_APPLIED)).isEqualTo(1);
    assertThat(skipped("RectificationPlanned", EventRouter.ALREADY_APPLIED)).isEqualTo(1);
    assertThat(hazards.find(id).orElseThrow().lastSequence()).isEqualTo(1);
  }

  @Test
  void eventAfterAGap_isHeld_andAppliedInOrderWhenTheGapIsFilled() {
    String id = newHazardId();
    router.route(json(reported(id, "ent-1", "town-1")));

    assertThat(router.route(json(hazardEvent(id, 3, progress(id, 40))))).isEqualTo(Outcome.HELD);
    assertThat(router.route(json(hazardEvent(id, 2, started(id))))).isEqualTo(Outcome.HELD);
    assertThat(hazards.find(id).orElseThrow().status()).isEqualTo(HazardStatus.REPORTED);
    assertThat(held.find(AggregateTypes.HAZARD, id, 3)).isPresent();

    assertThat(router.route(json(hazardEvent(id, 1, planned(id))))).isEqualTo(Outcome.APPLIED);

    HazardDocument h = hazards.find(id).orElseThrow();
    assertThat(h.lastSequence()).isEqualTo(3);
    assertThat(h.status()).isEqualTo(HazardStatus.RECTIFYING);
    assertThat(h.progressPercent()).isEqualTo(40);
    assertThat(held.find(AggregateTypes.HAZARD, id, 2)).isEmpty();
    assertThat(held.find(AggregateTypes.HAZARD, id, 3)).isEmpty();
    assertThat(counted(EventRouter.HELD_METRIC, "RectificationStarted")).isEqualTo(1);
  }

  @Test
  void heldEvent_redeliveredBeforeTheGapIsFilled_isHeldOnce_andAfterwardsIsADuplicate() {
    String id = newHazardId();
    byte[] plan = json(hazardEvent(id, 1, planned(id)));
    long heldBefore = held.count();

    assertThat(router.route(plan)).isEqualTo(Outcome.HELD);
    assertThat(router.route(plan)).isEqualTo(Outcome.HELD);
    assertThat(held.count()).isEqualTo(heldBefore + 1);

    router.route(json(reported(id, "ent-1", "town-1")));

    assertThat(hazards.find(id).orElseThrow().status()).isEqualTo(HazardStatus.PLANNED);
    assertThat(held.count()).isEqualTo(heldBefore);
    assertThat(router.route(plan)).isEqualTo(Outcome.SKIPPED_ALREADY_APPLIED);
  }

  @Test
  void anyOrderWithDuplicates_endsInTheDocumentOfTheEventsInOrder() {
    Random random = new Random(20260302);
    for (int round = 0; round < 20; round++) {
      String id = newHazardId();
      List<EventEnvelope<?>> history =
          List.of(reported(id, "ent-1", "town-1"), hazardEvent(id, 1, classified(id, HazardLevel.MAJOR, List.of("OP-08.1"))),
              hazardEvent(id, 2, planned(id)), hazardEvent(id, 3, started(id)), hazardEvent(id, 4, progress(id, 60)),
              hazardEvent(id, 5, completed(id)), hazardEvent(id, 6, signedOff(id)));
      HazardDocument expected = null;
      for (EventEnvelope<?> event : history) {
        expected = HazardProjection.apply(expected, event);
      }
      List<byte[]> deliveries = new ArrayList<>();
      history.forEach(e -> deliveries.add(json(e)));
      for (int i = 0; i < 3; i++) {
        deliveries.add(json(history.get(random.nextInt(history.size()))));
      }
      Collections.shuffle(deliveries, random);

      deliveries.forEach(router::route);

      assertThat(hazards.find(id)).as("round %d", round).contains(expected);
      for (long sequence = 0; sequence < history.size(); sequence++) {
        assertThat(held.find(AggregateTypes.HAZARD, id, sequence)).isEmpty();
      }
    }
  }

  @Test
  void amountOfMoney_staysExactToTheCent_throughTheRecord() {
    String id = newHazardId();
    var plan = planned(id);
    var exact =
        new RectificationPlanned(id, plan.measures(), new RectificationPlanned.Funds(new BigDecimal("12345678901234567.10"), "budget"),
            plan.deadline(), plan.responsibility(), plan.contingencyPlan(), plan.plannedAt());
    router.route(json(reported(id, "ent-1", "town-1")));

    router.route(json(hazardEvent(id, 1, exact)));

    assertThat(hazards.find(id).orElseThrow().plan().fundsCny()).isEqualTo(new BigDecimal("12345678901234567.10"));
  }

  @Test
  void unknownTypeOfAKnownAggregate_isSkippedAndCounted_butTakesItsPlaceInTheSequence() {
    String id = newHazardId();
    router.route(json(reported(id, "ent-1", "town-1")));
    byte[] unknown = json(HazardEvents.envelope(id, 1, "HazardPhotographed", Map.of("photo", "p-1")));

    assertThat(router.route(json(hazardEvent(id, 2, planned(id))))).isEqualTo(Outcome.HELD);
    assertThat(router.route(unknown)).isEqualTo(Outcome.SKIPPED_UNKNOWN_TYPE);

    HazardDocument h = hazards.find(id).orElseThrow();
    assertThat(h.lastSequence()).isEqualTo(2);
    assertThat(h.status()).isEqualTo(HazardStatus.PLANNED);
    assertThat(skipped("HazardPhotographed", EventRouter.UNKNOWN_TYPE)).isEqualTo(1);
  }

  @Test
  void unknownType_isSkipped_andCountedWithItsType() {
    byte[] value = json(HazardEvents.envelope("RectificationOrder", "ord-1", 4, "OrderRelabelled", Map.of("label", "x")));
    byte[] opening = json(HazardEvents.envelope(newHazardId(), 0, "HazardDreamt", Map.of()));

    assertThat(router.route(value)).isEqualTo(Outcome.SKIPPED_UNKNOWN_TYPE);
    router.route(value);
    assertThat(router.route(opening)).isEqualTo(Outcome.SKIPPED_UNKNOWN_TYPE);

    assertThat(skipped("OrderRelabelled", EventRouter.UNKNOWN_TYPE)).isEqualTo(2);
    assertThat(skipped("HazardDreamt", EventRouter.UNKNOWN_TYPE)).isEqualTo(1);
  }

  @Test
  void knownTypeUnderAnotherAggregateType_isMalformed() {
    String id = newHazardId();
    byte[] value = json(HazardEvents.envelope(AggregateTypes.MINE, id, 0, "HazardReported", HazardEvents.payload(id, "e", "t")));

    assertThatThrownBy(() -> router.route(value))
        .isInstanceOf(MalformedEventException.class)
        .hasMessage("HazardReported is an event of Hazard, not of Mine");
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
  }

  @Test
  void knownTypeWithAPayloadOfAnotherShape_isMalformed() {
    String id = newHazardId();
    ObjectNode envelope = tree(reported(id, "ent-1", "town-1"));
    ((ObjectNode) envelope.get("payload")).put("discoveredAt", "last tuesday");

    assertThatThrownBy(() -> router.route(json(envelope)))
        .isInstanceOf(MalformedEventException.class)
        .hasMessageContaining("is not a HazardReported");
    assertThat(hazards.find(id)).isEmpty();
  }

  @Test
  void knownTypeWithANullPayload_isMalformed() {
    String id = newHazardId();
    ObjectNode envelope = tree(reported(id, "ent-1", "town-1"));
    envelope.putNull("payload");

    assertThatThrownBy(() -> router.route(json(envelope))).isInstanceOf(MalformedEventException.class);
    assertThat(hazards.find(id)).isEmpty();
  }

  private double skipped(String type, String reason) {
    Counter counter = meters.find(EventRouter.SKIPPED_METRIC).tag("type", type).tag("reason", reason).counter();
    return counter == null ? 0 : counter.count();
  }

  private double counted(String metric, String type) {
    Counter counter = meters.find(metric).tag("type", type).counter();
    return counter == null ? 0 : counter.count();
  }

  private static ObjectNode tree(Object value) {
    return HazardEvents.JSON.valueToTree(value);
  }
}
