package io.shouwei.hazard.it;

import static io.shouwei.hazard.config.AggregateFields.assertSameState;
import static io.shouwei.hazard.it.OrderSteps.applicationBody;
import static io.shouwei.hazard.it.OrderSteps.assertProblem;
import static io.shouwei.hazard.it.OrderSteps.issue;
import static io.shouwei.hazard.it.OrderSteps.issueBody;
import static io.shouwei.hazard.it.OrderSteps.ok;
import static io.shouwei.hazard.it.OrderSteps.reportHazard;
import static io.shouwei.hazard.it.OrderSteps.signOff;
import static org.assertj.core.api.Assertions.assertThat;

import io.shouwei.embedded.DevTokens;
import io.shouwei.embedded.PostgresDatabase;
import io.shouwei.hazard.config.AggregateFields;
import io.shouwei.hazard.config.SnapshotProperties;
import io.shouwei.hazard.config.SnapshotRevisions;
import io.shouwei.hazard.order.OrderStatus;
import io.shouwei.hazard.order.RectificationOrder;
import java.util.List;
import java.util.Map;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.SimpleEventBus;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Snapshots of orders in the running service, on PostgreSQL, with the test profile's threshold of
 * 3 events: the order the service loads from its snapshot equals, field by field, the order
 * replayed from all its events, and decides later commands on the same state.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class OrderSnapshotIT {

  static final PostgresDatabase DB = PostgresDatabase.create("hazard_order_snapshot");
  static final DevTokens TOKENS = DevTokens.generate();

  static final String TOWN = "310115101";
  static final String ENTERPRISE = "ent-s";

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    TestStack.register(registry, DB, TOKENS);
    // applies again at once after a failure; TestClockIT covers the block
    registry.add("shouwei.orders.reapplication-block", () -> "P0D");
  }

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired Configuration axon;
  @Autowired EventStore eventStore;
  @Autowired EventStorageEngine engine;
  @Autowired SnapshotProperties snapshots;

  static String townAgency() {
    return TOKENS.token("inspector-li", List.of("TOWN_AGENCY"), "town-office-101", List.of(TOWN), null);
  }

  static String district() {
    return TOKENS.token("bureau-chen", List.of("DISTRICT_AGENCY"), "district-bureau", List.of(), null);
  }

  static String enterprise() {
    return TOKENS.token("safety-" + ENTERPRISE, List.of("ENTERPRISE"), ENTERPRISE, List.of(), ENTERPRISE);
  }

  Api api() {
    return new Api(port);
  }

  void act(String id, String action, String token, String body) {
    ok(api().exchange("POST", "/api/orders/" + id + "/" + action, token, body));
  }

  @Test
  void anOrder_loadedFromItsSnapshot_isTheOrderItsEventsGive_andDecidesLaterCommandsOnIt() {
    assertThat(snapshots.orderThreshold()).isEqualTo(3);
    String mine = api().registerMine(townAgency(), ENTERPRISE, TOWN, "OPEN_PIT", Api.ORDINARY_PIT_FACTS);
    String hazard = reportHazard(api(), townAgency(), mine);
    signOff(api(), enterprise(), hazard);
    String id = issue(api(), townAgency(), issueBody(mine, "STOP_PRODUCTION", List.of(hazard)));
    act(id, "acknowledgement", enterprise(), null);
    act(id, "resumption-application", enterprise(), applicationBody());
    act(id, "resumption-review", townAgency(), "{\"outcome\": \"FAIL\", \"findings\": \"Drainage unfinished\"}");
    act(id, "resumption-application", enterprise(), applicationBody());
    act(id, "resumption-review", townAgency(), "{\"outcome\": \"PASS\"}");
    act(id, "resumption-decision", district(), "{\"decision\": \"REJECT\", \"reason\": \"Report unsigned\"}");

    Map<String, Object> snapshot = latestSnapshot(id);
    assertThat(snapshot).as("a snapshot row").isNotNull();
    assertThat(snapshot.get("payloadrevision"))
        .isEqualTo(new SnapshotRevisions(List.of(RectificationOrder.class)).revisionOf(RectificationOrder.class));
    DomainEventStream stream = eventStore.readEvents(id);
    assertThat(stream.peek().getPayloadType()).isEqualTo(RectificationOrder.class);
    RectificationOrder loaded = loadedByTheService(id);
    assertSameState(loaded, replayedFromAllEvents(id));
    assertThat(AggregateFields.of(loaded))
        .containsEntry("status", OrderStatus.IN_FORCE)
        .containsEntry("acknowledged", true)
        .containsEntry("stopTookEffect", true)
        .containsEntry("applications", 2);

    assertProblem(api().exchange("POST", "/api/orders/" + id + "/acknowledgement", enterprise(), null),
        409, "invalid-state-transition");
    act(id, "resumption-application", enterprise(), applicationBody());
    assertThat(ok(api().get("/api/orders/" + id, district())).get("resumption").get("application").asInt())
        .as("counted on from the snapshot's applications").isEqualTo(3);
    act(id, "resumption-review", townAgency(), "{\"outcome\": \"PASS\"}");
    act(id, "resumption-decision", district(), "{\"decision\": \"APPROVE\"}");

    assertSameState(loadedByTheService(id), replayedFromAllEvents(id));
    assertThat(AggregateFields.of(loadedByTheService(id))).containsEntry("status", OrderStatus.LIFTED);
    assertThat(ok(api().get("/api/orders/" + id + "/integrity", district())).get("intact").asBoolean()).isTrue();
  }

  Map<String, Object> latestSnapshot(String id) {
    return jdbc.queryForList(
            "SELECT sequencenumber, payloadtype, payloadrevision FROM snapshotevententry"
                + " WHERE aggregateidentifier = ? ORDER BY sequencenumber DESC", id)
        .stream().findFirst().orElse(null);
  }

  /** The order as the service loads it to handle a command (from its snapshot when there is one). */
  RectificationOrder loadedByTheService(String id) {
    UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
    try {
      return axon.repository(RectificationOrder.class).load(id).invoke(aggregate -> aggregate);
    } finally {
      unitOfWork.rollback();
    }
  }

  /** The order replayed from all its stored events, no snapshot. */
  RectificationOrder replayedFromAllEvents(String id) {
    DomainEventStream events = engine.readEvents(id, 0);
    RectificationOrder root =
        new GenericAggregateFactory<>(RectificationOrder.class).createAggregateRoot(id, events.peek());
    EventSourcedAggregate<RectificationOrder> aggregate =
        EventSourcedAggregate.initialize(
            root, AnnotatedAggregateMetaModelFactory.inspectAggregate(RectificationOrder.class),
            SimpleEventBus.builder().build(), NoSnapshotTriggerDefinition.TRIGGER);
    aggregate.initializeState(events);
    return aggregate.getAggregateRoot();
  }
}
