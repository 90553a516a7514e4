package io.shouwei.hazard.it;

import static io.shouwei.hazard.config.AggregateFields.assertSameState;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.shouwei.embedded.DevTokens;
import io.shouwei.embedded.PostgresDatabase;
import io.shouwei.hazard.audit.ChainHeads;
import io.shouwei.hazard.audit.StoredEvent;
import io.shouwei.hazard.audit.StoredEvents;
import io.shouwei.hazard.audit.chain.ChainVerifier;
import io.shouwei.hazard.audit.chain.IntegrityReport;
import io.shouwei.hazard.campaign.Campaign;
import io.shouwei.hazard.campaign.application.CampaignCalendar;
import io.shouwei.hazard.config.AggregateFields;
import io.shouwei.hazard.config.SnapshotProperties;
import io.shouwei.hazard.config.SnapshotRevisions;
import io.shouwei.hazard.hazard.Hazard;
import io.shouwei.hazard.mine.Mine;
import io.shouwei.hazard.mine.MineRuleViolation;
import io.shouwei.hazard.mine.ProductionStatus;
import io.shouwei.hazard.mine.api.ResumeMineCommand;
import io.shouwei.hazard.mine.api.StopMineByOrderCommand;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
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
 * Snapshots in the running service, on PostgreSQL, with the test profile's threshold of 3 events:
 * after a command reaches the threshold a snapshot row is written; the aggregate the service loads
 * (from that snapshot and the events after it) equals, field by field, the aggregate replayed from
 * all its events; commands after the snapshot are decided on the right state; the events' hash
 * chain is untouched.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SnapshotIT {

  static final PostgresDatabase DB = PostgresDatabase.create("hazard_snapshot");
  static final DevTokens TOKENS = DevTokens.generate();

  static final String TOWN = "310115101";
  static final String ENTERPRISE = "ent-s";

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    TestStack.register(registry, DB, TOKENS);
  }

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired CommandGateway commands;
  @Autowired Configuration axon;
  @Autowired EventStore eventStore;
  @Autowired EventStorageEngine engine;
  @Autowired SnapshotProperties snapshots;
  @Autowired StoredEvents stored;
  @Autowired ChainHeads heads;

  static String district() {
    return TOKENS.token("bureau-chen", List.of("DISTRICT_AGENCY"), "district-bureau", List.of(), null);
  }

  static String townAgency() {
    return TOKENS.token("inspector-li", List.of("TOWN_AGENCY"), "town-office-101", List.of(TOWN), null);
  }

  static String enterprise() {
    return TOKENS.token("safety-" + ENTERPRISE, List.of("ENTERPRISE"), ENTERPRISE, List.of(), ENTERPRISE);
  }

  static String auditor() {
    return TOKENS.token("auditor-wang", List.of("AUDITOR"), "audit-office", List.of(), null);
  }

  Api api() {
    return new Api(port);
  }

  @Test
  void aMine_loadedFromItsSnapshot_isTheMineItsEventsGive_andDecidesLaterCommandsOnIt() {
    assertThat(snapshots.mineThreshold()).isEqualTo(3);
    String id = api().registerMine(district(), ENTERPRISE, TOWN, "OPEN_PIT", Api.ORDINARY_PIT_FACTS);
    for (int height : List.of(70, 80, 90)) {
      assertOk(api().exchange("PUT", "/api/mines/" + id + "/facts", district(),
          "{\"slopeHeightMetres\": " + height + ", \"onlineSlopeMonitoring\": true, \"other\": {\"benchCount\": 9}}"));
    }
    commands.sendAndWait(new StopMineByOrderCommand(id, "order-2"));
    commands.sendAndWait(new StopMineByOrderCommand(id, "order-1"));
    commands.sendAndWait(new ResumeMineCommand(id, "order-2"));

    assertThat(latestSnapshot(id)).as("a snapshot row").isNotNull();
    assertThat(latestSnapshot(id).get("payloadrevision")).isEqualTo(new SnapshotRevisions(List.of(Mine.class))
        .revisionOf(Mine.class));
    assertThat(jdbc.queryForObject(
            "SELECT payloadrevision FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = 0",
            String.class, id))
        .as("events keep the revision of their @Revision").isEqualTo("1");
    assertLoadedFromSnapshot(Mine.class, id);
    Mine loaded = loadedByTheService(Mine.class, id);
    assertSameState(loaded, replayedFromAllEvents(Mine.class, id));
    assertThat(AggregateFields.of(loaded))
        .containsEntry("status", ProductionStatus.STOPPED_BY_ORDER)
        .containsEntry("stoppingOrders", Set.of("order-1"))
        .containsEntry("liftedOrders", Set.of("order-2"));

    assertThatThrownBy(() -> commands.sendAndWait(new ResumeMineCommand(id, "order-9")))
        .as("decided on the stopping orders restored from the snapshot")
        .isInstanceOf(MineRuleViolation.class);
    commands.sendAndWait(new ResumeMineCommand(id, "order-2"));
    assertThat(events(id)).as("a lifted order's resumption again changes nothing").isEqualTo(7);
    HttpResponse<String> updated = api().exchange("PUT", "/api/mines/" + id + "/facts", district(),
        "{\"slopeHeightMetres\": 95, \"onlineSlopeMonitoring\": true}", "If-Match", "\"6\"");
    assertOk(updated);
    assertThat(updated.headers().firstValue("ETag")).contains("\"7\"");
    assertThat(Api.json(api().get("/api/mines/" + id, district())).get("facts").get("slopeHeightMetres").asDouble())
        .isEqualTo(95.0);
    commands.sendAndWait(new ResumeMineCommand(id, "order-1"));

    assertSameState(loadedByTheService(Mine.class, id), replayedFromAllEvents(Mine.class, id));
    assertThat(AggregateFields.of(loadedByTheService(Mine.class, id)))
        .containsEntry("status", ProductionStatus.OPERATING);
    assertChainIntact(id, 9);
  }

  @Test
  void aHazard_loadedFromItsSnapshot_isTheHazardItsEventsGive_andDecidesLaterCommandsOnIt() {
    assertThat(snapshots.hazardThreshold()).isEqualTo(3);
    String mine = api().registerMine(district(), ENTERPRISE, TOWN, "OPEN_PIT", Api.ORDINARY_PIT_FACTS);
    HttpResponse<String> reported = api().post("/api/hazards", townAgency(), null, Api.reportBody(mine, "北帮裂缝"));
    assertThat(reported.statusCode()).as(reported.body()).isEqualTo(201);
    String id = Api.json(reported).get("id").asText();
    Instant deadline = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS);

    hazardCommand("PUT", id, "plan", enterprise(), planBody("Fence off bench 4", deadline));
    hazardCommand("PUT", id, "plan", enterprise(), planBody("Fence off benches 3 and 4", deadline));
    hazardCommand("POST", id, "rectification-start", enterprise(), null);
    hazardCommand("POST", id, "progress", enterprise(), progressBody(20));
    hazardCommand("POST", id, "progress", enterprise(), progressBody(40));
    hazardCommand("POST", id, "deadline-extensions", enterprise(),
        "{\"requestedDeadline\": \"%s\", \"reason\": \"Fence delivery delayed\"}"
            .formatted(deadline.plus(Duration.ofDays(14))));
    hazardCommand("POST", id, "deadline-extensions/1/decision", district(), "{\"decision\": \"APPROVE\"}");
    hazardCommand("POST", id, "progress", enterprise(), progressBody(60));
    hazardCommand("POST", id, "completion", enterprise(),
        "{\"evidenceRefs\": [\"photo://fence\"], \"note\": \"Done\"}");
    hazardCommand("POST", id, "verification", district(), "{\"outcome\": \"REJECT\", \"reason\": \"Fence has a gap\"}");
    JsonNode beforeCheck = hazardCommand("POST", id, "progress", enterprise(), progressBody(50));

    assertThat(latestSnapshot(id)).as("a snapshot row").isNotNull();
    assertLoadedFromSnapshot(Hazard.class, id);
    Hazard loaded = loadedByTheService(Hazard.class, id);
    assertSameState(loaded, replayedFromAllEvents(Hazard.class, id));
    assertThat(AggregateFields.of(loaded)).containsEntry("progressPercent", 50)
        .containsEntry("deadline", deadline.plus(Duration.ofDays(14)))
        .containsEntry("extensionRequests", 1);

    HttpResponse<String> backwards = api().exchange("POST", "/api/hazards/" + id + "/progress", enterprise(),
        progressBody(30));
    assertThat(backwards.statusCode()).as("progress does not go back from the snapshot's 50 %").isEqualTo(422);
    JsonNode forwards = hazardCommand("POST", id, "progress", enterprise(), progressBody(70));
    assertThat(forwards.get("version").asLong()).isEqualTo(beforeCheck.get("version").asLong() + 1);
    assertSameState(loadedByTheService(Hazard.class, id), replayedFromAllEvents(Hazard.class, id));

    long count = events(id);
    assertChainIntact(id, count);
    JsonNode integrity = Api.json(api().get("/api/hazards/" + id + "/integrity", auditor()));
    assertThat(integrity.get("intact").asBoolean()).isTrue();
    assertThat(integrity.get("events").asLong()).isEqualTo(count);
  }

  @Test
  void aCampaign_loadedFromItsSnapshot_isTheCampaignItsEventsGive_andDecidesLaterCommandsOnIt() {
    assertThat(snapshots.campaignThreshold()).isEqualTo(3);
    LocalDate today = CampaignCalendar.today(Clock.systemUTC());
    HttpResponse<String> launched = api().post("/api/campaigns", district(), null, CampaignApiIT.body(today));
    assertThat(launched.statusCode()).as(launched.body()).isEqualTo(201);
    String id = Api.json(launched).get("id").asText();
    campaignCommand(id, "report-due-date", "{\"reportDueDate\": \"%s\"}".formatted(today.plusDays(45)));
    campaignCommand(id, "phases/SUMMARY",
        "{\"startDate\": \"%s\", \"endDate\": \"%s\"}".formatted(today.plusDays(22), today.plusDays(38)));
    campaignCommand(id, "report-due-date", "{\"reportDueDate\": \"%s\"}".formatted(today.plusDays(50)));
    campaignCommand(id, "phases/SUMMARY",
        "{\"startDate\": \"%s\", \"endDate\": \"%s\"}".formatted(today.plusDays(23), today.plusDays(45)));

    assertThat(latestSnapshot(id)).as("a snapshot row").isNotNull();
    assertLoadedFromSnapshot(Campaign.class, id);
    assertSameState(loadedByTheService(Campaign.class, id), replayedFromAllEvents(Campaign.class, id));
    assertThat(AggregateFields.of(loadedByTheService(Campaign.class, id)))
        .containsEntry("reportDueDate", today.plusDays(50));

    HttpResponse<String> overlapping = api().exchange("PUT", "/api/campaigns/" + id + "/phases/CONCENTRATED_PUSH",
        district(), "{\"startDate\": \"%s\", \"endDate\": \"%s\"}".formatted(today, today.plusDays(23)));
    assertThat(overlapping.statusCode()).as("decided on the summary restored from the snapshot").isEqualTo(422);
    campaignCommand(id, "phases/CONCENTRATED_PUSH",
        "{\"startDate\": \"%s\", \"endDate\": \"%s\"}".formatted(today, today.plusDays(22)));
    assertSameState(loadedByTheService(Campaign.class, id), replayedFromAllEvents(Campaign.class, id));
    assertChainIntact(id, 6);
  }

  void campaignCommand(String id, String action, String body) {
    assertOk(api().exchange("PUT", "/api/campaigns/" + id + "/" + action, district(), body));
  }

  JsonNode hazardCommand(String method, String id, String action, String token, String body) {
    HttpResponse<String> response = api().exchange(method, "/api/hazards/" + id + "/" + action, token, body);
    assertThat(response.statusCode()).as(method + " " + action + ": " + response.body()).isBetween(200, 201);
    return Api.json(response);
  }

  static String planBody(String measure, Instant deadline) {
    return """
        {"measures": ["%s"], "deadline": "%s",
         "responsibility": {"person": "Wang Qiang", "position": "Mine manager", "unit": "North pit operations"}}
        """.formatted(measure, deadline);
  }

  static String progressBody(int percent) {
    return "{\"note\": \"Fence posts set\", \"percent\": %d, \"evidenceRefs\": [\"photo://posts\"]}".formatted(percent);
  }

  static void assertOk(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }

  Map<String, Object> latestSnapshot(String id) {
    return jdbc.queryForList(
            "SELECT sequencenumber, payloadtype, payloadrevision FROM snapshotevententry"
                + " WHERE aggregateidentifier = ? ORDER BY sequencenumber DESC", id)
        .stream().findFirst().orElse(null);
  }

  long events(String id) {
    return jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?", Long.class, id);
  }

  /** What the service's repository reads first is the snapshot, not the first event. */
  void assertLoadedFromSnapshot(Class<?> type, String id) {
    DomainEventStream stream = eventStore.readEvents(id);
    assertThat(stream.peek().getPayloadType()).isEqualTo(type);
    assertThat(stream.peek().getSequenceNumber())
        .isEqualTo(((Number) latestSnapshot(id).get("sequencenumber")).longValue());
  }

  /** The aggregate as the service loads it to handle a command (from its snapshot when there is one). */
  <A> A loadedByTheService(Class<A> type, String id) {
    UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
    try {
      return axon.repository(type).load(id).invoke(aggregate -> aggregate);
    } finally {
      unitOfWork.rollback();
    }
  }

  /** The aggregate replayed from all its stored events (upcast as the store reads them), no snapshot. */
  <A> A replayedFromAllEvents(Class<A> type, String id) {
    DomainEventStream events = engine.readEvents(id, 0);
    A root = new GenericAggregateFactory<>(type).createAggregateRoot(id, events.peek());
    EventSourcedAggregate<A> aggregate =
        EventSourcedAggregate.initialize(
            root, AnnotatedAggregateMetaModelFactory.inspectAggregate(type), SimpleEventBus.builder().build(),
            NoSnapshotTriggerDefinition.TRIGGER);
    aggregate.initializeState(events);
    assertThat(aggregate.version()).isEqualTo(events(id) - 1);
    return aggregate.getAggregateRoot();
  }

  /** The events are chained as always; snapshots are not among them. */
  void assertChainIntact(String id, long count) {
    List<StoredEvent> events = stored.of(id);
    IntegrityReport report = ChainVerifier.verify(events.stream().map(StoredEvent::link).toList(), heads.find(id));
    assertThat(report.intact()).as(String.valueOf(report.reason())).isTrue();
    assertThat(report.events()).isEqualTo(count);
    assertThat(events).extracting(StoredEvent::payloadType)
        .doesNotContain(Mine.class.getName(), Hazard.class.getName(), Campaign.class.getName());
    assertThat(events(id)).isEqualTo(count);
  }
}
