package io.shouwei.reporting;

import static io.shouwei.reporting.HazardEvents.json;
import static io.shouwei.reporting.HazardEvents.newHazardId;
import static io.shouwei.reporting.HazardEvents.reported;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.shouwei.contracts.Topics;
import io.shouwei.embedded.DevTokens;
import io.shouwei.embedded.KafkaBroker;
import io.shouwei.embedded.MongoWireServer;
import io.shouwei.reporting.ingest.EventRouter;
import io.shouwei.reporting.ingest.MalformedEventException;
import io.shouwei.reporting.projection.HazardStore;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.HealthContributor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service as it runs: a real Kafka broker, the MongoDB-wire server, signed tokens. Events go in
 * through Kafka as hazard-service publishes them; results come out of the HTTP API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReportingServiceIT {

  private static final DevTokens TOKENS = DevTokens.generate();
  private static final Duration PROJECTED = Duration.ofSeconds(30);

  private static KafkaProducer<String, byte[]> producer;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    registry.add("spring.data.mongodb.uri", () -> MongoWireServer.shared().connectionString("reporting_it"));
    registry.add("spring.kafka.bootstrap-servers", () -> KafkaBroker.shared().bootstrapServers());
    registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", TOKENS::serveJwks);
    registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> DevTokens.ISSUER);
  }

  @BeforeAll
  static void producer() {
    producer =
        new KafkaProducer<>(
            Map.of("bootstrap.servers", KafkaBroker.shared().bootstrapServers(), "acks", "all"),
            new StringSerializer(), new ByteArraySerializer());
  }

  @AfterAll
  static void close() {
    producer.close();
    TOKENS.close();
  }

  @LocalServerPort int port;
  @Autowired MeterRegistry meters;
  @Autowired MongoDatabase database;
  @Autowired ApplicationContext context;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void reportedHazard_isProjected_andShownToItsEnterprise() throws Exception {
    String id = newHazardId();

    send(id, json(reported(id, "ent-a", "town-1")));

    HttpResponse<String> response = awaitVisible(id, enterprise("ent-a"));
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    JsonNode hazard = HazardEvents.JSON.readTree(response.body());
    assertThat(hazard.path("id").asText()).isEqualTo(id);
    assertThat(hazard.path("enterpriseId").asText()).isEqualTo("ent-a");
    assertThat(hazard.path("townCode").asText()).isEqualTo("town-1");
    assertThat(hazard.path("mineId").asText()).isEqualTo("mine-12");
    assertThat(hazard.path("campaignId").asText()).isEqualTo("camp-2026-guard");
    assertThat(hazard.path("source").asText()).isEqualTo("AGENCY_INSPECTION");
    assertThat(hazard.path("title").asText()).isEqualTo("Loose rock on bench 3");
    assertThat(hazard.path("status").asText()).isEqualTo("REPORTED");
    assertThat(hazard.path("discoveredAt").asText()).isEqualTo("2026-03-02T01:20:00Z");
    assertThat(hazard.path("reportedAt").asText()).isEqualTo("2026-03-02T02:05:30.250Z");
    assertThat(hazard.path("reportedBy").path("userId").asText()).isEqualTo("u-inspector-7");
    assertThat(hazard.path("reportedBy").path("role").asText()).isEqualTo("TOWN_AGENCY");
    assertThat(hazard.path("reportedBy").path("orgId").asText()).isEqualTo("org-town-office-3");
    assertThat(hazard.path("version").asLong()).isZero();
    assertThat(hazard.has("lastSequence")).isFalse();
    assertThat(hazard.has("_id")).isFalse();
  }

  @Test
  void sameRecordTwice_leavesOneDocument_andCountsTheDuplicate() throws Exception {
    String id = newHazardId();
    byte[] record = json(reported(id, "ent-a", "town-1"));
    double duplicatesBefore = skipped("HazardReported", EventRouter.ALREADY_APPLIED);

    send(id, record);
    awaitVisible(id, auditor());
    send(id, record);

    await().atMost(PROJECTED)
        .until(() -> skipped("HazardReported", EventRouter.ALREADY_APPLIED) == duplicatesBefore + 1);
    assertThat(hazards().countDocuments(Filters.eq("_id", id))).isEqualTo(1);
    assertThat(hazards().find(Filters.eq("_id", id)).first().get("lastSequence", Number.class).longValue()).isZero();
  }

  @Test
  void garbage_goesToTheDeadLetterTopicWithTheReason_andTheNextEventIsStillProjected() throws Exception {
    String id = newHazardId();
    String garbage = "{\"not an envelope\": " + UUID.randomUUID();

    send(id, garbage.getBytes(UTF_8));
    send(id, json(reported(id, "ent-a", "town-1")));

    awaitVisible(id, auditor());
    ConsumerRecord<String, byte[]> dead = awaitDeadLetter(garbage);
    assertThat(dead.key()).isEqualTo(id);
    assertThat(header(dead, "kafka_dlt-original-topic")).isEqualTo(Topics.EVENTS);
    assertThat(header(dead, "kafka_dlt-exception-cause-fqcn")).isEqualTo(MalformedEventException.class.getName());
    assertThat(header(dead, "kafka_dlt-exception-message")).contains("the value is not JSON");
  }

  @Test
  void unknownType_isSkippedAndCounted_andStoresNothing() throws Exception {
    String id = newHazardId();
    String type = "HazardTeleported";
    double before = skipped(type, EventRouter.UNKNOWN_TYPE);

    send(id, json(HazardEvents.envelope(id, 0, type, Map.of("to", "the moon"))));

    await().atMost(PROJECTED).until(() -> skipped(type, EventRouter.UNKNOWN_TYPE) == before + 1);
    assertThat(hazards().countDocuments(Filters.eq("_id", id))).isZero();
  }

  @Test
  void foreignHazard_is404_exactlyLikeAMissingOne() throws Exception {
    String id = newHazardId();
    send(id, json(reported(id, "ent-a", "town-1")));
    awaitVisible(id, enterprise("ent-a"));

    HttpResponse<String> foreign = get("/api/reports/hazards/" + id, enterprise("ent-b"));
    String missingId = newHazardId();
    HttpResponse<String> missing = get("/api/reports/hazards/" + missingId, enterprise("ent-b"));

    assertThat(foreign.statusCode()).isEqualTo(404);
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(foreign.headers().firstValue("Content-Type")).contains("application/problem+json");
    assertThat(missing.headers().firstValue("Content-Type")).contains("application/problem+json");
    assertThat(foreign.body().replace(id, "{id}")).isEqualTo(missing.body().replace(missingId, "{id}"));
    assertThat(HazardEvents.JSON.readTree(foreign.body()).path("type").asText())
        .isEqualTo("https://shouwei.io/problems/not-found");
  }

  @Test
  void townAgency_seesTheHazardsOfItsTownsOnly() throws Exception {
    String id = newHazardId();
    send(id, json(reported(id, "ent-a", "town-1")));
    awaitVisible(id, auditor());

    assertThat(get("/api/reports/hazards/" + id, town("town-1")).statusCode()).isEqualTo(200);
    assertThat(get("/api/reports/hazards/" + id, town("town-2")).statusCode()).isEqualTo(404);
  }

  @Test
  void noToken_is401ProblemJson() throws Exception {
    HttpResponse<String> response = get("/api/reports/hazards/" + newHazardId(), null);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
    assertThat(HazardEvents.JSON.readTree(response.body()).path("type").asText())
        .isEqualTo("https://shouwei.io/problems/unauthenticated");
  }

  @Test
  void readiness_isUp_withTheMongoPing() throws Exception {
    HttpResponse<String> response = get("/actuator/health/readiness", null);

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode health = HazardEvents.JSON.readTree(response.body());
    assertThat(health.path("status").asText()).isEqualTo("UP");
    assertThat(health.path("components").path("mongo").path("status").asText()).isEqualTo("UP");
    assertThat(context.getBean("mongoHealthIndicator").getClass().getSimpleName())
        .isEqualTo("MongoPingHealthIndicator");
    assertThat(context.getBeansOfType(HealthContributor.class).keySet())
        .filteredOn(name -> name.toLowerCase().contains("mongo"))
        .containsExactly("mongoHealthIndicator");
  }

  @Test
  void searchIndexes_areCreatedAtStartup() {
    List<String> keys = new java.util.ArrayList<>();
    hazards().listIndexes().forEach(index -> keys.addAll(index.get("key", Document.class).keySet()));

    assertThat(keys).contains("enterpriseId", "townCode", "mineId", "status");
  }

  @Test
  void dashboard_isPublic() throws Exception {
    HttpResponse<String> page = get("/dashboard/", null);
    HttpResponse<String> bare = get("/dashboard", null);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(page.body()).contains("arrives in a later issue").contains("swagger-ui");
    assertThat(bare.statusCode()).isEqualTo(302);
    assertThat(bare.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/dashboard/"));
  }

  private void send(String key, byte[] value) throws Exception {
    producer.send(new ProducerRecord<>(Topics.EVENTS, key, value)).get();
  }

  private HttpResponse<String> awaitVisible(String id, String token) {
    return await()
        .atMost(PROJECTED)
        .pollInterval(Duration.ofMillis(200))
        .until(() -> get("/api/reports/hazards/" + id, token), r -> r.statusCode() == 200);
  }

  private ConsumerRecord<String, byte[]> awaitDeadLetter(String value) {
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(
            Map.of("bootstrap.servers", KafkaBroker.shared().bootstrapServers(),
                "group.id", "reporting-it-" + UUID.randomUUID(), "auto.offset.reset", "earliest"),
            new StringDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(Topics.EVENTS_DEAD_LETTER));
      return await()
          .atMost(PROJECTED)
          .until(
              () -> {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                  if (new String(r.value(), UTF_8).equals(value)) {
                    return Optional.of(r);
                  }
                }
                return Optional.<ConsumerRecord<String, byte[]>>empty();
              },
              Optional::isPresent)
          .orElseThrow();
    }
  }

  private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private MongoCollection<Document> hazards() {
    return database.getCollection(HazardStore.COLLECTION);
  }

  private double skipped(String type, String reason) {
    Counter counter = meters.find(EventRouter.SKIPPED_METRIC).tag("type", type).tag("reason", reason).counter();
    return counter == null ? 0 : counter.count();
  }

  private static String header(ConsumerRecord<?, ?> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), UTF_8);
  }

  private static String enterprise(String enterpriseId) {
    return TOKENS.token("u-" + enterpriseId, List.of("ENTERPRISE"), "org-" + enterpriseId, List.of(), enterpriseId);
  }

  private static String town(String townCode) {
    return TOKENS.token("u-" + townCode, List.of("TOWN_AGENCY"), "org-" + townCode, List.of(townCode), null);
  }

  private static String auditor() {
    return TOKENS.token("u-auditor", List.of("AUDITOR"), "org-audit", List.of(), null);
  }
}
