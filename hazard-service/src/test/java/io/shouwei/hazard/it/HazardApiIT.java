package io.shouwei.hazard.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.shouwei.contracts.Role;
import io.shouwei.embedded.DevTokens;
import io.shouwei.embedded.PostgresDatabase;
import io.shouwei.hazard.config.MetadataKeys;
import io.shouwei.hazard.hazard.api.ActingAs;
import io.shouwei.hazard.hazard.api.FiveItemPlan;
import io.shouwei.hazard.hazard.api.HazardReportedEvent;
import io.shouwei.hazard.hazard.api.PlanRectificationCommand;
import io.shouwei.hazard.hazard.upcasting.Revision1Report;
import io.shouwei.hazard.publishing.KafkaForwarder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The hazard API end to end: HTTP, the mine a hazard is reported on, the decision table, the
 * number counter, the aggregate, the JDBC store on PostgreSQL, the view, Kafka.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@AutoConfigureObservability(tracing = false)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class HazardApiIT {

  static final PostgresDatabase DB = PostgresDatabase.create("hazard");
  static final DevTokens TOKENS = DevTokens.generate();

  static final String ENTERPRISE_A = "ent-a";
  static final String ENTERPRISE_B = "ent-b";
  static final String TOWN = "310115101";

  /** An open pit of enterprise A in {@link #TOWN} whose facts meet no criterion; registered once. */
  static String ordinaryPit;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    TestStack.register(registry, DB, TOKENS);
  }

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired JdbcTemplate jdbc;
  @Autowired EventProcessingConfiguration processing;
  @Autowired EventStore eventStore;
  @Autowired CommandGateway commands;

  Api api() {
    return new Api(port);
  }

  static String townAgency() {
    return TOKENS.token("inspector-li", List.of("TOWN_AGENCY"), "town-office-101", List.of(TOWN), null);
  }

  static String district() {
    return TOKENS.token("bureau-chen", List.of("DISTRICT_AGENCY"), "district-bureau", List.of(), null);
  }

  static String enterprise(String enterpriseId) {
    return TOKENS.token("safety-" + enterpriseId, List.of("ENTERPRISE"), enterpriseId, List.of(), enterpriseId);
  }

  static String auditor() {
    return TOKENS.token("auditor-wang", List.of("AUDITOR"), "audit-office", List.of(), null);
  }

  String ordinaryPit() {
    if (ordinaryPit == null) {
      ordinaryPit = api().registerMine(district(), ENTERPRISE_A, TOWN, "OPEN_PIT", Api.ORDINARY_PIT_FACTS);
    }
    return ordinaryPit;
  }

  HttpResponse<String> report(String token, String body) {
    return api().post("/api/hazards", token, null, body);
  }

  /** Reports on the mine; answers the 201 body. */
  JsonNode reported(String token, String mineId, String more) {
    HttpResponse<String> response = report(token, Api.reportBody(mineId, "Crack", more));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return Api.json(response);
  }

  String reportAs(String token) {
    return reported(token, ordinaryPit(), "").get("id").asText();
  }

  long storedEvents() {
    return jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
  }

  long viewRows() {
    return jdbc.queryForObject("SELECT count(*) FROM hazard_view", Long.class);
  }

  static JsonNode assertProblem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(Api.contentType(response)).startsWith("application/problem+json");
    JsonNode problem = Api.json(response);
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    return problem;
  }

  static int sequenceOf(String number) {
    return Integer.parseInt(number.substring(number.lastIndexOf('-') + 1));
  }

  static int yearInShanghai(JsonNode hazard) {
    return Instant.parse(hazard.get("reportedAt").asText()).atZone(ZoneId.of("Asia/Shanghai")).getYear();
  }

  @Test
  void report_isCreated_readableAtOnce_andPublishedWithActorAndCorrelation() {
    HttpResponse<String> created =
        api().post("/api/hazards", townAgency(), "it-corr-1", Api.reportBody(ordinaryPit(), "北帮台阶坡顶裂缝"));

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode body = Api.json(created);
    String id = body.get("id").asText();
    assertThat(UUID.fromString(id)).isNotNull();
    assertThat(body.get("number").asText()).matches("YH-" + TOWN + "-\\d{4}-\\d{4}");
    assertThat(body.get("suggestedLevel").asText()).isEqualTo("GENERAL");
    assertThat(body.get("matchedCriteria").isArray()).isTrue();
    assertThat(body.get("matchedCriteria").size()).isZero();
    assertThat(created.headers().firstValue("Location")).contains("/api/hazards/" + id);
    assertThat(created.headers().firstValue("X-Correlation-Id")).contains("it-corr-1");

    HttpResponse<String> read = api().get("/api/hazards/" + id, townAgency());
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    JsonNode hazard = Api.json(read);
    assertThat(hazard.get("id").asText()).isEqualTo(id);
    assertThat(hazard.get("number").asText()).isEqualTo(body.get("number").asText());
    assertThat(hazard.get("number").asText()).startsWith("YH-" + TOWN + "-" + yearInShanghai(hazard) + "-");
    assertThat(hazard.get("mineId").asText()).isEqualTo(ordinaryPit());
    assertThat(hazard.get("enterpriseId").asText()).as("from the mine").isEqualTo(ENTERPRISE_A);
    assertThat(hazard.get("townCode").asText()).as("from the mine").isEqualTo(TOWN);
    assertThat(hazard.get("campaignId").isNull()).as("reported outside any campaign").isTrue();
    assertThat(hazard.get("source").asText()).isEqualTo("AGENCY_INSPECTION");
    assertThat(hazard.get("title").asText()).isEqualTo("北帮台阶坡顶裂缝");
    assertThat(hazard.get("status").asText()).isEqualTo("REPORTED");
    assertThat(hazard.get("version").asLong()).isZero();
    assertThat(hazard.get("suggestedLevel").asText()).isEqualTo("GENERAL");
    assertThat(hazard.get("citedCriteria").size()).isZero();
    assertThat(Instant.parse(hazard.get("discoveredAt").asText()))
        .isBefore(Instant.parse(hazard.get("reportedAt").asText()));
    assertThat(hazard.get("reportedBy").get("userId").asText()).isEqualTo("inspector-li");
    assertThat(hazard.get("reportedBy").get("role").asText()).isEqualTo("TOWN_AGENCY");
    assertThat(hazard.get("reportedBy").get("orgId").asText()).isEqualTo("town-office-101");

    List<ConsumerRecord<String, String>> records = EventsTopic.awaitRecords(id, Duration.ofSeconds(60));
    JsonNode envelope = EventsTopic.value(records.get(0));
    assertThat(envelope.get("aggregateType").asText()).isEqualTo("Hazard");
    assertThat(envelope.get("aggregateId").asText()).isEqualTo(id);
    assertThat(envelope.get("sequence").asLong()).isZero();
    assertThat(envelope.get("type").asText()).isEqualTo("HazardReported");
    assertThat(envelope.get("schemaVersion").asInt()).isEqualTo(2);
    assertThat(envelope.get("actor").get("userId").asText()).isEqualTo("inspector-li");
    assertThat(envelope.get("actor").get("role").asText()).isEqualTo("TOWN_AGENCY");
    assertThat(envelope.get("actor").get("orgId").asText()).isEqualTo("town-office-101");
    assertThat(envelope.get("correlationId").asText()).isEqualTo("it-corr-1");
    assertThat(envelope.get("causationId").asText()).isNotBlank().isNotEqualTo(envelope.get("eventId").asText());
    JsonNode payload = envelope.get("payload");
    assertThat(payload.get("hazardId").asText()).isEqualTo(id);
    assertThat(payload.get("number").asText()).isEqualTo(hazard.get("number").asText());
    assertThat(payload.get("enterpriseId").asText()).isEqualTo(ENTERPRISE_A);
    assertThat(payload.get("title").asText()).isEqualTo("北帮台阶坡顶裂缝");
    assertThat(payload.get("suggestedLevel").asText()).isEqualTo("GENERAL");
    assertThat(payload.get("reportedAt").asText()).isEqualTo(hazard.get("reportedAt").asText());
    assertThat(payload.has("facts")).as("the decision input stays internal").isFalse();
  }

  @Test
  void theReportedFacts_overlayTheMines_forTheSuggestion_andCitedCriteriaAreKept() {
    String pit = api().registerMine(district(), ENTERPRISE_A, TOWN, "OPEN_PIT",
        "{\"slopeHeightMetres\": 150, \"onlineSlopeMonitoring\": false}");

    JsonNode general = reported(townAgency(), pit, "");
    JsonNode major = reported(townAgency(), pit,
        "\"facts\": {\"slopeHeightMetres\": 205.5}, \"citedCriteria\": [\"OP-07.1\", \"OP-04\", \"OP-07.1\"]");

    assertThat(general.get("suggestedLevel").asText()).isEqualTo("GENERAL");
    assertThat(major.get("suggestedLevel").asText()).isEqualTo("MAJOR");
    assertThat(major.get("matchedCriteria").findValuesAsText("code")).containsExactly("OP-07.1");
    JsonNode hazard = Api.json(api().get("/api/hazards/" + major.get("id").asText(), townAgency()));
    assertThat(hazard.get("suggestedLevel").asText()).isEqualTo("MAJOR");
    assertThat(hazard.get("suggestedCriteria")).extracting(JsonNode::asText).containsExactly("OP-07.1");
    assertThat(hazard.get("citedCriteria")).extracting(JsonNode::asText).containsExactly("OP-07.1", "OP-04");
    assertThat(hazard.get("level").isNull()).as("a suggestion is not a classification").isTrue();
    assertThat(sequenceOf(major.get("number").asText())).isEqualTo(sequenceOf(general.get("number").asText()) + 1);

    HazardReportedEvent stored = (HazardReportedEvent) eventStore.readEvents(major.get("id").asText())
        .asStream().findFirst().orElseThrow().getPayload();
    assertThat(stored.facts()).containsEntry("slopeHeightMetres", 205.5).containsEntry("onlineSlopeMonitoring", false);
    assertThat(stored.mineType()).hasToString("OPEN_PIT");
  }

  @Test
  void numbers_countPerTown_inTheYearOfReporting() {
    String firstTown = "310115181";
    String secondTown = "310115182";
    String inFirst = api().registerMine(district(), ENTERPRISE_A, firstTown, "OTHER", "{}");
    String inSecond = api().registerMine(district(), ENTERPRISE_B, secondTown, "OTHER", "{}");

    String one = reported(district(), inFirst, "").get("id").asText();
    String two = reported(district(), inFirst, "").get("id").asText();
    String other = reported(district(), inSecond, "").get("id").asText();

    JsonNode first = Api.json(api().get("/api/hazards/" + one, district()));
    JsonNode second = Api.json(api().get("/api/hazards/" + two, district()));
    JsonNode third = Api.json(api().get("/api/hazards/" + other, district()));
    assertThat(first.get("number").asText()).isEqualTo("YH-" + firstTown + "-" + yearInShanghai(first) + "-0001");
    assertThat(second.get("number").asText()).isEqualTo("YH-" + firstTown + "-" + yearInShanghai(second) + "-0002");
    assertThat(third.get("number").asText()).isEqualTo("YH-" + secondTown + "-" + yearInShanghai(third) + "-0001");
  }

  @Test
  void theEventStore_isAxonsJdbcEngineOnPostgres_withEventsAndMetadataAsJson() {
    assertThat(context.getBean(EventStorageEngine.class)).isInstanceOf(JdbcEventStorageEngine.class);
    assertThat(context.getBean(EventStore.class)).isInstanceOf(EmbeddedEventStore.class);
    assertThat(context.getBeansOfType(CorrelationDataProvider.class).keySet())
        .containsExactly("actorCorrelationDataProvider");

    String id = reportAs(townAgency());

    Map<String, Object> row =
        jdbc.queryForMap(
            "SELECT sequencenumber, type, payloadtype, payloadrevision, payload, metadata"
                + " FROM domainevententry WHERE aggregateidentifier = ?", id);
    assertThat(row.get("sequencenumber")).isEqualTo(0L);
    assertThat(row.get("type")).isEqualTo("Hazard");
    assertThat(row.get("payloadtype")).isEqualTo(HazardReportedEvent.class.getName());
    assertThat(row.get("payloadrevision")).isEqualTo("2");
    assertThat(new String((byte[]) row.get("payload"), StandardCharsets.UTF_8)).contains("\"hazardId\":\"" + id + "\"");
    String metadata = new String((byte[]) row.get("metadata"), StandardCharsets.UTF_8);
    assertThat(metadata).contains(
        MetadataKeys.ACTOR_USER_ID, MetadataKeys.ACTOR_ROLE, MetadataKeys.ACTOR_ORG,
        MetadataKeys.CORRELATION_ID, MetadataKeys.CAUSATION_ID, "inspector-li");
    assertThat(metadata).doesNotContain("traceId");
  }

  @Test
  void aReportStoredAsRevision1_isReadAsRevision2_byTheStore_theAggregateAndTheForwarder() {
    String id = "legacy-" + UUID.randomUUID();
    Revision1Report.insert(jdbc, id, ENTERPRISE_A, TOWN, Instant.now().minus(Duration.ofDays(400)));

    HazardReportedEvent reported =
        (HazardReportedEvent) eventStore.readEvents(id).asStream().findFirst().orElseThrow().getPayload();
    assertThat(reported.number()).isEqualTo("YH-LEGACY-" + id);
    assertThat(reported.enterpriseId()).isEqualTo(ENTERPRISE_A);
    assertThat(reported.citedCriteria()).isEmpty();

    commands.sendAndWait(new PlanRectificationCommand(
        id, 0L, new ActingAs(Role.ENTERPRISE, ENTERPRISE_A, Set.of()),
        new FiveItemPlan(List.of("Fence off the crest of bench 4"), null, Instant.now().plus(Duration.ofDays(30)),
            new FiveItemPlan.Responsibility("Wang Qiang", "Mine manager", "North pit"), null),
        Instant.now()));

    assertThat(eventStore.readEvents(id).asStream().map(DomainEventMessage::getSequenceNumber)).containsExactly(0L, 1L);
    assertThat(jdbc.queryForList(
            "SELECT payloadrevision FROM domainevententry WHERE aggregateidentifier = ? ORDER BY sequencenumber",
            String.class, id))
        .as("the stored report is not rewritten")
        .containsExactly("1", "1");
    List<ConsumerRecord<String, String>> records = EventsTopic.awaitRecords(id, 2, Duration.ofSeconds(60));
    JsonNode published = EventsTopic.value(records.get(0));
    assertThat(published.get("type").asText()).isEqualTo("HazardReported");
    assertThat(published.get("schemaVersion").asInt()).isEqualTo(2);
    assertThat(published.get("payload").get("number").asText()).isEqualTo("YH-LEGACY-" + id);
    assertThat(published.get("payload").get("citedCriteria").size()).isZero();
    assertThat(EventsTopic.value(records.get(1)).get("type").asText()).isEqualTo("RectificationPlanned");
  }

  @Test
  void forwarder_startsFromTheBeginningOfTheStore() {
    String id = reportAs(townAgency());
    EventsTopic.awaitRecords(id, Duration.ofSeconds(60));
    StreamingEventProcessor forwarder =
        processing.eventProcessor(KafkaForwarder.PROCESSING_GROUP, StreamingEventProcessor.class).orElseThrow();

    forwarder.shutDown();
    forwarder.resetTokens();
    forwarder.start();

    assertThat(EventsTopic.awaitRecords(id, 2, Duration.ofSeconds(60))).hasSizeGreaterThanOrEqualTo(2);
  }

  /**
   * An event this process did not commit (as another replica would have: a row inserted straight
   * into the store, here a copy of a stored HazardReported as another hazard) is found by the event
   * store's poll and forwarded too.
   */
  @Test
  void forwarder_publishesAnEventAnotherReplicaCommitted() {
    String id = reportAs(townAgency());
    EventsTopic.awaitRecords(id, Duration.ofSeconds(60));
    String other = UUID.randomUUID().toString();

    jdbc.update(
        "INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata, payload,"
            + " payloadrevision, payloadtype, timestamp)"
            + " SELECT ?, sequencenumber, type, ?,"
            + " convert_to(replace(convert_from(metadata, 'UTF8'), aggregateidentifier, ?), 'UTF8'),"
            + " convert_to(replace(convert_from(payload, 'UTF8'), aggregateidentifier, ?), 'UTF8'),"
            + " payloadrevision, payloadtype, timestamp"
            + " FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = 0",
        other, UUID.randomUUID().toString(), other, other, id);

    List<ConsumerRecord<String, String>> records = EventsTopic.awaitRecords(other, Duration.ofSeconds(30));
    assertThat(records).hasSize(1);
    assertThat(EventsTopic.value(records.get(0)).get("type").asText()).isEqualTo("HazardReported");
    assertThat(EventsTopic.value(records.get(0)).get("payload").get("hazardId").asText()).isEqualTo(other);
  }

  @Test
  void withoutToken_isUnauthorizedProblem() {
    HttpResponse<String> response = report(null, Api.reportBody(ordinaryPit(), "x"));

    assertProblem(response, 401);
    assertThat(Api.json(response).get("type").asText()).isEqualTo("https://shouwei.io/problems/unauthenticated");
  }

  @Test
  void auditor_mayReadButNotReport() {
    String id = reportAs(townAgency());
    long before = storedEvents();

    HttpResponse<String> report = report(auditor(), Api.reportBody(ordinaryPit(), "x"));

    assertProblem(report, 403);
    assertThat(Api.json(report).get("type").asText()).isEqualTo("https://shouwei.io/problems/forbidden");
    assertThat(storedEvents()).isEqualTo(before);
    assertThat(api().get("/api/hazards/" + id, auditor()).statusCode()).isEqualTo(200);
  }

  @Test
  void anotherEnterprisesHazard_isNotFound_exactlyLikeAMissingOne() {
    String id = reportAs(enterprise(ENTERPRISE_A));
    assertThat(api().get("/api/hazards/" + id, enterprise(ENTERPRISE_A)).statusCode()).isEqualTo(200);

    HttpResponse<String> foreign = api().get("/api/hazards/" + id, enterprise(ENTERPRISE_B));
    String missingId = UUID.randomUUID().toString();
    HttpResponse<String> missing = api().get("/api/hazards/" + missingId, enterprise(ENTERPRISE_B));

    assertProblem(foreign, 404);
    assertProblem(missing, 404);
    JsonNode f = Api.json(foreign);
    JsonNode m = Api.json(missing);
    assertThat(f.get("type")).isEqualTo(m.get("type"));
    assertThat(f.get("title")).isEqualTo(m.get("title"));
    assertThat(f.get("detail").asText()).isEqualTo(m.get("detail").asText().replace(missingId, id));
    assertThat(f.size()).isEqualTo(m.size());
  }

  @Test
  void townAgency_doesNotSeeHazardsOfOtherTowns() {
    String id = reportAs(enterprise(ENTERPRISE_A));
    String otherTown = TOKENS.token("inspector-zhao", List.of("TOWN_AGENCY"), "town-office-102", List.of("310115102"), null);

    assertProblem(api().get("/api/hazards/" + id, otherTown), 404);
  }

  @Test
  void superiorCompany_reportsAndReadsForTheEnterprisesOfItsGroup_only() {
    String group = TOKENS.superiorCompanyToken("group-inspector-he", "group-1", List.of(ENTERPRISE_A, "ent-c"));
    String otherGroup = TOKENS.superiorCompanyToken("group-inspector-xu", "group-2", List.of(ENTERPRISE_B));
    String ofOtherGroup = api().registerMine(district(), ENTERPRISE_B, TOWN, "OPEN_PIT", Api.ORDINARY_PIT_FACTS);

    HttpResponse<String> created =
        report(group, Api.reportBody(ordinaryPit(), "Crack").replace("AGENCY_INSPECTION", "SUPERIOR_COMPANY_INSPECTION"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String id = Api.json(created).get("id").asText();
    HttpResponse<String> read = api().get("/api/hazards/" + id, group);
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(Api.json(read).get("source").asText()).isEqualTo("SUPERIOR_COMPANY_INSPECTION");
    assertProblem(api().get("/api/hazards/" + id, otherGroup), 404);
    assertProblem(api().get("/api/mines/" + ordinaryPit(), otherGroup), 404);
    long before = storedEvents();
    assertProblem(report(group, Api.reportBody(ofOtherGroup, "x")), 404);
    assertThat(storedEvents()).isEqualTo(before);
    String withoutGroup = TOKENS.token("group-inspector-ma", List.of("SUPERIOR_COMPANY"), "group-3", List.of(), null);
    assertProblem(api().get("/api/hazards/" + id, withoutGroup), 404);
  }

  @Test
  void reportingOnAForeignMine_isNotFound_exactlyLikeOnAMissingMine_andStoresNothingNorTakesANumber() {
    String otherTown = TOKENS.token("inspector-zhao", List.of("TOWN_AGENCY"), "town-office-102", List.of("310115102"), null);
    String numberBefore = reported(townAgency(), ordinaryPit(), "").get("number").asText();
    long before = storedEvents();
    String missingId = UUID.randomUUID().toString();

    HttpResponse<String> byOtherEnterprise = report(enterprise(ENTERPRISE_B), Api.reportBody(ordinaryPit(), "x"));
    HttpResponse<String> byOtherTown = report(otherTown, Api.reportBody(ordinaryPit(), "x"));
    HttpResponse<String> onMissing = report(enterprise(ENTERPRISE_B), Api.reportBody(missingId, "x"));

    JsonNode foreign = assertProblem(byOtherEnterprise, 404);
    assertProblem(byOtherTown, 404);
    JsonNode missing = assertProblem(onMissing, 404);
    assertThat(foreign.get("type").asText()).isEqualTo("https://shouwei.io/problems/not-found");
    assertThat(foreign.get("type")).isEqualTo(missing.get("type"));
    assertThat(foreign.get("title")).isEqualTo(missing.get("title"));
    assertThat(foreign.get("detail").asText()).isEqualTo(missing.get("detail").asText().replace(missingId, ordinaryPit()));
    assertThat(foreign.size()).isEqualTo(missing.size());
    assertThat(storedEvents()).isEqualTo(before);
    assertThat(sequenceOf(reported(townAgency(), ordinaryPit(), "").get("number").asText()))
        .as("no number was taken for the refused reports")
        .isEqualTo(sequenceOf(numberBefore) + 1);
  }

  @Test
  void reportingOnAClosedMine_isAConflict_andStoresNothing() {
    String pit = api().registerMine(district(), ENTERPRISE_A, TOWN, "OPEN_PIT", Api.ORDINARY_PIT_FACTS);
    assertThat(api().post("/api/mines/" + pit + "/closure", district(), null, "{\"reason\": \"Licence expired.\"}")
        .statusCode()).isEqualTo(200);
    long before = storedEvents();

    HttpResponse<String> response = report(townAgency(), Api.reportBody(pit, "x"));

    JsonNode problem = assertProblem(response, 409);
    assertThat(problem.get("type").asText()).isEqualTo("https://shouwei.io/problems/invalid-state-transition");
    assertThat(problem.get("mineId").asText()).isEqualTo(pit);
    assertThat(problem.get("productionStatus").asText()).isEqualTo("CLOSED");
    assertThat(storedEvents()).isEqualTo(before);
  }

  @Test
  void citingACodeThatIsNoCriterion_isUnprocessable_andStoresNothing() {
    String pit = ordinaryPit();
    long before = storedEvents();

    HttpResponse<String> response =
        report(townAgency(), Api.reportBody(pit, "x", "\"citedCriteria\": [\"OP-07.1\", \"OP-99.9\"]"));

    JsonNode problem = assertProblem(response, 422);
    assertThat(problem.get("type").asText()).isEqualTo("https://shouwei.io/problems/rule-violated");
    assertThat(problem.get("rule").asText()).isEqualTo("UNKNOWN_CRITERION");
    assertThat(problem.get("errors").findValuesAsText("field")).containsExactly("citedCriteria[1]");
    assertThat(storedEvents()).isEqualTo(before);
  }

  @Test
  void malformedCodes_unknownFacts_andFactsOfTheWrongKind_areBadRequests_andStoreNothing() {
    String pit = ordinaryPit();
    long before = storedEvents();

    HttpResponse<String> malformed =
        report(townAgency(), Api.reportBody(pit, "x", "\"citedCriteria\": [\"slope\"]"));
    HttpResponse<String> unknownFact =
        report(townAgency(), Api.reportBody(pit, "x", "\"facts\": {\"benchColour\": 3}"));
    HttpResponse<String> wrongKind =
        report(townAgency(), Api.reportBody(pit, "x", "\"facts\": {\"onlineSlopeMonitoring\": \"no\"}"));

    for (HttpResponse<String> response : List.of(malformed, unknownFact, wrongKind)) {
      assertThat(assertProblem(response, 400).get("type").asText())
          .isEqualTo("https://shouwei.io/problems/invalid-request");
    }
    assertThat(Api.json(malformed).get("errors").findValuesAsText("field")).containsExactly("citedCriteria[0]");
    assertThat(Api.json(unknownFact).get("errors").findValuesAsText("field")).containsExactly("facts.benchColour");
    assertThat(Api.json(wrongKind).get("errors").findValuesAsText("field")).containsExactly("facts.onlineSlopeMonitoring");
    assertThat(storedEvents()).isEqualTo(before);
  }

  @Test
  void badBody_isBadRequestListingTheFields_andStoresNothing() {
    long events = storedEvents();
    long views = viewRows();
    String body = """
        {"source": "AGENCY_INSPECTION", "category": "SLOPE", "title": " ", "description": "d", "location": "l"}
        """;

    HttpResponse<String> response = report(townAgency(), body);

    JsonNode problem = assertProblem(response, 400);
    assertThat(problem.get("type").asText()).isEqualTo("https://shouwei.io/problems/invalid-request");
    assertThat(problem.get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("mineId", "title", "discoveredAt");
    assertThat(storedEvents()).isEqualTo(events);
    assertThat(viewRows()).isEqualTo(views);
  }

  @Test
  void brokenRule_isUnprocessable_andStoresNothing() {
    String pit = ordinaryPit();
    long events = storedEvents();
    String body = Api.reportBody(pit, "x")
        .replaceFirst("\"discoveredAt\": \"[^\"]+\"",
            "\"discoveredAt\": \"" + Instant.now().plus(Duration.ofDays(1)) + "\"");

    HttpResponse<String> response = report(townAgency(), body);

    JsonNode problem = assertProblem(response, 422);
    assertThat(problem.get("type").asText()).isEqualTo("https://shouwei.io/problems/rule-violated");
    assertThat(problem.get("rule").asText()).isEqualTo("DISCOVERED_AFTER_REPORTED");
    assertThat(storedEvents()).isEqualTo(events);
  }

  @Test
  void titleLongerThan200Characters_isUnprocessable() {
    HttpResponse<String> response = report(townAgency(), Api.reportBody(ordinaryPit(), "坡".repeat(201)));

    assertThat(assertProblem(response, 422).get("rule").asText()).isEqualTo("TITLE_TOO_LONG");
  }

  @Test
  void apiDocsAndHealth_needNoToken() {
    assertThat(api().get("/v3/api-docs", null).body()).contains("/api/hazards");
    assertThat(api().get("/actuator/health/readiness", null).statusCode()).isEqualTo(200);
    assertThat(api().get("/actuator/prometheus", null).body()).contains("jvm_memory_used_bytes");
  }
}
