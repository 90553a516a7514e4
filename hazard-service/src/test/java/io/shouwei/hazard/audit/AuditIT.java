package io.shouwei.hazard.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shouwei.contracts.Topics;
import io.shouwei.embedded.DevTokens;
import io.shouwei.embedded.KafkaBroker;
import io.shouwei.embedded.PostgresDatabase;
import io.shouwei.hazard.audit.chain.ChainedEvent;
import io.shouwei.hazard.audit.chain.EventHash;
import io.shouwei.hazard.config.MetadataKeys;
import io.shouwei.hazard.it.Api;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
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
 * History and integrity of hazards end to end: real commands over HTTP, the JDBC event store on
 * PostgreSQL, then rows altered and deleted behind the service's back, as an intruder with
 * database access would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class AuditIT {

  static final PostgresDatabase DB = PostgresDatabase.create("hazard_audit");
  static final DevTokens TOKENS = DevTokens.generate();
  static final ObjectMapper JSON = new ObjectMapper();

  static final String ENTERPRISE_A = "ent-a";
  static final String ENTERPRISE_B = "ent-b";
  static final String TOWN = "310115101";

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", DB::jdbcUrl);
    registry.add("spring.datasource.username", DB::username);
    registry.add("spring.datasource.password", DB::password);
    registry.add("spring.kafka.bootstrap-servers", () -> KafkaBroker.shared().bootstrapServers());
    registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", TOKENS::serveJwks);
  }

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  static String townAgency() {
    return TOKENS.token("inspector-li", List.of("TOWN_AGENCY"), "town-office-101", List.of(TOWN), null);
  }

  static String otherTownAgency() {
    return TOKENS.token("inspector-zhao", List.of("TOWN_AGENCY"), "town-office-102", List.of("310115102"), null);
  }

  static String enterprise(String enterpriseId) {
    return TOKENS.token("safety-" + enterpriseId, List.of("ENTERPRISE"), enterpriseId, List.of(), enterpriseId);
  }

  static String auditor() {
    return TOKENS.token("auditor-wang", List.of("AUDITOR"), "audit-office", List.of(), null);
  }

  static String district() {
    return TOKENS.token("district-chen", List.of("DISTRICT_AGENCY"), "district-bureau", List.of(), null);
  }

  // --- the scenarios -----------------------------------------------------------------------

  /** A hazard reported by the town agency, planned, started and progressed by its enterprise: 4 events. */
  String hazardWithFourEvents(String tag) {
    return hazardWithFourEvents(tag, tag);
  }

  /** The same, titled {@code title}; the correlation ids of the first two requests end in {@code tag}. */
  String hazardWithFourEvents(String tag, String title) {
    String id = report(title, "audit-report-" + tag);
    ok(send("PUT", "/api/hazards/" + id + "/plan", enterprise(ENTERPRISE_A), "audit-plan-" + tag, """
        {"measures": ["Cut back the crest of bench 4"],
         "funds": {"amountCny": 12000, "source": "Safety budget 2025"},
         "deadline": "%s",
         "responsibility": {"person": "Zhang San", "position": "Safety manager", "unit": "Mine 7"},
         "contingencyPlan": {"summary": "Keep people off bench 4", "documentRef": "DOC-7"}}
        """.formatted(Instant.now().plus(Duration.ofDays(30)))));
    ok(send("POST", "/api/hazards/" + id + "/rectification-start", enterprise(ENTERPRISE_A), null, null));
    ok(send("POST", "/api/hazards/" + id + "/progress", enterprise(ENTERPRISE_A), null,
        "{\"note\": \"Half of the crest cut back\", \"percent\": 50, \"evidenceRefs\": [\"photo-1\"]}"));
    return id;
  }

  /** An open pit of enterprise A in {@link #TOWN}, registered once for the class. */
  static String mine;

  String report(String title, String correlationId) {
    if (mine == null) {
      mine = new Api(port).registerMine(district(), ENTERPRISE_A, TOWN, "OPEN_PIT", Api.ORDINARY_PIT_FACTS);
    }
    HttpResponse<String> created =
        send("POST", "/api/hazards", townAgency(), correlationId, Api.reportBody(mine, title));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return json(created).get("id").asText();
  }

  @Test
  void history_listsEveryEventInOrder_attributed_andChained() {
    String id = hazardWithFourEvents("history", "北帮台阶坡顶裂缝");

    JsonNode history = ok(get("/api/hazards/" + id + "/history", auditor()));

    assertThat(history.get("aggregateType").asText()).isEqualTo("Hazard");
    assertThat(history.get("aggregateId").asText()).isEqualTo(id);
    assertThat(history.get("total").asLong()).isEqualTo(4);
    assertThat(history.get("page").asInt()).isZero();
    assertThat(history.get("size").asInt()).isEqualTo(50);
    List<JsonNode> events = list(history.get("events"));
    assertThat(events).extracting(e -> e.get("sequence").asLong()).containsExactly(0L, 1L, 2L, 3L);

    JsonNode reported = events.get(0);
    assertThat(reported.get("type").asText()).endsWith("HazardReportedEvent");
    assertThat(reported.get("revision").asText()).isNotBlank();
    assertThat(reported.get("timestamp").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
    assertThat(reported.get("actor").get("userId").asText()).isEqualTo("inspector-li");
    assertThat(reported.get("actor").get("role").asText()).isEqualTo("TOWN_AGENCY");
    assertThat(reported.get("actor").get("orgId").asText()).isEqualTo("town-office-101");
    assertThat(reported.get("correlationId").asText()).isEqualTo("audit-report-history");
    assertThat(reported.get("causationId").asText()).isNotBlank();
    assertThat(reported.get("payload").get("hazardId").asText()).isEqualTo(id);
    assertThat(reported.get("payload").get("title").asText()).isEqualTo("北帮台阶坡顶裂缝");
    assertThat(reported.get("prevHash").asText()).isEqualTo(EventHash.GENESIS);

    JsonNode planned = events.get(1);
    assertThat(planned.get("type").asText()).isNotEqualTo(reported.get("type").asText());
    assertThat(planned.get("actor").get("userId").asText()).isEqualTo("safety-ent-a");
    assertThat(planned.get("actor").get("role").asText()).isEqualTo("ENTERPRISE");
    assertThat(planned.get("correlationId").asText()).isEqualTo("audit-plan-history");
    assertThat(planned.get("payload").toString()).contains("Cut back the crest of bench 4");

    for (int i = 0; i < events.size(); i++) {
      assertThat(events.get(i).get("hash").asText()).matches("[0-9a-f]{64}");
      if (i > 0) {
        assertThat(events.get(i).get("prevHash").asText()).as("prevHash of %s", i)
            .isEqualTo(events.get(i - 1).get("hash").asText());
      }
    }
    assertThat(events).extracting(e -> e.get("hash").asText()).doesNotHaveDuplicates();
  }

  /** An auditor needs nothing but the row and the documented canonical form to recompute a hash. */
  @Test
  void everyStoredHash_isTheDocumentedHashOfItsRow() {
    String id = hazardWithFourEvents("Row check");

    List<Map<String, Object>> rows = jdbc.queryForList(
        "SELECT * FROM domainevententry WHERE aggregateidentifier = ? ORDER BY sequencenumber", id);

    assertThat(rows).hasSize(4);
    for (Map<String, Object> row : rows) {
      Map<String, Object> metadata = readMap((byte[]) row.get("metadata"));
      Instant timestamp = Instant.parse((String) row.get("timestamp"));
      assertThat(EventHash.timestamp(timestamp)).isEqualTo(row.get("timestamp"));
      ChainedEvent covered = new ChainedEvent(
          (String) row.get("type"), (String) row.get("aggregateidentifier"), (Long) row.get("sequencenumber"),
          (String) row.get("eventidentifier"), (String) row.get("payloadtype"), (String) row.get("payloadrevision"),
          timestamp, (byte[]) row.get("payload"),
          (String) metadata.get(MetadataKeys.ACTOR_USER_ID), (String) metadata.get(MetadataKeys.ACTOR_ROLE),
          (String) metadata.get(MetadataKeys.ACTOR_ORG), (String) metadata.get(MetadataKeys.CORRELATION_ID),
          (String) metadata.get(MetadataKeys.CAUSATION_ID), (String) metadata.get(MetadataKeys.PREV_HASH));
      assertThat(EventHash.of(covered)).as("row %s", row.get("sequencenumber")).isEqualTo(metadata.get(MetadataKeys.HASH));
    }
    assertThat(jdbc.queryForMap("SELECT last_sequence, last_hash FROM audit_chain_head WHERE aggregate_id = ?", id))
        .containsEntry("last_sequence", 3L)
        .containsEntry("last_hash", readMap((byte[]) rows.get(3).get("metadata")).get(MetadataKeys.HASH));
  }

  @Test
  void history_isPaged() {
    String id = hazardWithFourEvents("Paging");

    JsonNode second = ok(get("/api/hazards/" + id + "/history?page=1&size=2", district()));
    JsonNode beyond = ok(get("/api/hazards/" + id + "/history?page=2&size=2", district()));

    assertThat(list(second.get("events"))).extracting(e -> e.get("sequence").asLong()).containsExactly(2L, 3L);
    assertThat(second.get("total").asLong()).isEqualTo(4);
    assertThat(second.get("page").asInt()).isEqualTo(1);
    assertThat(second.get("size").asInt()).isEqualTo(2);
    assertThat(beyond.get("events")).isEmpty();
    assertThat(beyond.get("total").asLong()).isEqualTo(4);
    assertThat(get("/api/hazards/" + id + "/history?size=500", district()).statusCode()).isEqualTo(200);
    for (String bad : List.of("size=0", "size=501", "page=-1")) {
      HttpResponse<String> response = get("/api/hazards/" + id + "/history?" + bad, district());
      assertProblem(response, 400);
      assertThat(json(response).get("type").asText()).isEqualTo("https://shouwei.io/problems/invalid-request");
    }
  }

  @Test
  void untouchedHazard_isIntact() {
    String id = hazardWithFourEvents("Intact");

    HttpResponse<String> response = get("/api/hazards/" + id + "/integrity", auditor());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(json(response)).isEqualTo(JSON.createObjectNode().put("intact", true).put("events", 4));
  }

  @Test
  void alteredTitle_isNamedByItsSequence() {
    String id = report("Crack on bench 4", "audit-alter-title");

    alterPayload(id, 0, "Crack on bench 4", "Hairline on bench 4");

    JsonNode integrity = ok(get("/api/hazards/" + id + "/integrity", auditor()));
    assertThat(integrity.get("intact").asBoolean()).isFalse();
    assertThat(integrity.get("events").asLong()).isEqualTo(1);
    assertThat(integrity.get("firstBrokenSequence").asLong()).isZero();
    assertThat(integrity.get("reason").asText()).contains("altered");
  }

  @Test
  void alteredEventInTheMiddle_isNamed_andHistoryShowsWhatIsStoredNow() {
    String id = hazardWithFourEvents("Middle");
    assertThat(ok(get("/api/hazards/" + id + "/integrity", auditor())).get("intact").asBoolean()).isTrue();

    alterPayload(id, 1, "Cut back the crest of bench 4", "Nothing to do on bench 4");

    JsonNode integrity = ok(get("/api/hazards/" + id + "/integrity", auditor()));
    assertThat(integrity.get("intact").asBoolean()).isFalse();
    assertThat(integrity.get("events").asLong()).isEqualTo(4);
    assertThat(integrity.get("firstBrokenSequence").asLong()).isEqualTo(1);
    assertThat(integrity.get("reason").asText()).isEqualTo("Event 1 was altered: what is stored no longer hashes to its hash.");
    JsonNode history = ok(get("/api/hazards/" + id + "/history", auditor()));
    assertThat(history.get("events").get(1).get("payload").toString()).contains("Nothing to do on bench 4");
  }

  @Test
  void alteredActor_isNamed() {
    String id = hazardWithFourEvents("Actor");

    jdbc.update(
        "UPDATE domainevententry SET metadata = convert_to(replace(convert_from(metadata, 'UTF8'),"
            + " 'safety-ent-a', 'safety-ent-x'), 'UTF8') WHERE aggregateidentifier = ? AND sequencenumber = 2", id);

    assertThat(ok(get("/api/hazards/" + id + "/integrity", auditor())).get("firstBrokenSequence").asLong())
        .isEqualTo(2);
  }

  @Test
  void deletedEvent_isReportedAsAGap() {
    String id = hazardWithFourEvents("Gap");

    assertThat(jdbc.update(
            "DELETE FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = 1", id))
        .isEqualTo(1);

    JsonNode integrity = ok(get("/api/hazards/" + id + "/integrity", auditor()));
    assertThat(integrity.get("intact").asBoolean()).isFalse();
    assertThat(integrity.get("events").asLong()).isEqualTo(3);
    assertThat(integrity.get("firstBrokenSequence").asLong()).isEqualTo(1);
    assertThat(integrity.get("reason").asText()).contains("Event 1 is missing");
  }

  @Test
  void deletedLatestEvent_isReported_andTheChainIsNotExtendedOverIt() {
    String id = hazardWithFourEvents("Tail");
    jdbc.update("DELETE FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = 3", id);

    JsonNode integrity = ok(get("/api/hazards/" + id + "/integrity", auditor()));
    assertThat(integrity.get("firstBrokenSequence").asLong()).isEqualTo(3);
    assertThat(integrity.get("reason").asText()).contains("Event 3 is missing");

    HttpResponse<String> more = send("POST", "/api/hazards/" + id + "/progress", enterprise(ENTERPRISE_A), null,
        "{\"note\": \"Almost done\", \"percent\": 80, \"evidenceRefs\": [\"photo-2\"]}");
    assertThat(more.statusCode() / 100).as(more.body()).isNotEqualTo(2);
    assertThat(storedEvents(id)).isEqualTo(3);
  }

  @Test
  void readers_areTheHazardsParties_andAuditors() {
    String id = hazardWithFourEvents("Readers");

    for (String reader : List.of(auditor(), district(), townAgency(), enterprise(ENTERPRISE_A))) {
      assertThat(get("/api/hazards/" + id + "/history", reader).statusCode()).isEqualTo(200);
      assertThat(get("/api/hazards/" + id + "/integrity", reader).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void anotherEnterprisesHazard_isNotFound_exactlyLikeAMissingOne() {
    String id = report("Foreign", "audit-foreign");
    String missingId = UUID.randomUUID().toString();

    for (String endpoint : List.of("/history", "/integrity")) {
      HttpResponse<String> foreign = get("/api/hazards/" + id + endpoint, enterprise(ENTERPRISE_B));
      HttpResponse<String> missing = get("/api/hazards/" + missingId + endpoint, enterprise(ENTERPRISE_B));
      assertProblem(foreign, 404);
      assertProblem(missing, 404);
      JsonNode f = json(foreign);
      JsonNode m = json(missing);
      assertThat(f.get("type")).isEqualTo(m.get("type"));
      assertThat(f.get("title")).isEqualTo(m.get("title"));
      assertThat(f.get("detail").asText()).isEqualTo(m.get("detail").asText().replace(missingId, id));
      assertThat(f.size()).isEqualTo(m.size());
      assertProblem(get("/api/hazards/" + id + endpoint, otherTownAgency()), 404);
    }
  }

  @Test
  void withoutToken_isUnauthorized() {
    String id = report("No token", "audit-no-token");

    for (String endpoint : List.of("/history", "/integrity")) {
      HttpResponse<String> response = get("/api/hazards/" + id + endpoint, null);
      assertProblem(response, 401);
      assertThat(json(response).get("type").asText()).isEqualTo("https://shouwei.io/problems/unauthenticated");
    }
  }

  @Test
  void publishedEnvelope_carriesTheStoredHashes() {
    String id = report("Published", "audit-published");
    JsonNode stored = ok(get("/api/hazards/" + id + "/history", auditor())).get("events").get(0);

    JsonNode envelope = firstEnvelopeOf(id, Duration.ofSeconds(60));

    assertThat(envelope.get("sequence").asLong()).isZero();
    assertThat(envelope.get("prevHash").asText()).isEqualTo(EventHash.GENESIS);
    assertThat(envelope.get("hash").asText()).isEqualTo(stored.get("hash").asText());
    assertThat(Instant.parse(envelope.get("occurredAt").asText())).isEqualTo(Instant.parse(stored.get("timestamp").asText()));
  }

  // --- helpers -------------------------------------------------------------------------------

  void alterPayload(String id, long sequence, String from, String to) {
    int altered = jdbc.update(
        "UPDATE domainevententry SET payload = convert_to(replace(convert_from(payload, 'UTF8'), ?, ?), 'UTF8')"
            + " WHERE aggregateidentifier = ? AND sequencenumber = ?",
        from, to, id, sequence);
    assertThat(altered).isEqualTo(1);
    String payload = jdbc.queryForObject(
        "SELECT convert_from(payload, 'UTF8') FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = ?",
        String.class, id, sequence);
    assertThat(payload).contains(to);
  }

  long storedEvents(String id) {
    return jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?", Long.class, id);
  }

  HttpResponse<String> get(String path, String token) {
    return send("GET", path, token, null, null);
  }

  HttpResponse<String> send(String method, String path, String token, String correlationId, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(30))
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (correlationId != null) {
      request.header("X-Correlation-Id", correlationId);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static JsonNode ok(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.request().method() + " " + response.request().uri() + ": " + response.body())
        .isBetween(200, 299);
    return json(response);
  }

  static void assertProblem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    assertThat(json(response).get("status").asInt()).isEqualTo(status);
  }

  static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + response.body(), e);
    }
  }

  static List<JsonNode> list(JsonNode array) {
    List<JsonNode> items = new ArrayList<>();
    array.forEach(items::add);
    return items;
  }

  static Map<String, Object> readMap(byte[] json) {
    try {
      return JSON.readValue(new String(json, StandardCharsets.UTF_8), new TypeReference<>() {});
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The envelope of the aggregate's event 0 on {@value Topics#EVENTS}, read from the beginning. */
  static JsonNode firstEnvelopeOf(String aggregateId, Duration timeout) {
    Map<String, Object> config =
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.shared().bootstrapServers(),
            ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
            ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
            ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    long deadline = System.nanoTime() + timeout.toNanos();
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(Topics.EVENTS, Duration.ofSeconds(30)).stream()
              .map(p -> new TopicPartition(p.topic(), p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      while (System.nanoTime() < deadline) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
          if (aggregateId.equals(record.key())) {
            JsonNode envelope = JSON.readTree(record.value());
            if (envelope.get("sequence").asLong() == 0) {
              return envelope;
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new AssertionError("no envelope of " + aggregateId + " on " + Topics.EVENTS + " within " + timeout);
  }
}
