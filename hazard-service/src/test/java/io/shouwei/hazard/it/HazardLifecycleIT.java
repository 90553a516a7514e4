package io.shouwei.hazard.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.shouwei.contracts.Role;
import io.shouwei.embedded.DevTokens;
import io.shouwei.embedded.PostgresDatabase;
import io.shouwei.hazard.hazard.api.ActingAs;
import io.shouwei.hazard.hazard.api.RecordRectificationProgressCommand;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A hazard's whole rectification loop over HTTP, end to end (the aggregate, the JDBC store on
 * PostgreSQL, the view, Kafka): full lifecycles of a major and a general hazard and a reopening
 * cycle; for every command endpoint its success, and 400, 403 (auditor), 404 (another enterprise's
 * or another town's hazard, answered like a missing one), 409, 412 and 422, each storing nothing.
 * One Spring context for all of it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class HazardLifecycleIT {

  static final PostgresDatabase DB = PostgresDatabase.create("hazard_lifecycle");
  static final DevTokens TOKENS = DevTokens.generate();

  static final String ENTERPRISE_A = "ent-a";
  static final String ENTERPRISE_B = "ent-b";
  static final String TOWN = "310115101";
  static final String OTHER_TOWN = "310115102";

  /** Mines registered once for the whole class (one Spring context, one database). */
  static String ordinaryPit;
  static String highSlopePit;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    TestStack.register(registry, DB, TOKENS);
  }

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired CommandGateway commands;

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

  static String enterpriseA() {
    return enterprise(ENTERPRISE_A);
  }

  static String auditor() {
    return TOKENS.token("auditor-wang", List.of("AUDITOR"), "audit-office", List.of(), null);
  }

  // ---------------------------------------------------------------- bodies

  static Instant inDays(int days) {
    return Instant.now().plus(Duration.ofDays(days)).truncatedTo(ChronoUnit.SECONDS);
  }

  static String reportBody(String mineId) {
    return """
        {"mineId": "%s", "source": "AGENCY_INSPECTION",
         "category": "OPEN_PIT_SLOPE", "title": "北帮边坡210米，无在线监测",
         "description": "The north slope is 210 m high and has no online monitoring.",
         "location": "North pit", "discoveredAt": "%s"}
        """.formatted(mineId, Instant.now().minus(Duration.ofHours(1)));
  }

  static String classifyMajorBody() {
    return """
        {"level": "MAJOR", "criteria": ["OP-07.1"], "reason": "Slope of 210 m without online monitoring, confirmed on site"}
        """;
  }

  static String fivePlanBody(Instant deadline) {
    return """
        {"measures": ["Install online slope radar", "Cut bench 3 back to the designed 12 m"],
         "funds": {"amountCny": 850000.50, "source": "Safety budget 2025"},
         "deadline": "%s",
         "responsibility": {"person": "Wang Qiang", "position": "Mine manager", "unit": "North pit operations"},
         "contingencyPlan": {"summary": "Evacuate benches 2-4 on radar alarm", "documentRef": "doc://plans/slope-v3"}}
        """.formatted(deadline);
  }

  static String threePlanBody(Instant deadline) {
    return """
        {"measures": ["Fence off the crest of bench 4"],
         "deadline": "%s",
         "responsibility": {"person": "Wang Qiang", "position": "Mine manager", "unit": "North pit operations"}}
        """.formatted(deadline);
  }

  static String progressBody(int percent) {
    return """
        {"note": "Radar mast erected", "percent": %d, "evidenceRefs": ["photo://mast"]}
        """.formatted(percent);
  }

  static String completionBody() {
    return """
        {"evidenceRefs": ["photo://radar-online", "doc://acceptance-report"], "note": "All measures done"}
        """;
  }

  static String acceptBody() {
    return "{\"outcome\": \"ACCEPT\", \"reason\": \"Verified on site\"}";
  }

  static String rejectBody() {
    return "{\"outcome\": \"REJECT\", \"reason\": \"Radar not connected to the monitoring centre\"}";
  }

  static String extensionBody(Instant requestedDeadline) {
    return "{\"requestedDeadline\": \"%s\", \"reason\": \"Radar delivery delayed by the supplier\"}"
        .formatted(requestedDeadline);
  }

  static String approveBody() {
    return "{\"decision\": \"APPROVE\"}";
  }

  static String reopenBody() {
    return "{\"reason\": \"Cracks found again on the look-back review\", \"reviewReference\": \"revisit-2025-09\"}";
  }

  // ---------------------------------------------------------------- driving

  Api api() {
    return new Api(port);
  }

  HttpResponse<String> send(String method, String path, String token, String body, String ifMatch) {
    return ifMatch == null
        ? api().exchange(method, path, token, body)
        : api().exchange(method, path, token, body, "If-Match", ifMatch);
  }

  HttpResponse<String> post(String id, String action, String token, String body) {
    return send("POST", "/api/hazards/" + id + "/" + action, token, body, null);
  }

  /** Sends a command that must succeed; answers the hazard afterwards. */
  JsonNode ok(String method, String id, String action, String token, String body) {
    HttpResponse<String> response = send(method, "/api/hazards/" + id + "/" + action, token, body, null);
    assertThat(response.statusCode()).as(method + " " + action + ": " + response.body()).isBetween(200, 201);
    JsonNode hazard = Api.json(response);
    assertThat(etag(response)).isEqualTo("\"" + hazard.get("version").asLong() + "\"");
    return hazard;
  }

  /** An open pit of enterprise A whose facts meet no criterion: its hazards are suggested GENERAL. */
  String ordinaryPit() {
    if (ordinaryPit == null) {
      ordinaryPit = api().registerMine(district(), ENTERPRISE_A, TOWN, "OPEN_PIT", Api.ORDINARY_PIT_FACTS);
    }
    return ordinaryPit;
  }

  /** An open pit of enterprise A with a 210 m slope and no online monitoring (criterion OP-07.1). */
  String highSlopePit() {
    if (highSlopePit == null) {
      highSlopePit = api().registerMine(district(), ENTERPRISE_A, TOWN, "OPEN_PIT",
          "{\"slopeHeightMetres\": 210, \"onlineSlopeMonitoring\": false}");
    }
    return highSlopePit;
  }

  /** Reports on the mine; answers the 201 body. */
  JsonNode reportOn(String token, String mineId) {
    HttpResponse<String> response = api().post("/api/hazards", token, null, reportBody(mineId));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return Api.json(response);
  }

  String report(String token, String mineId) {
    return reportOn(token, mineId).get("id").asText();
  }

  JsonNode get(String id) {
    HttpResponse<String> response = api().get("/api/hazards/" + id, district());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Api.json(response);
  }

  /** A general hazard of enterprise A, reported by the town agency. */
  String reported() {
    return report(townAgency(), ordinaryPit());
  }

  String planned() {
    String id = reported();
    ok("PUT", id, "plan", enterpriseA(), threePlanBody(inDays(30)));
    return id;
  }

  String rectifying() {
    String id = planned();
    ok("POST", id, "rectification-start", enterpriseA(), null);
    return id;
  }

  String submitted() {
    String id = rectifying();
    ok("POST", id, "completion", enterpriseA(), completionBody());
    return id;
  }

  String majorSubmitted() {
    String id = reported();
    ok("POST", id, "classification", townAgency(), classifyMajorBody());
    ok("PUT", id, "plan", enterpriseA(), fivePlanBody(inDays(30)));
    ok("POST", id, "rectification-start", enterpriseA(), null);
    ok("POST", id, "completion", enterpriseA(), completionBody());
    return id;
  }

  String signedOff() {
    String id = submitted();
    ok("POST", id, "verification", enterpriseA(), acceptBody());
    return id;
  }

  String withPendingExtension() {
    String id = rectifying();
    ok("POST", id, "deadline-extensions", enterpriseA(), extensionBody(inDays(60)));
    return id;
  }

  long storedEvents(String id) {
    return jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?", Long.class, id);
  }

  static String etag(HttpResponse<String> response) {
    return response.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag: " + response));
  }

  static JsonNode assertProblem(HttpResponse<String> response, int status, String type) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(Api.contentType(response)).startsWith("application/problem+json");
    JsonNode problem = Api.json(response);
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("type").asText()).isEqualTo("https://shouwei.io/problems/" + type);
    return problem;
  }

  static void assertRule(HttpResponse<String> response, int status, String rule) {
    JsonNode problem = assertProblem(response, status, switch (status) {
      case 403 -> "forbidden";
      case 404 -> "not-found";
      default -> "rule-violated";
    });
    assertThat(problem.get("rule").asText()).isEqualTo(rule);
  }

  static List<String> fields(HttpResponse<String> response) {
    return Api.json(response).get("errors").findValuesAsText("field");
  }

  static List<String> texts(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

  // ---------------------------------------------------------------- lifecycles

  @Test
  void majorHazard_reportedByTownAgency_plannedWithFiveItemsByEnterprise_rectified_signedOffByAgency() {
    JsonNode created = reportOn(townAgency(), highSlopePit());
    assertThat(created.get("suggestedLevel").asText()).isEqualTo("MAJOR");
    assertThat(created.get("matchedCriteria")).hasSize(1);
    JsonNode matched = created.get("matchedCriteria").get(0);
    assertThat(matched.get("code").asText()).isEqualTo("OP-07.1");
    assertThat(matched.get("reason").asText()).isNotBlank();
    assertThat(matched.get("textZh").asText()).contains("在线监测");
    assertThat(matched.get("textEn").asText()).isNotBlank();
    assertThat(created.get("number").asText()).startsWith("YH-" + TOWN + "-");
    String id = created.get("id").asText();
    HttpResponse<String> read = api().get("/api/hazards/" + id, townAgency());
    assertThat(etag(read)).isEqualTo("\"0\"");
    assertThat(Api.json(read).get("suggestedLevel").asText()).isEqualTo("MAJOR");
    assertThat(texts(Api.json(read).get("suggestedCriteria"))).containsExactly("OP-07.1");
    assertThat(Api.json(read).get("level").isNull()).isTrue();

    JsonNode classified =
        Api.json(send("POST", "/api/hazards/" + id + "/classification", townAgency(), classifyMajorBody(), etag(read)));
    assertThat(classified.get("level").asText()).isEqualTo("MAJOR");
    assertThat(texts(classified.get("criteria"))).containsExactly("OP-07.1");
    assertThat(classified.get("suggestedLevel").asText()).as("kept beside the classification").isEqualTo("MAJOR");
    assertThat(classified.get("version").asLong()).isEqualTo(1);

    Instant deadline = inDays(45);
    HttpResponse<String> planned = send("PUT", "/api/hazards/" + id + "/plan", enterpriseA(), fivePlanBody(deadline), "\"1\"");
    assertThat(planned.statusCode()).as(planned.body()).isEqualTo(200);
    JsonNode plan = Api.json(planned).get("plan");
    assertThat(Api.json(planned).get("status").asText()).isEqualTo("PLANNED");
    assertThat(texts(plan.get("measures"))).hasSize(2);
    assertThat(plan.get("funds").get("amountCny").decimalValue()).isEqualByComparingTo("850000.50");
    assertThat(plan.get("responsibility").get("person").asText()).isEqualTo("Wang Qiang");
    assertThat(plan.get("contingencyPlan").get("documentRef").asText()).isEqualTo("doc://plans/slope-v3");
    assertThat(Instant.parse(Api.json(planned).get("deadline").asText())).isEqualTo(deadline);

    assertThat(send("POST", "/api/hazards/" + id + "/rectification-start", enterpriseA(), null, etag(planned))
        .statusCode()).isEqualTo(200);
    assertThat(ok("POST", id, "progress", enterpriseA(), progressBody(50)).get("progressPercent").asInt()).isEqualTo(50);
    JsonNode submitted = ok("POST", id, "completion", enterpriseA(), completionBody());
    assertThat(submitted.get("status").asText()).isEqualTo("SUBMITTED");

    long before = storedEvents(id);
    assertRule(post(id, "verification", enterpriseA(), acceptBody()), 403, "MAJOR_VERIFICATION_NEEDS_AGENCY");
    assertThat(storedEvents(id)).isEqualTo(before);

    JsonNode signedOff = ok("POST", id, "verification", townAgency(), acceptBody());
    assertThat(signedOff.get("status").asText()).isEqualTo("SIGNED_OFF");
    assertThat(signedOff.get("signedOff").get("userId").asText()).isEqualTo("inspector-li");
    assertThat(signedOff.get("signedOff").get("role").asText()).isEqualTo("TOWN_AGENCY");
    assertThat(signedOff.get("version").asLong()).isEqualTo(6);
    assertThat(get(id)).isEqualTo(signedOff);

    List<ConsumerRecord<String, String>> records = EventsTopic.awaitRecords(id, 7, Duration.ofSeconds(60));
    assertThat(records.stream().map(r -> EventsTopic.value(r).get("type").asText()))
        .containsExactly("HazardReported", "HazardClassified", "RectificationPlanned", "RectificationStarted",
            "RectificationProgressRecorded", "RectificationCompleted", "HazardSignedOff");
    JsonNode signOffEnvelope = EventsTopic.value(records.get(6));
    assertThat(signOffEnvelope.get("sequence").asLong()).isEqualTo(6);
    assertThat(signOffEnvelope.get("actor").get("userId").asText()).isEqualTo("inspector-li");
    assertThat(signOffEnvelope.get("payload").get("level").asText()).isEqualTo("MAJOR");
    assertThat(EventsTopic.value(records.get(2)).get("payload").get("funds").get("amountCny").decimalValue())
        .isEqualByComparingTo("850000.50");
  }

  @Test
  void generalHazard_reportedAndClosedByTheEnterpriseItself() {
    String id = report(enterpriseA(), ordinaryPit());

    ok("PUT", id, "plan", enterpriseA(), threePlanBody(inDays(20)));
    ok("POST", id, "rectification-start", enterpriseA(), null);
    ok("POST", id, "progress", enterpriseA(), progressBody(100));
    ok("POST", id, "completion", enterpriseA(), completionBody());
    JsonNode closed = ok("POST", id, "verification", enterpriseA(), acceptBody());

    assertThat(closed.get("status").asText()).isEqualTo("SIGNED_OFF");
    assertThat(closed.get("level").isNull()).isTrue();
    assertThat(closed.get("plan").get("funds").isNull()).isTrue();
    assertThat(closed.get("signedOff").get("userId").asText()).isEqualTo("safety-ent-a");
    assertThat(closed.get("signedOff").get("role").asText()).isEqualTo("ENTERPRISE");
    assertThat(closed.get("progressPercent").asInt()).isEqualTo(100);
  }

  @Test
  void reopenCycle_signedOff_reopenedByAgency_plannedAgain_rejectedOnce_signedOffAgain() {
    String id = signedOff();

    assertRule(post(id, "reopening", enterpriseA(), reopenBody()), 403, "REOPENING_NEEDS_AGENCY");
    JsonNode reopened = ok("POST", id, "reopening", townAgency(), reopenBody());
    assertThat(reopened.get("status").asText()).isEqualTo("REOPENED");
    assertThat(reopened.get("signedOff").isNull()).isTrue();
    assertThat(reopened.get("progressPercent").asInt()).isZero();

    assertThat(ok("PUT", id, "plan", enterpriseA(), threePlanBody(inDays(15))).get("status").asText()).isEqualTo("PLANNED");
    ok("POST", id, "rectification-start", enterpriseA(), null);
    ok("POST", id, "progress", enterpriseA(), progressBody(80));
    ok("POST", id, "completion", enterpriseA(), completionBody());
    JsonNode rejected = ok("POST", id, "verification", townAgency(), rejectBody());
    assertThat(rejected.get("status").asText()).isEqualTo("RECTIFYING");
    assertThat(rejected.get("progressPercent").asInt()).isZero();

    ok("POST", id, "progress", enterpriseA(), progressBody(30));
    ok("POST", id, "completion", enterpriseA(), completionBody());
    JsonNode closedAgain = ok("POST", id, "verification", enterpriseA(), acceptBody());
    assertThat(closedAgain.get("status").asText()).isEqualTo("SIGNED_OFF");
    assertThat(closedAgain.get("version").asLong()).isEqualTo(storedEvents(id) - 1);
  }

  // ---------------------------------------------------------------- every command endpoint

  /**
   * A command endpoint: how to bring a hazard of enterprise A into a state where the command
   * succeeds, the path after the hazard's id, the body, and who may send it.
   */
  record Endpoint(
      String name, String method, Function<HazardLifecycleIT, String> given, String action, String body,
      Function<HazardLifecycleIT, String> actor) {

    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Endpoint> endpoints() {
    return Stream.of(
        new Endpoint("classification", "POST", HazardLifecycleIT::reported, "classification", classifyMajorBody(),
            t -> townAgency()),
        new Endpoint("plan", "PUT", HazardLifecycleIT::reported, "plan", threePlanBody(inDays(30)),
            t -> enterpriseA()),
        new Endpoint("rectification-start", "POST", HazardLifecycleIT::planned, "rectification-start", null,
            t -> enterpriseA()),
        new Endpoint("progress", "POST", HazardLifecycleIT::rectifying, "progress", progressBody(40),
            t -> enterpriseA()),
        new Endpoint("completion", "POST", HazardLifecycleIT::rectifying, "completion", completionBody(),
            t -> enterpriseA()),
        new Endpoint("verification", "POST", HazardLifecycleIT::submitted, "verification", acceptBody(),
            t -> enterpriseA()),
        new Endpoint("deadline-extensions", "POST", HazardLifecycleIT::planned, "deadline-extensions",
            extensionBody(inDays(90)), t -> enterpriseA()),
        new Endpoint("deadline-extension decision", "POST", HazardLifecycleIT::withPendingExtension,
            "deadline-extensions/1/decision", approveBody(), t -> townAgency()),
        new Endpoint("reopening", "POST", HazardLifecycleIT::signedOff, "reopening", reopenBody(),
            t -> district()));
  }

  HttpResponse<String> call(Endpoint e, String id, String token, String ifMatch) {
    return send(e.method(), "/api/hazards/" + id + "/" + e.action(), token, e.body(), ifMatch);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void everyCommand_withTheCurrentETag_succeeds_andAnswersTheNextVersion(Endpoint e) {
    String id = e.given().apply(this);
    String current = etag(api().get("/api/hazards/" + id, district()));

    HttpResponse<String> response = call(e, id, e.actor().apply(this), current);

    assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
    long version = Api.json(response).get("version").asLong();
    assertThat(current).isEqualTo("\"" + (version - 1) + "\"");
    assertThat(etag(response)).isEqualTo("\"" + version + "\"");
    assertThat(storedEvents(id)).isEqualTo(version + 1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void everyCommand_byAnAuditor_isForbidden_andStoresNothing(Endpoint e) {
    String id = e.given().apply(this);
    long before = storedEvents(id);

    assertProblem(call(e, id, auditor(), null), 403, "forbidden");
    assertThat(storedEvents(id)).isEqualTo(before);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void everyCommand_onAnotherEnterprisesHazard_isNotFound_exactlyLikeAMissingHazard(Endpoint e) {
    String id = e.given().apply(this);
    long before = storedEvents(id);
    String missing = UUID.randomUUID().toString();

    JsonNode foreign = assertProblem(call(e, id, enterprise(ENTERPRISE_B), null), 404, "not-found");
    JsonNode none = assertProblem(call(e, missing, enterprise(ENTERPRISE_B), null), 404, "not-found");

    assertThat(foreign.get("title")).isEqualTo(none.get("title"));
    assertThat(foreign.get("detail").asText()).isEqualTo(none.get("detail").asText().replace(missing, id));
    assertThat(storedEvents(id)).isEqualTo(before);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void everyCommand_byATownAgencyOfAnotherTown_isNotFound(Endpoint e) {
    String id = e.given().apply(this);
    long before = storedEvents(id);

    assertProblem(call(e, id, otherTownAgency(), null), 404, "not-found");
    assertThat(storedEvents(id)).isEqualTo(before);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void everyCommand_withTheETagOfAnotherVersion_isPreconditionFailed_andStoresNothing(Endpoint e) {
    String id = e.given().apply(this);
    long before = storedEvents(id);
    long current = before - 1;
    long other = current > 0 ? current - 1 : current + 1;

    JsonNode problem = assertProblem(call(e, id, e.actor().apply(this), "\"" + other + "\""), 412, "precondition-failed");

    assertThat(problem.get("version").asLong()).isEqualTo(current);
    assertThat(storedEvents(id)).isEqualTo(before);
    assertThat(get(id).get("version").asLong()).isEqualTo(current);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void everyCommand_withAWeakOrForeignETag_isPreconditionFailed(Endpoint e) {
    String id = e.given().apply(this);
    long before = storedEvents(id);

    assertProblem(call(e, id, e.actor().apply(this), "W/\"" + (before - 1) + "\""), 412, "precondition-failed");
    assertThat(storedEvents(id)).isEqualTo(before);
  }

  // ---------------------------------------------------------------- 400, 409, 422 per endpoint

  @Test
  void classification_withoutLevelOrWithABadCriterionCode_isBadRequest() {
    String id = reported();

    HttpResponse<String> response =
        post(id, "classification", townAgency(), "{\"criteria\": [\"slope\"], \"reason\": \"r\"}");

    assertProblem(response, 400, "invalid-request");
    assertThat(fields(response)).containsExactlyInAnyOrder("level", "criteria[0]");
    assertThat(storedEvents(id)).isOne();
  }

  @Test
  void classification_ofAMajorHazardWithoutCriteria_isUnprocessable() {
    String id = reported();

    assertRule(post(id, "classification", townAgency(), "{\"level\": \"MAJOR\", \"criteria\": [], \"reason\": \"r\"}"),
        422, "MAJOR_NEEDS_CRITERIA");
    assertThat(storedEvents(id)).isOne();
  }

  @Test
  void classification_asMajorByTheEnterprise_isForbiddenByTheRule() {
    String id = reported();

    assertRule(post(id, "classification", enterpriseA(), classifyMajorBody()), 403, "CLASSIFICATION_NEEDS_AGENCY");
    assertThat(storedEvents(id)).isOne();
  }

  @Test
  void classification_whileRectifying_isAConflictNamingStateAndAllowedCommands() {
    String id = rectifying();

    JsonNode problem =
        assertProblem(post(id, "classification", townAgency(), classifyMajorBody()), 409, "invalid-state-transition");

    assertThat(problem.get("state").asText()).isEqualTo("RECTIFYING");
    assertThat(texts(problem.get("allowedCommands")))
        .containsExactly("RECORD_RECTIFICATION_PROGRESS", "COMPLETE_RECTIFICATION", "REQUEST_DEADLINE_EXTENSION");
    assertThat(storedEvents(id)).isEqualTo(3);
  }

  @Test
  void plan_withoutDeadlineOrResponsibilityPerson_isBadRequest() {
    String id = reported();
    String body = """
        {"measures": ["Fence"], "responsibility": {"person": "", "position": "Manager", "unit": "Pit"}}
        """;

    HttpResponse<String> response = send("PUT", "/api/hazards/" + id + "/plan", enterpriseA(), body, null);

    assertProblem(response, 400, "invalid-request");
    assertThat(fields(response)).containsExactlyInAnyOrder("deadline", "responsibility.person");
    assertThat(storedEvents(id)).isOne();
  }

  @Test
  void plan_ofAMajorHazardWithThreeItems_isUnprocessable_namingTheRule() {
    String id = reported();
    ok("POST", id, "classification", townAgency(), classifyMajorBody());

    HttpResponse<String> response = send("PUT", "/api/hazards/" + id + "/plan", enterpriseA(), threePlanBody(inDays(30)), null);

    assertRule(response, 422, "PLAN_INCOMPLETE");
    assertThat(Api.json(response).get("detail").asText()).contains("funds", "contingencyPlan");
    assertThat(storedEvents(id)).isEqualTo(2);
  }

  @Test
  void plan_withAPastDeadlineOrNegativeFunds_isUnprocessable() {
    String id = reported();

    assertRule(send("PUT", "/api/hazards/" + id + "/plan", enterpriseA(), threePlanBody(inDays(-1)), null),
        422, "DEADLINE_NOT_IN_FUTURE");
    assertRule(send("PUT", "/api/hazards/" + id + "/plan", enterpriseA(),
        fivePlanBody(inDays(30)).replace("850000.50", "-1"), null), 422, "FUNDS_NEGATIVE");
    assertThat(storedEvents(id)).isOne();
  }

  @Test
  void plan_whenSubmitted_isAConflict() {
    String id = submitted();

    JsonNode problem = assertProblem(
        send("PUT", "/api/hazards/" + id + "/plan", enterpriseA(), threePlanBody(inDays(30)), null), 409,
        "invalid-state-transition");

    assertThat(problem.get("state").asText()).isEqualTo("SUBMITTED");
    assertThat(texts(problem.get("allowedCommands"))).containsExactly("VERIFY_RECTIFICATION");
  }

  @Test
  void plan_again_whilePlanned_replacesThePlan() {
    String id = planned();
    Instant later = inDays(40);

    JsonNode replanned = ok("PUT", id, "plan", enterpriseA(), threePlanBody(later));

    assertThat(replanned.get("status").asText()).isEqualTo("PLANNED");
    assertThat(Instant.parse(replanned.get("deadline").asText())).isEqualTo(later);
  }

  @Test
  void rectificationStart_withAMalformedIfMatch_isBadRequest() {
    String id = planned();

    HttpResponse<String> response = send("POST", "/api/hazards/" + id + "/rectification-start", enterpriseA(), null, "1");

    assertProblem(response, 400, "invalid-request");
    assertThat(fields(response)).containsExactly("If-Match");
    assertThat(storedEvents(id)).isEqualTo(2);
  }

  @Test
  void rectificationStart_ofAMajorHazardPlannedWithThreeItems_isUnprocessable() {
    String id = planned();
    ok("POST", id, "classification", townAgency(), classifyMajorBody());

    assertRule(post(id, "rectification-start", enterpriseA(), null), 422, "PLAN_INCOMPLETE");
    assertThat(storedEvents(id)).isEqualTo(3);
  }

  @Test
  void rectificationStart_whenReported_isAConflict() {
    String id = reported();

    JsonNode problem = assertProblem(post(id, "rectification-start", enterpriseA(), null), 409, "invalid-state-transition");

    assertThat(problem.get("state").asText()).isEqualTo("REPORTED");
    assertThat(texts(problem.get("allowedCommands"))).containsExactly("CLASSIFY_HAZARD", "PLAN_RECTIFICATION");
  }

  @Test
  void progress_withoutPercent_isBadRequest() {
    String id = rectifying();

    HttpResponse<String> response = post(id, "progress", enterpriseA(), "{\"note\": \"n\"}");

    assertProblem(response, 400, "invalid-request");
    assertThat(fields(response)).containsExactly("percent");
  }

  @Test
  void progress_goingBackOrAbove100_isUnprocessable() {
    String id = rectifying();
    ok("POST", id, "progress", enterpriseA(), progressBody(60));

    assertRule(post(id, "progress", enterpriseA(), progressBody(59)), 422, "PROGRESS_DECREASED");
    assertRule(post(id, "progress", enterpriseA(), progressBody(101)), 422, "PERCENT_OUT_OF_RANGE");
    assertThat(get(id).get("progressPercent").asInt()).isEqualTo(60);
    assertThat(storedEvents(id)).isEqualTo(4);
  }

  @Test
  void progress_whenPlanned_isAConflict() {
    String id = planned();

    assertThat(assertProblem(post(id, "progress", enterpriseA(), progressBody(10)), 409, "invalid-state-transition")
        .get("state").asText()).isEqualTo("PLANNED");
  }

  @Test
  void completion_withoutEvidenceList_isBadRequest() {
    String id = rectifying();

    HttpResponse<String> response = post(id, "completion", enterpriseA(), "{\"note\": \"done\"}");

    assertProblem(response, 400, "invalid-request");
    assertThat(fields(response)).containsExactly("evidenceRefs");
  }

  @Test
  void completion_withNoEvidence_isUnprocessable() {
    String id = rectifying();

    assertRule(post(id, "completion", enterpriseA(), "{\"evidenceRefs\": []}"), 422, "EVIDENCE_REQUIRED");
    assertThat(storedEvents(id)).isEqualTo(3);
  }

  @Test
  void completion_whenPlanned_isAConflict() {
    String id = planned();

    assertProblem(post(id, "completion", enterpriseA(), completionBody()), 409, "invalid-state-transition");
  }

  @Test
  void verification_withoutOutcome_isBadRequest() {
    String id = submitted();

    HttpResponse<String> response = post(id, "verification", enterpriseA(), "{\"reason\": \"fine\"}");

    assertProblem(response, 400, "invalid-request");
    assertThat(fields(response)).containsExactly("outcome");
  }

  @Test
  void verification_rejectingWithoutReason_isUnprocessable() {
    String id = submitted();

    assertRule(post(id, "verification", townAgency(), "{\"outcome\": \"REJECT\"}"), 422, "REJECTION_REASON_REQUIRED");
    assertThat(get(id).get("status").asText()).isEqualTo("SUBMITTED");
  }

  @Test
  void verification_rejectingWithReason_sendsTheHazardBackToRectifying() {
    String id = majorSubmitted();

    JsonNode rejected = ok("POST", id, "verification", district(), rejectBody());

    assertThat(rejected.get("status").asText()).isEqualTo("RECTIFYING");
  }

  @Test
  void verification_ofAGeneralHazardByAnotherTownsAgency_isNotFound_butByItsTownAgency_signsOff() {
    String id = submitted();

    assertProblem(post(id, "verification", otherTownAgency(), acceptBody()), 404, "not-found");
    assertThat(ok("POST", id, "verification", townAgency(), acceptBody()).get("status").asText()).isEqualTo("SIGNED_OFF");
  }

  @Test
  void verification_whileRectifying_isAConflict() {
    String id = rectifying();

    assertProblem(post(id, "verification", townAgency(), acceptBody()), 409, "invalid-state-transition");
  }

  @Test
  void deadlineExtension_isCreated_numbered_andShownAsPending() {
    String id = rectifying();
    Instant requested = inDays(60);

    HttpResponse<String> response = post(id, "deadline-extensions", enterpriseA(), extensionBody(requested));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    assertThat(response.headers().firstValue("Location")).contains("/api/hazards/" + id + "/deadline-extensions/1");
    JsonNode pending = Api.json(response).get("pendingExtension");
    assertThat(pending.get("number").asInt()).isEqualTo(1);
    assertThat(Instant.parse(pending.get("requestedDeadline").asText())).isEqualTo(requested);
    assertThat(pending.get("reason").asText()).isEqualTo("Radar delivery delayed by the supplier");
  }

  @Test
  void deadlineExtension_withoutNewDate_isBadRequest() {
    String id = planned();

    HttpResponse<String> response = post(id, "deadline-extensions", enterpriseA(), "{\"reason\": \"late\"}");

    assertProblem(response, 400, "invalid-request");
    assertThat(fields(response)).containsExactly("requestedDeadline");
  }

  @Test
  void deadlineExtension_notAfterTheDeadline_orWhileOneIsPending_isUnprocessable() {
    String id = planned();
    Instant deadline = Instant.parse(get(id).get("deadline").asText());

    assertRule(post(id, "deadline-extensions", enterpriseA(), extensionBody(deadline)), 422, "EXTENSION_NOT_AFTER_DEADLINE");
    ok("POST", id, "deadline-extensions", enterpriseA(), extensionBody(inDays(60)));
    assertRule(post(id, "deadline-extensions", enterpriseA(), extensionBody(inDays(70))), 422, "EXTENSION_ALREADY_PENDING");
    assertThat(storedEvents(id)).isEqualTo(3);
  }

  @Test
  void deadlineExtension_requestedByAnAgency_isForbiddenByTheRule() {
    String id = planned();

    assertRule(post(id, "deadline-extensions", townAgency(), extensionBody(inDays(60))), 403,
        "EXTENSION_REQUEST_NEEDS_ENTERPRISE");
  }

  @Test
  void deadlineExtension_whenReported_isAConflict() {
    String id = reported();

    assertProblem(post(id, "deadline-extensions", enterpriseA(), extensionBody(inDays(60))), 409,
        "invalid-state-transition");
  }

  @Test
  void deadlineExtensionDecision_approving_movesTheDeadline_refusingKeepsIt_andTheNextRequestIsNumberTwo() {
    String id = rectifying();
    Instant planned = Instant.parse(get(id).get("deadline").asText());
    Instant first = inDays(60);
    ok("POST", id, "deadline-extensions", enterpriseA(), extensionBody(first));

    JsonNode refused = ok("POST", id, "deadline-extensions/1/decision", townAgency(),
        "{\"decision\": \"REFUSE\", \"reason\": \"Interim measures suffice\"}");
    assertThat(refused.get("pendingExtension").isNull()).isTrue();
    assertThat(Instant.parse(refused.get("deadline").asText())).isEqualTo(planned);

    HttpResponse<String> second = post(id, "deadline-extensions", enterpriseA(), extensionBody(first));
    assertThat(second.headers().firstValue("Location")).contains("/api/hazards/" + id + "/deadline-extensions/2");
    JsonNode approved = ok("POST", id, "deadline-extensions/2/decision", district(), approveBody());
    assertThat(approved.get("pendingExtension").isNull()).isTrue();
    assertThat(Instant.parse(approved.get("deadline").asText())).isEqualTo(first);
    assertThat(Instant.parse(approved.get("plan").get("deadline").asText())).isEqualTo(planned);
  }

  @Test
  void deadlineExtensionDecision_withoutDecision_isBadRequest() {
    String id = withPendingExtension();

    HttpResponse<String> response = post(id, "deadline-extensions/1/decision", townAgency(), "{}");

    assertProblem(response, 400, "invalid-request");
    assertThat(fields(response)).containsExactly("decision");
  }

  @Test
  void deadlineExtensionDecision_refusingWithoutReason_isUnprocessable() {
    String id = withPendingExtension();

    assertRule(post(id, "deadline-extensions/1/decision", townAgency(), "{\"decision\": \"REFUSE\"}"), 422,
        "REFUSAL_REASON_REQUIRED");
    assertThat(get(id).get("pendingExtension").get("number").asInt()).isEqualTo(1);
  }

  @Test
  void deadlineExtensionDecision_byTheEnterprise_isForbiddenByTheRule() {
    String id = withPendingExtension();

    assertRule(post(id, "deadline-extensions/1/decision", enterpriseA(), approveBody()), 403,
        "EXTENSION_DECISION_NEEDS_AGENCY");
  }

  @Test
  void deadlineExtensionDecision_onAnUnknownRequest_isNotFound() {
    String id = withPendingExtension();

    assertRule(post(id, "deadline-extensions/7/decision", townAgency(), approveBody()), 404, "NO_SUCH_EXTENSION_REQUEST");
  }

  @Test
  void deadlineExtensionDecision_onADecidedRequest_isAConflict() {
    String id = withPendingExtension();
    ok("POST", id, "deadline-extensions/1/decision", townAgency(), approveBody());

    JsonNode problem = assertProblem(post(id, "deadline-extensions/1/decision", townAgency(), approveBody()), 409,
        "invalid-state-transition");
    assertThat(texts(problem.get("allowedCommands"))).doesNotContain("DECIDE_DEADLINE_EXTENSION");
  }

  @Test
  void reopening_withoutReason_isBadRequest() {
    String id = signedOff();

    HttpResponse<String> response = post(id, "reopening", townAgency(), "{\"reviewReference\": \"r\"}");

    assertProblem(response, 400, "invalid-request");
    assertThat(fields(response)).containsExactly("reason");
  }

  @Test
  void reopening_whenSubmitted_isAConflict() {
    String id = submitted();

    JsonNode problem = assertProblem(post(id, "reopening", townAgency(), reopenBody()), 409, "invalid-state-transition");
    assertThat(problem.get("state").asText()).isEqualTo("SUBMITTED");
  }

  // ---------------------------------------------------------------- reading and concurrency

  @Test
  void get_answersTheVersionAsETag_andAcceptsAnyVersionWithAStar() {
    String id = planned();

    HttpResponse<String> read = api().get("/api/hazards/" + id, enterpriseA());
    assertThat(etag(read)).isEqualTo("\"1\"");
    assertThat(Api.json(read).get("version").asLong()).isOne();
    assertThat(Api.json(read).get("suggestedCriteria").isArray()).isTrue();

    HttpResponse<String> started = send("POST", "/api/hazards/" + id + "/rectification-start", enterpriseA(), null, "*");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    assertThat(etag(started)).isEqualTo("\"2\"");
  }

  @Test
  void concurrentCommands_withTheSameETag_onlyOneSucceeds_theOthersArePreconditionFailed() throws Exception {
    String id = rectifying();
    String current = etag(api().get("/api/hazards/" + id, enterpriseA()));
    int senders = 4;
    CountDownLatch ready = new CountDownLatch(senders);
    ExecutorService pool = Executors.newFixedThreadPool(senders);
    try {
      List<CompletableFuture<Integer>> statuses = new ArrayList<>();
      for (int i = 0; i < senders; i++) {
        int percent = 10 + i;
        statuses.add(CompletableFuture.supplyAsync(() -> {
          ready.countDown();
          try {
            ready.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return send("POST", "/api/hazards/" + id + "/progress", enterpriseA(), progressBody(percent), current)
              .statusCode();
        }, pool));
      }

      List<Integer> answered = statuses.stream().map(CompletableFuture::join).sorted().toList();

      assertThat(answered).containsExactly(200, 412, 412, 412);
      assertThat(storedEvents(id)).isEqualTo(4);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theExpectedVersion_isCheckedByTheAggregate_itself() {
    String id = rectifying();
    ActingAs enterprise = new ActingAs(Role.ENTERPRISE, ENTERPRISE_A, Set.of());

    assertThatThrownBy(() -> commands.sendAndWait(
            new RecordRectificationProgressCommand(id, 1L, enterprise, null, 10, List.of(), Instant.now())))
        .isInstanceOf(ConflictingAggregateVersionException.class);
    assertThat(storedEvents(id)).isEqualTo(3);

    commands.sendAndWait(new RecordRectificationProgressCommand(id, 2L, enterprise, null, 10, List.of(), Instant.now()));
    assertThat(storedEvents(id)).isEqualTo(4);
  }

  @Test
  void aHazard_isOnlyChangedByCallersWhoSeeIt_whileAuditorsOnlyRead() {
    String id = planned();

    assertThat(api().get("/api/hazards/" + id, auditor()).statusCode()).isEqualTo(200);
    assertProblem(post(id, "rectification-start", auditor(), null), 403, "forbidden");
    assertProblem(api().get("/api/hazards/" + id, enterprise(ENTERPRISE_B)), 404, "not-found");
    assertThat(ok("POST", id, "rectification-start", district(), null).get("status").asText()).isEqualTo("RECTIFYING");
  }
}
