package io.shouwei.hazard.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.shouwei.embedded.DevTokens;
import io.shouwei.embedded.PostgresDatabase;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
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
 * Past states end to end: hazards and mines driven over HTTP, stored on PostgreSQL, then read back
 * as they were at an instant ({@code ?asOf=}) or a version ({@code ?version=}), replayed from the
 * stored events (from the audit's sealed snapshots, which the test profile takes every 3 events,
 * and without them: the same answers); and a mine's history and hash chain, including a row
 * altered behind the service's back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class AuditReplayIT {

  static final PostgresDatabase DB = PostgresDatabase.create("hazard_audit_replay");
  static final DevTokens TOKENS = DevTokens.generate();

  static final String ENTERPRISE_A = "ent-a";
  static final String ENTERPRISE_B = "ent-b";
  static final String TOWN = "310115101";
  static final String OTHER_TOWN = "310115102";

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    TestStack.register(registry, DB, TOKENS);
  }

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired MeterRegistry meters;

  // ---------------------------------------------------------------- callers

  static String townAgency() {
    return TOKENS.token("inspector-li", List.of("TOWN_AGENCY"), "town-office-101", List.of(TOWN), null);
  }

  static String otherTownAgency() {
    return TOKENS.token("inspector-zhao", List.of("TOWN_AGENCY"), "town-office-102", List.of(OTHER_TOWN), null);
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

  // ---------------------------------------------------------------- driving

  Api api() {
    return new Api(port);
  }

  /** Sends a command that must succeed, a few milliseconds after the one before, so that no two share a stored time. */
  JsonNode command(String method, String path, String token, String body) {
    pause();
    HttpResponse<String> response = api().exchange(method, path, token, body);
    assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 201);
    return Api.json(response);
  }

  String registerMine() {
    pause();
    return api().registerMine(townAgency(), ENTERPRISE_A, TOWN, "OPEN_PIT", Api.ORDINARY_PIT_FACTS);
  }

  String reportHazard(String mineId) {
    return command("POST", "/api/hazards", townAgency(), Api.reportBody(mineId, "北帮台阶坡顶裂缝")).get("id").asText();
  }

  static String planBody(String measure, int days) {
    return """
        {"measures": ["%s"],
         "funds": {"amountCny": 12000.50, "source": "Safety budget 2026"},
         "deadline": "%s",
         "responsibility": {"person": "Zhang San", "position": "Safety manager", "unit": "North pit"},
         "contingencyPlan": {"summary": "Keep people off bench 4", "documentRef": "doc://plans/bench-4"}}
        """.formatted(measure, Instant.now().plus(Duration.ofDays(days)).truncatedTo(ChronoUnit.SECONDS));
  }

  /** Report, plan, start, complete, sign off, reopen, plan again: events 0 to 6. */
  String hazardThroughAReopenCycle() {
    String id = reportHazard(registerMine());
    String path = "/api/hazards/" + id;
    command("PUT", path + "/plan", enterprise(ENTERPRISE_A), planBody("Fence off the crest of bench 4", 20));
    command("POST", path + "/rectification-start", enterprise(ENTERPRISE_A), null);
    command("POST", path + "/completion", enterprise(ENTERPRISE_A),
        "{\"evidenceRefs\": [\"photo://fence\"], \"note\": \"Fenced\"}");
    command("POST", path + "/verification", townAgency(), "{\"outcome\": \"ACCEPT\", \"reason\": \"Verified on site\"}");
    command("POST", path + "/reopening", townAgency(),
        "{\"reason\": \"Cracks found again on the look-back review\", \"reviewReference\": \"revisit-2026-09\"}");
    command("PUT", path + "/plan", enterprise(ENTERPRISE_A), planBody("Cut bench 4 back to the designed 12 m", 30));
    return id;
  }

  JsonNode read(String path, String token) {
    HttpResponse<String> response = api().get(path, token);
    assertThat(response.statusCode()).as("GET " + path + ": " + response.body()).isEqualTo(200);
    assertThat(Api.contentType(response)).startsWith("application/json");
    return Api.json(response);
  }

  /** The stored time of each event of the object, by sequence, from its history. */
  List<Instant> storedTimes(String kind, String id) {
    JsonNode history = read("/api/" + kind + "/" + id + "/history", auditor());
    List<Instant> times = new ArrayList<>();
    for (JsonNode event : history.get("events")) {
      assertThat(event.get("sequence").asLong()).isEqualTo(times.size());
      times.add(Instant.parse(event.get("timestamp").asText()));
    }
    return times;
  }

  static String asOf(Instant instant) {
    return "?asOf=" + URLEncoder.encode(instant.toString(), StandardCharsets.UTF_8);
  }

  static void assertProblem(HttpResponse<String> response, int status, String type) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(Api.contentType(response)).startsWith("application/problem+json");
    assertThat(Api.json(response).get("status").asInt()).isEqualTo(status);
    assertThat(Api.json(response).get("type").asText()).isEqualTo("https://shouwei.io/problems/" + type);
  }

  static JsonNode without(JsonNode node, String field) {
    return ((ObjectNode) node.deepCopy()).without(field);
  }

  /** Waits until the audit has sealed the object's state after each of these events (it does so after the commit). */
  void awaitSnapshots(String id, long... sequences) {
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
        assertThat(jdbc.queryForList(
                "SELECT sequence_number FROM audit_snapshot WHERE aggregate_id = ?", Long.class, id))
            .contains(Arrays.stream(sequences).boxed().toArray(Long[]::new)));
  }

  double replaysFromSnapshots() {
    return meters.find("shouwei.audit.replays").tag("start", "snapshot").counters().stream()
        .mapToDouble(Counter::count).sum();
  }

  /**
   * Every version, and instants just before, at and just after each stored event, read with the
   * object's audit snapshots and again after they were deleted: the same answers, and the first
   * reading served from the snapshots where one lay within the point.
   */
  void assertSamePastStatesWithoutSnapshots(String kind, String id, long firstSnapshot) {
    String path = "/api/" + kind + "/" + id;
    List<Instant> at = storedTimes(kind, id);
    List<String> queries = new ArrayList<>();
    for (int k = 0; k <= at.size(); k++) {
      queries.add("?version=" + k);
    }
    for (Instant t : at) {
      queries.addAll(List.of(asOf(t.minusMillis(1)), asOf(t), asOf(t.plusMillis(1))));
    }
    List<HttpResponse<String>> withSnapshots = new ArrayList<>();
    double before = replaysFromSnapshots();
    queries.forEach(q -> withSnapshots.add(api().get(path + q, auditor())));
    long eventsFromTheSnapshot = at.size() - firstSnapshot;
    assertThat(replaysFromSnapshots() - before)
        .as("versions from %s on (and one beyond), and the instants at and after each event from it", firstSnapshot)
        .isGreaterThanOrEqualTo(eventsFromTheSnapshot + 1 + 2 * eventsFromTheSnapshot);

    assertThat(jdbc.update("DELETE FROM audit_snapshot WHERE aggregate_id = ?", id)).isPositive();

    for (int i = 0; i < queries.size(); i++) {
      HttpResponse<String> without = api().get(path + queries.get(i), auditor());
      assertThat(without.statusCode()).as(queries.get(i)).isEqualTo(withSnapshots.get(i).statusCode());
      assertThat(Api.json(without)).as(queries.get(i)).isEqualTo(Api.json(withSnapshots.get(i)));
    }
  }

  static void pause() {
    try {
      Thread.sleep(3);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  // ---------------------------------------------------------------- hazards

  @Test
  void hazard_acrossAReopenCycle_isAsItWasAtEachVersionAndInstant() {
    String id = hazardThroughAReopenCycle();
    String path = "/api/hazards/" + id;
    assertThat(jdbc.queryForObject(
            "SELECT count(*) FROM snapshotevententry WHERE aggregateidentifier = ?", Long.class, id))
        .as("snapshotted (the test profile snapshots every few events), yet replayed from its events")
        .isPositive();
    List<Instant> at = storedTimes("hazards", id);
    assertThat(at).hasSize(7).isSorted().doesNotHaveDuplicates();
    List<String> statuses =
        List.of("REPORTED", "PLANNED", "RECTIFYING", "SUBMITTED", "SIGNED_OFF", "REOPENED", "PLANNED");

    for (int k = 0; k < 7; k++) {
      JsonNode atVersion = read(path + "?version=" + k, auditor());
      JsonNode atInstant = read(path + asOf(at.get(k)), auditor());
      assertThat(atVersion.get("status").asText()).as("version %s", k).isEqualTo(statuses.get(k));
      assertThat(atVersion.get("version").asLong()).isEqualTo(k);
      assertThat(atVersion.has("asOf")).isFalse();
      assertThat(Instant.parse(atInstant.get("asOf").asText())).isEqualTo(at.get(k));
      assertThat(without(atInstant, "asOf")).as("asOf the time of event %s", k).isEqualTo(atVersion);
    }

    JsonNode betweenSignOffAndReopening = read(path + asOf(at.get(5).minusMillis(1)), auditor());
    assertThat(betweenSignOffAndReopening.get("status").asText()).isEqualTo("SIGNED_OFF");
    assertThat(betweenSignOffAndReopening.get("version").asLong()).isEqualTo(4);
    assertThat(betweenSignOffAndReopening.get("signedOff").get("userId").asText()).isEqualTo("inspector-li");
    assertThat(betweenSignOffAndReopening.get("progressPercent").asInt()).isEqualTo(100);

    JsonNode afterReopening = read(path + asOf(at.get(5)), auditor());
    assertThat(afterReopening.get("status").asText()).isEqualTo("REOPENED");
    assertThat(afterReopening.get("signedOff").isNull()).isTrue();
    assertThat(afterReopening.get("plan").get("measures").get(0).asText()).isEqualTo("Fence off the crest of bench 4");

    JsonNode replanned = read(path + "?version=6", auditor());
    assertThat(replanned.get("plan").get("measures").get(0).asText()).isEqualTo("Cut bench 4 back to the designed 12 m");
    assertThat(replanned.get("plan").get("funds").get("amountCny").decimalValue()).isEqualByComparingTo("12000.50");
  }

  @Test
  void hazard_throughTwoReopenCycles_isTheSame_fromItsSnapshotsAndFromEveryEvent() {
    String id = hazardThroughAReopenCycle();
    String path = "/api/hazards/" + id;
    command("POST", path + "/rectification-start", enterprise(ENTERPRISE_A), null);
    command("POST", path + "/completion", enterprise(ENTERPRISE_A), "{\"evidenceRefs\": [\"photo://cut\"], \"note\": \"Cut\"}");
    command("POST", path + "/verification", townAgency(), "{\"outcome\": \"REJECT\", \"reason\": \"Not 12 m yet\"}");
    command("POST", path + "/completion", enterprise(ENTERPRISE_A), "{\"evidenceRefs\": [\"photo://cut-2\"], \"note\": \"Cut\"}");
    command("POST", path + "/verification", townAgency(), "{\"outcome\": \"ACCEPT\", \"reason\": \"12 m\"}");
    command("POST", path + "/reopening", townAgency(),
        "{\"reason\": \"Cracks again\", \"reviewReference\": \"revisit-2026-11\"}");
    command("PUT", path + "/plan", enterprise(ENTERPRISE_A), planBody("Cut bench 4 back to 15 m", 40));
    awaitSnapshots(id, 2, 5, 8, 11);

    assertThat(read(path + "?version=13", auditor()).get("status").asText()).isEqualTo("PLANNED");
    assertSamePastStatesWithoutSnapshots("hazards", id, 2);
  }

  @Test
  void hazard_atItsLatestVersion_orAsOfNow_isExactlyWhatThePlainGetShows() {
    String id = hazardThroughAReopenCycle();
    JsonNode current = read("/api/hazards/" + id, auditor());

    JsonNode latest = read("/api/hazards/" + id + "?version=" + current.get("version").asLong(), auditor());
    JsonNode now = read("/api/hazards/" + id + asOf(Instant.now()), auditor());

    assertThat(latest).isEqualTo(current);
    assertThat(without(now, "asOf")).isEqualTo(current);
  }

  @Test
  void hazard_beforeItsReport_orBeyondItsLatestVersion_isNotFound() {
    String id = reportHazard(registerMine());
    Instant reportedAt = storedTimes("hazards", id).get(0);

    HttpResponse<String> before = api().get("/api/hazards/" + id + asOf(reportedAt.minusMillis(1)), auditor());
    assertProblem(before, 404, "not-found");
    assertThat(Api.json(before).get("detail").asText()).contains("did not exist yet");
    HttpResponse<String> beyond = api().get("/api/hazards/" + id + "?version=1", auditor());
    assertProblem(beyond, 404, "not-found");
    assertThat(Api.json(beyond).get("detail").asText()).contains("has no version 1");
    assertThat(read("/api/hazards/" + id + asOf(reportedAt), auditor()).get("status").asText()).isEqualTo("REPORTED");
  }

  @Test
  void hazard_malformedOrBothParameters_areBadRequests() {
    String id = reportHazard(registerMine());
    String path = "/api/hazards/" + id;

    for (String query : List.of(
        "?asOf=yesterday", "?asOf=", "?asOf=2026-03-02", "?version=-1", "?version=three", "?version=",
        "?asOf=2026-03-02T01:20:00Z&version=0", "?version=0&asOf=2026-03-02T01:20:00Z")) {
      assertProblem(api().get(path + query, auditor()), 400, "invalid-request");
    }
  }

  @Test
  void hazard_pastStates_areReadByItsPartiesAndAuditors_only() {
    String id = reportHazard(registerMine());
    String missing = UUID.randomUUID().toString();
    Instant now = Instant.now();

    for (String reader : List.of(auditor(), district(), townAgency(), enterprise(ENTERPRISE_A))) {
      assertThat(api().get("/api/hazards/" + id + "?version=0", reader).statusCode()).isEqualTo(200);
      assertThat(api().get("/api/hazards/" + id + asOf(now), reader).statusCode()).isEqualTo(200);
    }
    for (String query : List.of("?version=0", asOf(now))) {
      HttpResponse<String> foreign = api().get("/api/hazards/" + id + query, enterprise(ENTERPRISE_B));
      HttpResponse<String> absent = api().get("/api/hazards/" + missing + query, enterprise(ENTERPRISE_B));
      assertProblem(foreign, 404, "not-found");
      assertProblem(absent, 404, "not-found");
      assertThat(Api.json(foreign).get("detail").asText())
          .isEqualTo(Api.json(absent).get("detail").asText().replace(missing, id));
      assertProblem(api().get("/api/hazards/" + id + query, otherTownAgency()), 404, "not-found");
      assertProblem(api().get("/api/hazards/" + id + query, null), 401, "unauthenticated");
    }
  }

  // ---------------------------------------------------------------- mines

  /** Registered, facts raised, closed: events 0 to 2. */
  String mineRegisteredUpdatedAndClosed() {
    String id = registerMine();
    command("PUT", "/api/mines/" + id + "/facts", townAgency(),
        "{\"slopeHeightMetres\": 80, \"onlineSlopeMonitoring\": true, \"slopeStabilityAnalysisDone\": true}");
    command("POST", "/api/mines/" + id + "/closure", townAgency(), "{\"reason\": \"Licence expired.\"}");
    return id;
  }

  @Test
  void mine_history_listsItsEventsInOrder_attributed_andChained() {
    String id = mineRegisteredUpdatedAndClosed();

    JsonNode history = read("/api/mines/" + id + "/history", auditor());

    assertThat(history.get("aggregateType").asText()).isEqualTo("Mine");
    assertThat(history.get("total").asLong()).isEqualTo(3);
    List<JsonNode> events = new ArrayList<>();
    history.get("events").forEach(events::add);
    assertThat(events).extracting(e -> e.get("type").asText().replaceAll(".*\\.", ""))
        .containsExactly("MineRegisteredEvent", "MineFactsUpdatedEvent", "MineClosedEvent");
    assertThat(events.get(0).get("actor").get("userId").asText()).isEqualTo("inspector-li");
    assertThat(events.get(0).get("actor").get("role").asText()).isEqualTo("TOWN_AGENCY");
    assertThat(events.get(0).get("payload").get("mineId").asText()).isEqualTo(id);
    assertThat(events.get(2).get("payload").get("reason").asText()).isEqualTo("Licence expired.");
    assertThat(events.get(0).get("prevHash").asText()).matches("0{64}");
    for (int i = 1; i < events.size(); i++) {
      assertThat(events.get(i).get("prevHash").asText()).isEqualTo(events.get(i - 1).get("hash").asText());
    }
    JsonNode page = read("/api/mines/" + id + "/history?page=1&size=2", auditor());
    assertThat(page.get("events").get(0).get("sequence").asLong()).isEqualTo(2);
  }

  @Test
  void mine_untouched_isIntact() {
    String id = mineRegisteredUpdatedAndClosed();

    JsonNode integrity = read("/api/mines/" + id + "/integrity", auditor());

    assertThat(integrity.get("intact").asBoolean()).isTrue();
    assertThat(integrity.get("events").asLong()).isEqualTo(3);
    assertThat(integrity.size()).as("nothing broken to name").isEqualTo(2);
  }

  @Test
  void mine_alteredStoredRow_isNamedByItsSequence() {
    String id = mineRegisteredUpdatedAndClosed();

    int altered = jdbc.update(
        "UPDATE domainevententry SET payload = convert_to(replace(convert_from(payload, 'UTF8'),"
            + " 'Licence expired.', 'Closed on request.'), 'UTF8') WHERE aggregateidentifier = ? AND sequencenumber = 2",
        id);
    assertThat(altered).isEqualTo(1);

    JsonNode integrity = read("/api/mines/" + id + "/integrity", auditor());
    assertThat(integrity.get("intact").asBoolean()).isFalse();
    assertThat(integrity.get("events").asLong()).isEqualTo(3);
    assertThat(integrity.get("firstBrokenSequence").asLong()).isEqualTo(2);
    assertThat(integrity.get("reason").asText()).isEqualTo("Event 2 was altered: what is stored no longer hashes to its hash.");
    assertThat(read("/api/mines/" + id + "?version=2", auditor()).get("closureReason").asText())
        .as("a replay shows what is stored now; the integrity check tells it was altered")
        .isEqualTo("Closed on request.");
  }

  /**
   * A past state up to an unreadable event is a conflict; from a sealed snapshot after it, the
   * state as sealed (the limit the audit documents: a snapshot's seal binds it to the chain at its
   * own event, not to every stored row before it). The integrity check names the event either way.
   */
  @Test
  void mine_whoseStoredEventNoLongerReads_isAConflictUpToItsSnapshot_andNamedByIntegrity() {
    String id = mineRegisteredUpdatedAndClosed();
    awaitSnapshots(id, 2);

    assertThat(jdbc.update(
            "UPDATE domainevententry SET payload = convert_to('not an event', 'UTF8')"
                + " WHERE aggregateidentifier = ? AND sequencenumber = 1", id))
        .isEqualTo(1);

    assertThat(read("/api/mines/" + id + "?version=0", auditor()).get("version").asLong()).isZero();
    HttpResponse<String> replay = api().get("/api/mines/" + id + "?version=1", auditor());
    assertProblem(replay, 409, "conflict");
    assertThat(Api.json(replay).get("detail").asText()).contains("cannot be replayed").contains("integrity");
    assertThat(read("/api/mines/" + id + "?version=2", auditor()).get("closureReason").asText())
        .isEqualTo("Licence expired.");
    assertThat(read("/api/mines/" + id + "/integrity", auditor()).get("firstBrokenSequence").asLong()).isEqualTo(1);

    assertThat(jdbc.update("DELETE FROM audit_snapshot WHERE aggregate_id = ?", id)).isEqualTo(1);
    assertProblem(api().get("/api/mines/" + id + "?version=2", auditor()), 409, "conflict");
  }

  @Test
  void mine_isTheSame_fromItsSnapshotsAndFromEveryEvent() {
    String id = registerMine();
    for (int height = 61; height <= 64; height++) {
      command("PUT", "/api/mines/" + id + "/facts", townAgency(),
          "{\"slopeHeightMetres\": " + height + ", \"onlineSlopeMonitoring\": true, \"slopeStabilityAnalysisDone\": true}");
    }
    command("POST", "/api/mines/" + id + "/closure", townAgency(), "{\"reason\": \"Licence expired.\"}");
    awaitSnapshots(id, 2, 5);

    assertSamePastStatesWithoutSnapshots("mines", id, 2);
  }

  @Test
  void mine_isAsItWasAtEachVersionAndInstant() {
    String id = mineRegisteredUpdatedAndClosed();
    String path = "/api/mines/" + id;
    List<Instant> at = storedTimes("mines", id);
    JsonNode current = read(path, auditor());

    JsonNode registered = read(path + "?version=0", auditor());
    assertThat(registered.get("productionStatus").asText()).isEqualTo("OPERATING");
    assertThat(registered.get("facts").get("slopeHeightMetres").asDouble()).isEqualTo(60);
    assertThat(registered.get("changedAt").asText()).isEqualTo(registered.get("registeredAt").asText());
    assertThat(registered.get("registeredBy").get("userId").asText()).isEqualTo("inspector-li");

    JsonNode updated = read(path + asOf(at.get(2).minusMillis(1)), auditor());
    assertThat(updated.get("version").asLong()).isEqualTo(1);
    assertThat(updated.get("facts").get("slopeHeightMetres").asDouble()).isEqualTo(80);
    assertThat(updated.get("productionStatus").asText()).isEqualTo("OPERATING");
    assertThat(Instant.parse(updated.get("changedAt").asText())).isEqualTo(at.get(1));
    assertThat(Instant.parse(updated.get("asOf").asText())).isEqualTo(at.get(2).minusMillis(1));

    assertThat(read(path + "?version=2", auditor())).isEqualTo(current);
    assertThat(current.get("productionStatus").asText()).isEqualTo("CLOSED");
    assertThat(without(read(path + asOf(at.get(2)), auditor()), "asOf")).isEqualTo(current);

    assertProblem(api().get(path + asOf(at.get(0).minusMillis(1)), auditor()), 404, "not-found");
    assertProblem(api().get(path + "?version=3", auditor()), 404, "not-found");
    assertProblem(api().get(path + "?version=1&asOf=" + at.get(0), auditor()), 400, "invalid-request");
  }

  @Test
  void mine_audit_isReadByItsPartiesAndAuditors_only() {
    String id = registerMine();
    String missing = UUID.randomUUID().toString();

    for (String endpoint : List.of("/history", "/integrity", "?version=0", asOf(Instant.now()))) {
      for (String reader : List.of(auditor(), district(), townAgency(), enterprise(ENTERPRISE_A))) {
        assertThat(api().get("/api/mines/" + id + endpoint, reader).statusCode()).as(endpoint).isEqualTo(200);
      }
      HttpResponse<String> foreign = api().get("/api/mines/" + id + endpoint, enterprise(ENTERPRISE_B));
      HttpResponse<String> absent = api().get("/api/mines/" + missing + endpoint, enterprise(ENTERPRISE_B));
      assertProblem(foreign, 404, "not-found");
      assertProblem(absent, 404, "not-found");
      assertThat(Api.json(foreign).get("detail").asText())
          .isEqualTo(Api.json(absent).get("detail").asText().replace(missing, id));
      assertProblem(api().get("/api/mines/" + id + endpoint, otherTownAgency()), 404, "not-found");
      assertProblem(api().get("/api/mines/" + id + endpoint, null), 401, "unauthenticated");
    }
  }
}
