package io.shouwei.hazard.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.shouwei.embedded.DevTokens;
import io.shouwei.embedded.PostgresDatabase;
import io.shouwei.hazard.config.MetadataKeys;
import io.shouwei.hazard.hazard.api.HazardReportedEvent;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import io.shouwei.hazard.publishing.KafkaForwarder;
import org.axonframework.config.EventProcessingConfiguration;
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

/** The hazard API end to end: HTTP, the aggregate, the JDBC store on PostgreSQL, the view, Kafka. */
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

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    TestStack.register(registry, DB, TOKENS);
  }

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired JdbcTemplate jdbc;
  @Autowired EventProcessingConfiguration processing;

  Api api() {
    return new Api(port);
  }

  static String townAgency() {
    return TOKENS.token("inspector-li", List.of("TOWN_AGENCY"), "town-office-101", List.of(TOWN), null);
  }

  static String enterprise(String enterpriseId) {
    return TOKENS.token("safety-" + enterpriseId, List.of("ENTERPRISE"), enterpriseId, List.of(), enterpriseId);
  }

  static String auditor() {
    return TOKENS.token("auditor-wang", List.of("AUDITOR"), "audit-office", List.of(), null);
  }

  String reportAs(String token, String enterpriseId) {
    HttpResponse<String> response = api().post("/api/hazards", token, null, Api.reportBody(enterpriseId, TOWN, "Crack"));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return Api.json(response).get("id").asText();
  }

  long storedEvents() {
    return jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
  }

  long viewRows() {
    return jdbc.queryForObject("SELECT count(*) FROM hazard_view", Long.class);
  }

  static void assertProblem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(Api.contentType(response)).startsWith("application/problem+json");
    assertThat(Api.json(response).get("status").asInt()).isEqualTo(status);
  }

  @Test
  void report_isCreated_readableAtOnce_andPublishedWithActorAndCorrelation() {
    HttpResponse<String> created =
        api().post("/api/hazards", townAgency(), "it-corr-1", Api.reportBody(ENTERPRISE_A, TOWN, "北帮台阶坡顶裂缝"));

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String id = Api.json(created).get("id").asText();
    assertThat(UUID.fromString(id)).isNotNull();
    assertThat(created.headers().firstValue("Location")).contains("/api/hazards/" + id);
    assertThat(created.headers().firstValue("X-Correlation-Id")).contains("it-corr-1");

    HttpResponse<String> read = api().get("/api/hazards/" + id, townAgency());
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    JsonNode hazard = Api.json(read);
    assertThat(hazard.get("id").asText()).isEqualTo(id);
    assertThat(hazard.get("enterpriseId").asText()).isEqualTo(ENTERPRISE_A);
    assertThat(hazard.get("townCode").asText()).isEqualTo(TOWN);
    assertThat(hazard.get("campaignId").asText()).isEqualTo("shouweizhan-2025");
    assertThat(hazard.get("source").asText()).isEqualTo("AGENCY_INSPECTION");
    assertThat(hazard.get("title").asText()).isEqualTo("北帮台阶坡顶裂缝");
    assertThat(hazard.get("status").asText()).isEqualTo("REPORTED");
    assertThat(hazard.get("version").asLong()).isZero();
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
    assertThat(envelope.get("schemaVersion").asInt()).isEqualTo(1);
    assertThat(envelope.get("actor").get("userId").asText()).isEqualTo("inspector-li");
    assertThat(envelope.get("actor").get("role").asText()).isEqualTo("TOWN_AGENCY");
    assertThat(envelope.get("actor").get("orgId").asText()).isEqualTo("town-office-101");
    assertThat(envelope.get("correlationId").asText()).isEqualTo("it-corr-1");
    assertThat(envelope.get("causationId").asText()).isNotBlank().isNotEqualTo(envelope.get("eventId").asText());
    assertThat(envelope.get("payload").get("hazardId").asText()).isEqualTo(id);
    assertThat(envelope.get("payload").get("title").asText()).isEqualTo("北帮台阶坡顶裂缝");
    assertThat(envelope.get("payload").get("reportedAt").asText()).isEqualTo(hazard.get("reportedAt").asText());
  }

  @Test
  void theEventStore_isAxonsJdbcEngineOnPostgres_withEventsAndMetadataAsJson() {
    assertThat(context.getBean(EventStorageEngine.class)).isInstanceOf(JdbcEventStorageEngine.class);
    assertThat(context.getBean(EventStore.class)).isInstanceOf(EmbeddedEventStore.class);
    assertThat(context.getBeansOfType(CorrelationDataProvider.class).keySet())
        .containsExactly("actorCorrelationDataProvider");

    String id = reportAs(townAgency(), ENTERPRISE_A);

    Map<String, Object> row =
        jdbc.queryForMap(
            "SELECT sequencenumber, type, payloadtype, payloadrevision, payload, metadata"
                + " FROM domainevententry WHERE aggregateidentifier = ?", id);
    assertThat(row.get("sequencenumber")).isEqualTo(0L);
    assertThat(row.get("type")).isEqualTo("Hazard");
    assertThat(row.get("payloadtype")).isEqualTo(HazardReportedEvent.class.getName());
    assertThat(row.get("payloadrevision")).isEqualTo("1");
    assertThat(new String((byte[]) row.get("payload"), StandardCharsets.UTF_8)).contains("\"hazardId\":\"" + id + "\"");
    String metadata = new String((byte[]) row.get("metadata"), StandardCharsets.UTF_8);
    assertThat(metadata).contains(
        MetadataKeys.ACTOR_USER_ID, MetadataKeys.ACTOR_ROLE, MetadataKeys.ACTOR_ORG,
        MetadataKeys.CORRELATION_ID, MetadataKeys.CAUSATION_ID, "inspector-li");
    assertThat(metadata).doesNotContain("traceId");
  }

  @Test
  void forwarder_startsFromTheBeginningOfTheStore() {
    String id = reportAs(townAgency(), ENTERPRISE_A);
    EventsTopic.awaitRecords(id, Duration.ofSeconds(60));
    StreamingEventProcessor forwarder =
        processing.eventProcessor(KafkaForwarder.PROCESSING_GROUP, StreamingEventProcessor.class).orElseThrow();

    forwarder.shutDown();
    forwarder.resetTokens();
    forwarder.start();

    assertThat(EventsTopic.awaitRecords(id, 2, Duration.ofSeconds(60))).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void withoutToken_isUnauthorizedProblem() {
    HttpResponse<String> response = api().post("/api/hazards", null, null, Api.reportBody(ENTERPRISE_A, TOWN, "x"));

    assertProblem(response, 401);
    assertThat(Api.json(response).get("type").asText()).isEqualTo("https://shouwei.io/problems/unauthenticated");
  }

  @Test
  void auditor_mayReadButNotReport() {
    String id = reportAs(townAgency(), ENTERPRISE_A);
    long before = storedEvents();

    HttpResponse<String> report = api().post("/api/hazards", auditor(), null, Api.reportBody(ENTERPRISE_A, TOWN, "x"));

    assertProblem(report, 403);
    assertThat(Api.json(report).get("type").asText()).isEqualTo("https://shouwei.io/problems/forbidden");
    assertThat(storedEvents()).isEqualTo(before);
    assertThat(api().get("/api/hazards/" + id, auditor()).statusCode()).isEqualTo(200);
  }

  @Test
  void anotherEnterprisesHazard_isNotFound_exactlyLikeAMissingOne() {
    String id = reportAs(enterprise(ENTERPRISE_A), ENTERPRISE_A);
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
    String id = reportAs(enterprise(ENTERPRISE_A), ENTERPRISE_A);
    String otherTown = TOKENS.token("inspector-zhao", List.of("TOWN_AGENCY"), "town-office-102", List.of("310115102"), null);

    assertProblem(api().get("/api/hazards/" + id, otherTown), 404);
  }

  @Test
  void reportingForAnotherEnterprise_isNotFound_andStoresNothing() {
    long before = storedEvents();

    HttpResponse<String> response =
        api().post("/api/hazards", enterprise(ENTERPRISE_B), null, Api.reportBody(ENTERPRISE_A, TOWN, "x"));

    assertProblem(response, 404);
    assertThat(Api.json(response).get("type").asText()).isEqualTo("https://shouwei.io/problems/not-found");
    assertThat(storedEvents()).isEqualTo(before);
  }

  @Test
  void badBody_isBadRequestListingTheFields_andStoresNothing() {
    long events = storedEvents();
    long views = viewRows();
    String body = """
        {"enterpriseId": "ent-a", "townCode": "310115101", "source": "AGENCY_INSPECTION",
         "category": "SLOPE", "title": " ", "description": "d", "location": "l"}
        """;

    HttpResponse<String> response = api().post("/api/hazards", townAgency(), null, body);

    assertProblem(response, 400);
    JsonNode problem = Api.json(response);
    assertThat(problem.get("type").asText()).isEqualTo("https://shouwei.io/problems/invalid-request");
    assertThat(problem.get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("mineId", "title", "discoveredAt");
    assertThat(storedEvents()).isEqualTo(events);
    assertThat(viewRows()).isEqualTo(views);
  }

  @Test
  void brokenRule_isUnprocessable_andStoresNothing() {
    long events = storedEvents();
    String body = Api.reportBody(ENTERPRISE_A, TOWN, "x")
        .replaceFirst("\"discoveredAt\": \"[^\"]+\"",
            "\"discoveredAt\": \"" + Instant.now().plus(Duration.ofDays(1)) + "\"");

    HttpResponse<String> response = api().post("/api/hazards", townAgency(), null, body);

    assertProblem(response, 422);
    assertThat(Api.json(response).get("type").asText()).isEqualTo("https://shouwei.io/problems/rule-violated");
    assertThat(Api.json(response).get("rule").asText()).isEqualTo("DISCOVERED_AFTER_REPORTED");
    assertThat(storedEvents()).isEqualTo(events);
  }

  @Test
  void titleLongerThan200Characters_isUnprocessable() {
    HttpResponse<String> response =
        api().post("/api/hazards", townAgency(), null, Api.reportBody(ENTERPRISE_A, TOWN, "坡".repeat(201)));

    assertProblem(response, 422);
    assertThat(Api.json(response).get("rule").asText()).isEqualTo("TITLE_TOO_LONG");
  }

  @Test
  void apiDocsAndHealth_needNoToken() {
    assertThat(api().get("/v3/api-docs", null).body()).contains("/api/hazards");
    assertThat(api().get("/actuator/health/readiness", null).statusCode()).isEqualTo(200);
    assertThat(api().get("/actuator/prometheus", null).body()).contains("jvm_memory_used_bytes");
  }
}
