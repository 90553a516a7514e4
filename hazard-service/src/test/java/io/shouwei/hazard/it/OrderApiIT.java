package io.shouwei.hazard.it;

import static io.shouwei.hazard.it.OrderSteps.applicationBody;
import static io.shouwei.hazard.it.OrderSteps.assertProblem;
import static io.shouwei.hazard.it.OrderSteps.issue;
import static io.shouwei.hazard.it.OrderSteps.issueBody;
import static io.shouwei.hazard.it.OrderSteps.ok;
import static io.shouwei.hazard.it.OrderSteps.reportHazard;
import static io.shouwei.hazard.it.OrderSteps.signOff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.shouwei.embedded.DevTokens;
import io.shouwei.embedded.PostgresDatabase;
import io.shouwei.hazard.order.application.OrderService;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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
 * The order API end to end: HTTP, the RectificationOrder aggregate, the JDBC store on PostgreSQL,
 * the view, the mine's stop and resumption through the tracking handler, Kafka. Every endpoint,
 * every error status, and each role against a foreign order.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class OrderApiIT {

  static final PostgresDatabase DB = PostgresDatabase.create("hazard_order");
  static final DevTokens TOKENS = DevTokens.generate();

  static final String TOWN = "310115101";
  static final String OTHER_TOWN = "310115102";
  static final String ENTERPRISE_A = "ent-a";
  static final String ENTERPRISE_B = "ent-b";

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    TestStack.register(registry, DB, TOKENS);
    // applies again at once after a failure; TestClockIT covers the block
    registry.add("shouwei.orders.reapplication-block", () -> "P0D");
  }

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  Api api() {
    return new Api(port);
  }

  static String townAgency(String town) {
    return TOKENS.token("inspector-" + town, List.of("TOWN_AGENCY"), "town-office-" + town, List.of(town), null);
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

  static String admin() {
    return TOKENS.token("admin-zhou", List.of("ADMIN"), "it-office", List.of(), null);
  }

  static String superiorCompany() {
    return TOKENS.token("group-inspector", List.of("SUPERIOR_COMPANY"), "group-hq", List.of(), null);
  }

  String mine() {
    return api().registerMine(townAgency(TOWN), ENTERPRISE_A, TOWN, "OPEN_PIT", Api.ORDINARY_PIT_FACTS);
  }

  long storedEvents() {
    return jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
  }

  HttpResponse<String> act(String orderId, String action, String token, String body, String... headers) {
    return api().exchange("POST", "/api/orders/" + orderId + "/" + action, token, body, headers);
  }

  JsonNode mineState(String mineId) {
    return ok(api().get("/api/mines/" + mineId, district()));
  }

  static String etag(HttpResponse<String> response) {
    return response.headers().firstValue("ETag").orElseThrow();
  }

  @Test
  void aStopOrder_acknowledged_stopsTheMine_andTheApprovedResumption_resumesIt() {
    String mine = mine();
    String h1 = reportHazard(api(), townAgency(TOWN), mine);
    String h2 = reportHazard(api(), townAgency(TOWN), mine);
    String campaign = api().launchCampaign(district(), TOWN);

    HttpResponse<String> issued =
        api().post("/api/orders", townAgency(TOWN), "order-issue-1",
            issueBody(mine, "STOP_PRODUCTION", List.of(h1, h2), "\"campaignId\": \"" + campaign + "\""));
    assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
    String id = Api.json(issued).get("id").asText();
    assertThat(UUID.fromString(id)).isNotNull();
    assertThat(Api.json(issued).get("number").asText()).matches("ZL-" + TOWN + "-\\d{4}-\\d{4,}");
    assertThat(issued.headers().firstValue("Location")).contains("/api/orders/" + id);

    HttpResponse<String> read = api().get("/api/orders/" + id, enterprise(ENTERPRISE_A));
    JsonNode order = ok(read);
    assertThat(etag(read)).isEqualTo("\"0\"");
    assertThat(order.get("status").asText()).isEqualTo("ISSUED");
    assertThat(order.get("type").asText()).isEqualTo("STOP_PRODUCTION");
    assertThat(order.get("mineId").asText()).isEqualTo(mine);
    assertThat(order.get("enterpriseId").asText()).isEqualTo(ENTERPRISE_A);
    assertThat(order.get("townCode").asText()).isEqualTo(TOWN);
    assertThat(order.get("citedHazardIds")).extracting(JsonNode::asText).containsExactly(h1, h2);
    assertThat(order.get("legalBasis").asText()).isEqualTo("《安全生产法》第六十五条");
    assertThat(order.get("campaignId").asText()).isEqualTo(campaign);
    assertThat(order.get("issuedBy").get("role").asText()).isEqualTo("TOWN_AGENCY");
    assertThat(Instant.parse(order.get("acknowledgementDeadline").asText()))
        .as("the configured 24 h").isEqualTo(Instant.parse(order.get("issuedAt").asText()).plus(Duration.ofHours(24)));
    assertThat(ok(api().get("/api/orders?mineId=" + mine, enterprise(ENTERPRISE_A))))
        .extracting(o -> o.get("id").asText()).containsExactly(id);

    HttpResponse<String> acknowledged = act(id, "acknowledgement", enterprise(ENTERPRISE_A), null,
        "If-Match", "\"0\"", "X-Correlation-Id", "order-ack-1");
    assertThat(ok(acknowledged).get("status").asText()).isEqualTo("IN_FORCE");
    assertThat(etag(acknowledged)).isEqualTo("\"2\"");
    assertThat(Api.json(acknowledged).get("stopEffect").get("cause").asText()).isEqualTo("ACKNOWLEDGED");
    assertThat(Api.json(acknowledged).get("acknowledgedAt").isNull()).isFalse();

    await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
        assertThat(mineState(mine).get("productionStatus").asText()).isEqualTo("STOPPED_BY_ORDER"));
    assertThat(mineState(mine).get("stoppedByOrderIds")).extracting(JsonNode::asText).containsExactly(id);
    JsonNode stop = lastEvent("/api/mines/" + mine + "/history");
    assertThat(stop.get("type").asText()).endsWith("MineStoppedByOrderEvent");
    assertThat(stop.get("actor").get("role").asText()).isEqualTo("SERVICE");
    assertThat(stop.get("actor").get("orgId").isNull()).as("nothing of the enterprise's actor").isTrue();
    assertThat(stop.get("correlationId").asText()).isEqualTo("order-ack-1");

    long beforeRefused = storedEvents();
    HttpResponse<String> early = act(id, "resumption-application", enterprise(ENTERPRISE_A), applicationBody());
    assertProblem(early, 422, "rule-violated");
    assertThat(Api.json(early).get("rule").asText()).isEqualTo("CITED_HAZARDS_NOT_SIGNED_OFF");
    assertThat(Api.json(early).get("hazardIds")).extracting(JsonNode::asText).containsExactly(h1, h2);
    signOff(api(), enterprise(ENTERPRISE_A), h1);
    HttpResponse<String> stillOpen = act(id, "resumption-application", enterprise(ENTERPRISE_A), applicationBody());
    assertThat(Api.json(stillOpen).get("hazardIds")).extracting(JsonNode::asText).containsExactly(h2);
    assertThat(storedEvents()).isEqualTo(beforeRefused + 4);
    signOff(api(), enterprise(ENTERPRISE_A), h2);

    JsonNode applied = ok(act(id, "resumption-application", enterprise(ENTERPRISE_A), applicationBody()));
    assertThat(applied.get("status").asText()).isEqualTo("RESUMPTION_APPLIED");
    assertThat(applied.get("resumption").get("application").asInt()).isEqualTo(1);
    assertThat(applied.get("resumption").get("assessmentReportRef").asText()).isEqualTo("doc://reports/assessment-7");
    JsonNode failed = ok(act(id, "resumption-review", townAgency(TOWN),
        "{\"outcome\": \"FAIL\", \"findings\": \"Drainage of bench 4 unfinished\"}"));
    assertThat(failed.get("status").asText()).isEqualTo("IN_FORCE");
    assertThat(failed.get("resumption").get("reviewFindings").asText()).isEqualTo("Drainage of bench 4 unfinished");

    assertThat(ok(act(id, "resumption-application", enterprise(ENTERPRISE_A), applicationBody()))
        .get("resumption").get("application").asInt()).isEqualTo(2);
    assertThat(ok(act(id, "resumption-review", townAgency(TOWN), "{\"outcome\": \"PASS\"}")).get("status").asText())
        .isEqualTo("RESUMPTION_REVIEWED");
    JsonNode rejected = ok(act(id, "resumption-decision", district(),
        "{\"decision\": \"REJECT\", \"reason\": \"Assessment report unsigned\"}"));
    assertThat(rejected.get("status").asText()).isEqualTo("IN_FORCE");
    assertThat(rejected.get("resumption").get("rejectionReason").asText()).isEqualTo("Assessment report unsigned");
    assertThat(mineState(mine).get("productionStatus").asText()).isEqualTo("STOPPED_BY_ORDER");

    ok(act(id, "resumption-application", enterprise(ENTERPRISE_A), applicationBody()));
    ok(act(id, "resumption-review", district(), "{\"outcome\": \"PASS\", \"findings\": \"Re-inspected\"}"));
    HttpResponse<String> approved =
        act(id, "resumption-decision", district(), "{\"decision\": \"APPROVE\", \"reason\": \"Inspected on site\"}");
    JsonNode lifted = ok(approved);
    assertThat(etag(approved)).isEqualTo("\"10\"");
    assertThat(lifted.get("status").asText()).isEqualTo("LIFTED");
    assertThat(lifted.get("closure").get("by").get("role").asText()).isEqualTo("DISTRICT_AGENCY");
    assertThat(lifted.get("closure").get("remark").asText()).isEqualTo("Inspected on site");

    await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
        assertThat(mineState(mine).get("productionStatus").asText()).isEqualTo("OPERATING"));
    assertThat(mineState(mine).get("stoppedByOrderIds")).isEmpty();

    List<ConsumerRecord<String, String>> records = EventsTopic.awaitRecords(id, 11, Duration.ofSeconds(60));
    assertThat(records).extracting(r -> EventsTopic.value(r).get("type").asText()).containsExactly(
        "OrderIssued", "OrderAcknowledged", "StopTookEffect", "ResumptionApplied", "ResumptionReviewed",
        "ResumptionApplied", "ResumptionReviewed", "ResumptionRejected", "ResumptionApplied", "ResumptionReviewed",
        "OrderLifted");
    JsonNode first = EventsTopic.value(records.get(0));
    assertThat(first.get("aggregateType").asText()).isEqualTo("RectificationOrder");
    assertThat(first.get("correlationId").asText()).isEqualTo("order-issue-1");
    assertThat(first.get("payload").get("citedHazardIds")).extracting(JsonNode::asText).containsExactly(h1, h2);
  }

  JsonNode lastEvent(String historyPath) {
    JsonNode events = ok(api().get(historyPath, auditor())).get("events");
    return events.get(events.size() - 1);
  }

  @Test
  void aRectifyOrder_isAcknowledged_andFulfilledOnceItsHazardsAreSignedOff_leavingTheMineOperating() {
    String mine = mine();
    String hazard = reportHazard(api(), townAgency(TOWN), mine);
    String id = issue(api(), district(), issueBody(mine, "RECTIFY_WITHIN_DEADLINE", List.of(hazard)));
    assertThat(ok(api().get("/api/orders/" + id, townAgency(TOWN))).get("acknowledgementDeadline").isNull()).isTrue();

    JsonNode acknowledged = ok(act(id, "acknowledgement", enterprise(ENTERPRISE_A), null));
    assertThat(acknowledged.get("status").asText()).isEqualTo("ACKNOWLEDGED");
    assertThat(acknowledged.get("stopEffect").isNull()).isTrue();

    HttpResponse<String> open = act(id, "fulfilment", townAgency(TOWN), "{\"remark\": \"Closing\"}");
    assertProblem(open, 422, "rule-violated");
    assertThat(Api.json(open).get("rule").asText()).isEqualTo("CITED_HAZARDS_NOT_SIGNED_OFF");
    assertThat(Api.json(open).get("hazardIds")).extracting(JsonNode::asText).containsExactly(hazard);

    signOff(api(), enterprise(ENTERPRISE_A), hazard);
    JsonNode fulfilled = ok(act(id, "fulfilment", townAgency(TOWN), null));
    assertThat(fulfilled.get("status").asText()).isEqualTo("FULFILLED");
    assertThat(fulfilled.get("closure").get("by").get("userId").asText()).isEqualTo("inspector-" + TOWN);
    assertThat(fulfilled.get("closure").get("remark").isNull()).isTrue();

    HttpResponse<String> again = act(id, "fulfilment", district(), "{}");
    assertProblem(again, 409, "invalid-state-transition");
    assertThat(Api.json(again).get("state").asText()).isEqualTo("FULFILLED");
    assertThat(Api.json(again).get("allowedCommands")).isEmpty();
    assertThat(mineState(mine).get("productionStatus").asText()).isEqualTo("OPERATING");
  }

  @Test
  void badFields_areBadRequests_listingTheFields_andStoreNothing() {
    String mine = mine();
    long before = storedEvents();

    HttpResponse<String> missing = api().post("/api/orders", district(), null,
        "{\"citedHazardIds\": [\" \"], \"legalBasis\": \" \"}");
    assertProblem(missing, 400, "invalid-request");
    assertThat(Api.json(missing).get("errors").findValuesAsText("field"))
        .contains("mineId", "type", "deadline", "legalBasis");

    assertProblem(api().post("/api/orders", district(), null,
        issueBody(mine, "WARNING", List.of("hz-1"))), 400, "invalid-request");
    assertProblem(api().post("/api/orders", district(), null,
        issueBody(mine, "STOP_PRODUCTION", List.of("hz-1"), "\"acknowledgementDeadline\": \"tomorrow\"")),
        400, "invalid-request");

    String hazard = reportHazard(api(), townAgency(TOWN), mine);
    String id = issue(api(), district(), issueBody(mine, "STOP_PRODUCTION", List.of(hazard)));
    long afterIssue = storedEvents();
    assertProblem(act(id, "resumption-application", enterprise(ENTERPRISE_A), "{\"rectificationReportRef\": \"r\"}"),
        400, "invalid-request");
    assertProblem(act(id, "resumption-review", townAgency(TOWN), "{\"outcome\": \"MAYBE\"}"), 400, "invalid-request");
    assertProblem(act(id, "resumption-decision", district(), "{}"), 400, "invalid-request");
    HttpResponse<String> noTag = act(id, "acknowledgement", enterprise(ENTERPRISE_A), null, "If-Match", "zero");
    assertProblem(noTag, 400, "invalid-request");
    assertThat(Api.json(noTag).get("errors").findValuesAsText("field")).containsExactly("If-Match");

    assertThat(afterIssue).isEqualTo(before + 2);
    assertThat(storedEvents()).isEqualTo(afterIssue);
  }

  @Test
  void brokenRulesOfAnIssue_areUnprocessable_namingTheRule_andStoreNothing() {
    String mine = mine();
    String hazard = reportHazard(api(), townAgency(TOWN), mine);
    String otherMine = mine();
    String hazardOfOtherMine = reportHazard(api(), townAgency(TOWN), otherMine);
    String foreignMine = api().registerMine(townAgency(OTHER_TOWN), ENTERPRISE_B, OTHER_TOWN, "OPEN_PIT",
        Api.ORDINARY_PIT_FACTS);
    String hazardOutOfSight = reportHazard(api(), townAgency(OTHER_TOWN), foreignMine);
    String past = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS).toString();
    long before = storedEvents();

    Map<String, String> rules = Map.of(
        issueBody(mine, "STOP_PRODUCTION", List.of(hazard, hazardOfOtherMine)), "CITED_HAZARD_OF_ANOTHER_MINE",
        issueBody(mine, "STOP_PRODUCTION", List.of("no-such-hazard")), "CITED_HAZARD_UNKNOWN",
        issueBody(mine, "STOP_PRODUCTION", List.of(hazardOutOfSight)), "CITED_HAZARD_UNKNOWN",
        issueBody(mine, "STOP_PRODUCTION", List.of()), "CITED_HAZARDS_REQUIRED",
        issueBody(mine, "RECTIFY_WITHIN_DEADLINE", List.of(hazard)).replaceFirst("\"deadline\": \"[^\"]+\"",
            "\"deadline\": \"" + past + "\""), "DEADLINE_NOT_IN_FUTURE",
        issueBody(mine, "STOP_PRODUCTION", List.of(hazard), "\"acknowledgementDeadline\": \"" + past + "\""),
            "ACKNOWLEDGEMENT_DEADLINE_NOT_IN_FUTURE",
        issueBody(mine, "RECTIFY_WITHIN_DEADLINE", List.of(hazard),
            "\"acknowledgementDeadline\": \"" + Instant.now().plus(Duration.ofDays(1)) + "\""),
            "ACKNOWLEDGEMENT_DEADLINE_ONLY_FOR_STOP_ORDERS",
        issueBody(mine, "STOP_PRODUCTION", List.of(hazard), "\"campaignId\": \"never-launched\""),
            "UNKNOWN_CAMPAIGN");
    rules.forEach((body, rule) -> {
      HttpResponse<String> refused = api().post("/api/orders", townAgency(TOWN), null, body);
      assertProblem(refused, 422, "rule-violated");
      assertThat(Api.json(refused).get("rule").asText()).as(body).isEqualTo(rule);
    });
    HttpResponse<String> foreign = api().post("/api/orders", townAgency(TOWN), null,
        issueBody(mine, "STOP_PRODUCTION", List.of(hazard, hazardOfOtherMine)));
    assertThat(Api.json(foreign).get("hazardIds")).extracting(JsonNode::asText).containsExactly(hazardOfOtherMine);

    assertThat(storedEvents()).isEqualTo(before);
  }

  @Test
  void anIssue_againstAClosedMine_isAConflict_andAgainstAMissingOrForeignMine_notFound() {
    String mine = mine();
    String hazard = reportHazard(api(), townAgency(TOWN), mine);
    ok(api().exchange("POST", "/api/mines/" + mine + "/closure", district(), "{\"reason\": \"Licence expired.\"}"));
    long before = storedEvents();

    HttpResponse<String> closed = api().post("/api/orders", district(), null,
        issueBody(mine, "STOP_PRODUCTION", List.of(hazard)));
    assertProblem(closed, 409, "invalid-state-transition");
    assertThat(Api.json(closed).get("productionStatus").asText()).isEqualTo("CLOSED");
    String missingMine = UUID.randomUUID().toString();
    assertProblem(api().post("/api/orders", district(), null,
        issueBody(missingMine, "STOP_PRODUCTION", List.of(hazard))), 404, "not-found");
    String open = mine();
    assertProblem(api().post("/api/orders", townAgency(OTHER_TOWN), null,
        issueBody(open, "STOP_PRODUCTION", List.of(hazard))), 404, "not-found");

    assertThat(storedEvents()).isEqualTo(before + 1);
  }

  @Test
  void rolesThatIssueNothing_areForbidden() {
    String mine = mine();
    String hazard = reportHazard(api(), townAgency(TOWN), mine);
    long before = storedEvents();

    for (String token : List.of(enterprise(ENTERPRISE_A), auditor(), admin(), superiorCompany())) {
      assertProblem(api().post("/api/orders", token, null, issueBody(mine, "STOP_PRODUCTION", List.of(hazard))),
          403, "forbidden");
    }
    assertProblem(api().post("/api/orders", null, null, issueBody(mine, "STOP_PRODUCTION", List.of(hazard))),
        401, "unauthenticated");
    assertThat(storedEvents()).isEqualTo(before);
  }

  @Test
  void commandsTheStateDoesNotAllow_areConflicts_withTheStateAndTheAllowedCommands() {
    String mine = mine();
    String hazard = reportHazard(api(), townAgency(TOWN), mine);
    String id = issue(api(), townAgency(TOWN), issueBody(mine, "STOP_PRODUCTION", List.of(hazard)));
    long before = storedEvents();

    HttpResponse<String> reviewTooEarly = act(id, "resumption-review", townAgency(TOWN), "{\"outcome\": \"PASS\"}");
    assertProblem(reviewTooEarly, 409, "invalid-state-transition");
    assertThat(Api.json(reviewTooEarly).get("state").asText()).isEqualTo("ISSUED");
    assertThat(Api.json(reviewTooEarly).get("allowedCommands")).extracting(JsonNode::asText)
        .containsExactly("ACKNOWLEDGE_ORDER", "ENFORCE_STOP");
    assertProblem(act(id, "resumption-application", enterprise(ENTERPRISE_A), applicationBody()),
        409, "invalid-state-transition");
    assertProblem(act(id, "resumption-decision", district(), "{\"decision\": \"APPROVE\"}"),
        409, "invalid-state-transition");
    assertProblem(act(id, "fulfilment", district(), null), 409, "invalid-state-transition");
    assertThat(storedEvents()).isEqualTo(before);

    ok(act(id, "acknowledgement", enterprise(ENTERPRISE_A), null));
    HttpResponse<String> twice = act(id, "acknowledgement", enterprise(ENTERPRISE_A), null);
    assertProblem(twice, 409, "invalid-state-transition");
    assertThat(Api.json(twice).get("state").asText()).isEqualTo("IN_FORCE");
    assertThat(Api.json(twice).get("allowedCommands")).extracting(JsonNode::asText)
        .containsExactly("APPLY_FOR_RESUMPTION");
  }

  @Test
  void aStaleIfMatch_isPreconditionFailed_andStoresNothing() {
    String mine = mine();
    String hazard = reportHazard(api(), townAgency(TOWN), mine);
    String id = issue(api(), townAgency(TOWN), issueBody(mine, "STOP_PRODUCTION", List.of(hazard)));
    long before = storedEvents();

    HttpResponse<String> stale = act(id, "acknowledgement", enterprise(ENTERPRISE_A), null, "If-Match", "\"3\"");
    assertProblem(stale, 412, "precondition-failed");
    assertThat(Api.json(stale).get("version").asLong()).isZero();
    assertProblem(act(id, "acknowledgement", enterprise(ENTERPRISE_A), null, "If-Match", "W/\"0\""),
        412, "precondition-failed");
    assertThat(storedEvents()).isEqualTo(before);

    HttpResponse<String> fresh = act(id, "acknowledgement", enterprise(ENTERPRISE_A), null, "If-Match", "\"0\"");
    assertThat(etag(fresh)).isEqualTo("\"2\"");
    assertProblem(act(id, "resumption-application", enterprise(ENTERPRISE_A), applicationBody(), "If-Match", "\"0\""),
        412, "precondition-failed");
  }

  @Test
  void rolesThatMayNeverDoAnAct_areForbidden_evenOnTheirOwnOrders() {
    String mine = mine();
    String hazard = reportHazard(api(), townAgency(TOWN), mine);
    String id = issue(api(), townAgency(TOWN), issueBody(mine, "STOP_PRODUCTION", List.of(hazard)));
    long before = storedEvents();

    for (String agency : List.of(townAgency(TOWN), district())) {
      assertProblem(act(id, "acknowledgement", agency, null), 403, "forbidden");
      assertProblem(act(id, "resumption-application", agency, applicationBody()), 403, "forbidden");
    }
    assertProblem(act(id, "resumption-review", enterprise(ENTERPRISE_A), "{\"outcome\": \"PASS\"}"), 403, "forbidden");
    assertProblem(act(id, "resumption-decision", enterprise(ENTERPRISE_A), "{\"decision\": \"APPROVE\"}"),
        403, "forbidden");
    assertProblem(act(id, "resumption-decision", townAgency(TOWN), "{\"decision\": \"APPROVE\"}"), 403, "forbidden");
    assertProblem(act(id, "fulfilment", enterprise(ENTERPRISE_A), null), 403, "forbidden");
    for (String other : List.of(admin(), superiorCompany())) {
      for (String action : List.of("acknowledgement", "resumption-review", "resumption-decision", "fulfilment")) {
        assertProblem(act(id, action, other, "{\"outcome\": \"PASS\", \"decision\": \"APPROVE\"}"), 403, "forbidden");
      }
    }
    assertThat(storedEvents()).isEqualTo(before);
  }

  /** Each endpoint, as each party that is not this order's: 404 where its role could act on some order, 403 where never. */
  @Test
  void aForeignOrder_isNotFound_onEveryEndpoint_forEveryForeignParty_andTheAuditorOnlyReads() {
    String mine = mine();
    String hazard = reportHazard(api(), townAgency(TOWN), mine);
    String id = issue(api(), townAgency(TOWN), issueBody(mine, "STOP_PRODUCTION", List.of(hazard)));
    String missing = UUID.randomUUID().toString();
    long before = storedEvents();

    record Call(String name, String method, String path, String body) {}
    List<Call> calls = List.of(
        new Call("get", "GET", "", null),
        new Call("history", "GET", "/history", null),
        new Call("integrity", "GET", "/integrity", null),
        new Call("version", "GET", "?version=0", null),
        new Call("asOf", "GET", "?asOf=" + Instant.now().plusSeconds(60), null),
        new Call("acknowledgement", "POST", "/acknowledgement", null),
        new Call("resumption-application", "POST", "/resumption-application", applicationBody()),
        new Call("resumption-review", "POST", "/resumption-review", "{\"outcome\": \"PASS\"}"),
        new Call("resumption-decision", "POST", "/resumption-decision", "{\"decision\": \"APPROVE\"}"),
        new Call("fulfilment", "POST", "/fulfilment", null));
    Map<String, Map<String, Integer>> expected = Map.of(
        enterprise(ENTERPRISE_B), Map.of("resumption-review", 403, "resumption-decision", 403, "fulfilment", 403),
        townAgency(OTHER_TOWN), Map.of("acknowledgement", 403, "resumption-application", 403,
            "resumption-decision", 403));

    List<String> mismatches = new ArrayList<>();
    expected.forEach((token, forbidden) -> {
      for (Call call : calls) {
        int status = forbidden.getOrDefault(call.name(), 404);
        HttpResponse<String> foreign = api().exchange(call.method(), "/api/orders/" + id + call.path(), token, call.body());
        if (foreign.statusCode() != status) {
          mismatches.add(call.name() + " answered " + foreign.statusCode() + " instead of " + status);
        }
        if (status == 404) {
          HttpResponse<String> absent =
              api().exchange(call.method(), "/api/orders/" + missing + call.path(), token, call.body());
          assertThat(Api.json(foreign).get("detail").asText()).as(call.name())
              .isEqualTo(Api.json(absent).get("detail").asText().replace(missing, id));
        }
      }
    });
    assertThat(mismatches).isEmpty();

    for (Call call : calls) {
      HttpResponse<String> audited = api().exchange(call.method(), "/api/orders/" + id + call.path(), auditor(), call.body());
      assertThat(audited.statusCode()).as(call.name()).isEqualTo(call.method().equals("GET") ? 200 : 403);
    }
    assertThat(storedEvents()).isEqualTo(before);
  }

  @Test
  void theList_showsOnlyTheOrdersTheCallerMayRead() {
    String mineA = mine();
    String hazardA = reportHazard(api(), townAgency(TOWN), mineA);
    String orderA = issue(api(), townAgency(TOWN), issueBody(mineA, "STOP_PRODUCTION", List.of(hazardA)));
    String mineB = api().registerMine(townAgency(OTHER_TOWN), ENTERPRISE_B, OTHER_TOWN, "OPEN_PIT",
        Api.ORDINARY_PIT_FACTS);
    String hazardB = reportHazard(api(), townAgency(OTHER_TOWN), mineB);
    String orderB = issue(api(), district(), issueBody(mineB, "RECTIFY_WITHIN_DEADLINE", List.of(hazardB)));

    assertThat(ids(ok(api().get("/api/orders", district())))).contains(orderA, orderB);
    assertThat(ids(ok(api().get("/api/orders", auditor())))).contains(orderA, orderB);
    assertThat(ids(ok(api().get("/api/orders", townAgency(TOWN))))).contains(orderA).doesNotContain(orderB);
    assertThat(ids(ok(api().get("/api/orders", enterprise(ENTERPRISE_B))))).contains(orderB).doesNotContain(orderA);
    String groupOfB = TOKENS.superiorCompanyToken("group-inspector-he", "group-1", List.of(ENTERPRISE_B));
    assertThat(ids(ok(api().get("/api/orders", groupOfB)))).contains(orderB).doesNotContain(orderA);
    assertThat(ok(api().get("/api/orders/" + orderB, groupOfB)).get("id").asText()).isEqualTo(orderB);
    assertProblem(api().get("/api/orders/" + orderA, groupOfB), 404, "not-found");
    assertThat(ids(ok(api().get("/api/orders?mineId=" + mineB, district())))).containsExactly(orderB);
    assertProblem(api().get("/api/orders?mineId=" + mineB, enterprise(ENTERPRISE_A)), 404, "not-found");
    assertProblem(api().get("/api/orders?mineId=" + mineA, townAgency(OTHER_TOWN)), 404, "not-found");
    assertProblem(api().get("/api/orders", null), 401, "unauthenticated");
  }

  @Test
  void theList_comesInPages_newestFirst_withItsSizeCapped() {
    String mine = mine();
    String first = issue(api(), townAgency(TOWN),
        issueBody(mine, "RECTIFY_WITHIN_DEADLINE", List.of(reportHazard(api(), townAgency(TOWN), mine))));
    String second = issue(api(), townAgency(TOWN),
        issueBody(mine, "RECTIFY_WITHIN_DEADLINE", List.of(reportHazard(api(), townAgency(TOWN), mine))));
    String byMine = "/api/orders?mineId=" + mine;

    assertThat(ids(ok(api().get(byMine + "&size=1", district())))).containsExactly(second);
    assertThat(ids(ok(api().get(byMine + "&size=1&page=1", district())))).containsExactly(first);
    assertThat(ids(ok(api().get(byMine + "&size=1&page=2", district())))).isEmpty();
    assertThat(ids(ok(api().get(byMine + "&size=" + OrderService.MAX_PAGE_SIZE, district()))))
        .containsExactly(second, first);
    assertProblem(api().get(byMine + "&size=" + (OrderService.MAX_PAGE_SIZE + 1), district()), 400, "invalid-request");
    assertProblem(api().get("/api/orders?size=0", district()), 400, "invalid-request");
    assertProblem(api().get("/api/orders?page=-1", district()), 400, "invalid-request");
  }

  static List<String> ids(JsonNode orders) {
    List<String> ids = new ArrayList<>();
    orders.forEach(o -> ids.add(o.get("id").asText()));
    return ids;
  }
}
