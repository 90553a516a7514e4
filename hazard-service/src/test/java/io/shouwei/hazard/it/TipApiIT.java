package io.shouwei.hazard.it;

import static io.shouwei.hazard.config.AggregateFields.assertSameState;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.shouwei.contracts.hazard.HazardSource;
import io.shouwei.embedded.DevTokens;
import io.shouwei.embedded.PostgresDatabase;
import io.shouwei.hazard.config.AggregateFields;
import io.shouwei.hazard.hazard.application.HazardService;
import io.shouwei.hazard.hazard.application.NewHazard;
import io.shouwei.hazard.tip.Tip;
import io.shouwei.hazard.tip.TipStatus;
import io.shouwei.hazard.tip.application.TipService;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.SimpleEventBus;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The tip API end to end: the public files and follows a tip without a token; agencies read and
 * triage it; the tipster's identity reaches nobody but an administrator (responses, Kafka, audit).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class TipApiIT {

  static final PostgresDatabase DB = PostgresDatabase.create("tip");
  static final DevTokens TOKENS = DevTokens.generate();

  static final String TOWN = "310115101";
  static final String OTHER_TOWN = "310115102";
  static final String ENTERPRISE = "ent-t";
  static final String CODE_PATTERN = "TIP-[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}";

  static final String NAME = "Zhang San";
  static final String PHONE = "13800138000";
  static final String EMAIL = "zhang.san@example.cn";

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    TestStack.register(registry, DB, TOKENS);
  }

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired HazardService hazardService;
  @Autowired Configuration axon;
  @Autowired EventStorageEngine engine;

  Api api() {
    return new Api(port);
  }

  static String townAgency(String town) {
    return TOKENS.token("inspector-" + town, List.of("TOWN_AGENCY"), "town-office-" + town, List.of(town), null);
  }

  static String district() {
    return TOKENS.token("bureau-chen", List.of("DISTRICT_AGENCY"), "district-bureau", List.of(), null);
  }

  static String enterprise() {
    return TOKENS.token("safety-" + ENTERPRISE, List.of("ENTERPRISE"), ENTERPRISE, List.of(), ENTERPRISE);
  }

  static String superiorCompany() {
    return TOKENS.token("group-inspector", List.of("SUPERIOR_COMPANY"), "group-1", List.of(), null);
  }

  static String auditor() {
    return TOKENS.token("auditor-wang", List.of("AUDITOR"), "audit-office", List.of(), null);
  }

  static String admin() {
    return TOKENS.token("admin-zhou", List.of("ADMIN"), "it-office", List.of(), null);
  }

  static String foreignToken() {
    return DevTokens.generate().token("bureau-chen", List.of("DISTRICT_AGENCY"), "district-bureau", List.of(), null);
  }

  static String tipBody(String what, String townCode, String mineId, boolean withContact) {
    return """
        {"what": "%s", "where": "北山采石场北坡", "townCode": %s, "mineId": %s%s}
        """.formatted(
        what, townCode == null ? "null" : "\"" + townCode + "\"", mineId == null ? "null" : "\"" + mineId + "\"",
        withContact
            ? ", \"contact\": {\"name\": \"%s\", \"phone\": \"%s\", \"email\": \"%s\"}".formatted(NAME, PHONE, EMAIL)
            : "");
  }

  /** Files a tip without a token and answers its tracking code. */
  String file(String body) {
    HttpResponse<String> response = api().post("/api/tips", null, null, body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return Api.json(response).get("trackingCode").asText();
  }

  /** The tip's id, as the district bureau finds it by its text in the list. */
  String idOf(String what) {
    JsonNode items = Api.json(api().get("/api/tips?size=500", district())).get("items");
    for (JsonNode item : items) {
      if (item.get("what").asText().equals(what)) {
        return item.get("id").asText();
      }
    }
    throw new AssertionError("no tip " + what + " in " + items);
  }

  String mine(String town) {
    return api().registerMine(district(), ENTERPRISE, town, "OPEN_PIT", Api.ORDINARY_PIT_FACTS);
  }

  HttpResponse<String> triage(String id, String token, String body, String... headers) {
    return api().exchange("POST", "/api/tips/" + id + "/triage", token, body, headers);
  }

  static String dismissBody(String reason) {
    return reason == null ? "{\"decision\": \"DISMISS\"}" : "{\"decision\": \"DISMISS\", \"reason\": \"" + reason + "\"}";
  }

  static String convertBody(String mineId, String more) {
    return """
        {"decision": "CONVERT",
         "hazard": {"mineId": "%s", "category": "ILLEGAL_MINING", "title": "越界开采",
                    "description": "Blasting beyond the licensed boundary on the north slope.",
                    "location": "North slope", "discoveredAt": "%s"%s}}
        """.formatted(mineId, Instant.now().minus(Duration.ofHours(2)), more.isBlank() ? "" : ", " + more);
  }

  static void assertProblem(HttpResponse<String> response, int status, String type) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(Api.contentType(response)).startsWith("application/problem+json");
    assertThat(Api.json(response).get("type").asText()).isEqualTo("https://shouwei.io/problems/" + type);
  }

  static void assertNoIdentity(HttpResponse<String> response) {
    assertThat(response.body()).doesNotContain(NAME, PHONE, EMAIL, "\"contact\"");
  }

  static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  long storedEvents() {
    return jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
  }

  @Test
  void thePublic_filesATipWithoutAToken_andFollowsItByItsCode_seeingOnlyTheStatus() {
    String mine = mine(TOWN);
    HttpResponse<String> filed =
        api().post("/api/tips", null, null, tipBody("夜间越界开采 A", OTHER_TOWN, mine, true));

    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
    JsonNode receipt = Api.json(filed);
    assertThat(fieldNames(receipt)).containsExactly("trackingCode");
    String code = receipt.get("trackingCode").asText();
    assertThat(code).matches(CODE_PATTERN);
    assertThat(filed.headers().firstValue("Location")).contains("/api/tips/" + code);

    HttpResponse<String> status = api().get("/api/tips/" + code, null);
    assertThat(status.statusCode()).as(status.body()).isEqualTo(200);
    JsonNode shown = Api.json(status);
    assertThat(fieldNames(shown)).containsExactlyInAnyOrder("status", "receivedOn");
    assertThat(shown.get("status").asText()).isEqualTo("RECEIVED");
    assertThat(LocalDate.parse(shown.get("receivedOn").asText()))
        .isEqualTo(LocalDate.now(ZoneId.of("Asia/Shanghai")));
    assertThat(Api.json(api().get("/api/tips/" + code.toLowerCase(), null))).as("read as typed").isEqualTo(shown);

    String id = idOf("夜间越界开采 A");
    JsonNode tip = Api.json(api().get("/api/tips/" + id, district()));
    assertThat(tip.get("mineId").asText()).as("a known mine is attached").isEqualTo(mine);
    assertThat(tip.get("townCode").asText()).as("the mine's town, not the one given").isEqualTo(TOWN);

    assertThat(jdbc.queryForObject(
            "SELECT count(*) FROM domainevententry WHERE convert_from(payload, 'UTF8') LIKE ?", Long.class,
            "%" + code.substring(4, 8) + "-" + code.substring(9, 13) + "%"))
        .as("the code itself is stored nowhere").isZero();
    assertThat(jdbc.queryForObject("SELECT tracking_code_hash FROM tip_view WHERE id = ?", String.class, id))
        .matches("[0-9a-f]{64}").doesNotContain(code);
  }

  @Test
  void anUnknownMineId_isDroppedSilently_theAnswerLooksTheSame() {
    HttpResponse<String> filed =
        api().post("/api/tips", null, null, tipBody("无证开采 B", OTHER_TOWN, "00000000-0000-4000-8000-000000000000", false));

    assertThat(filed.statusCode()).isEqualTo(201);
    assertThat(fieldNames(Api.json(filed))).containsExactly("trackingCode");
    JsonNode tip = Api.json(api().get("/api/tips/" + idOf("无证开采 B"), district()));
    assertThat(tip.get("mineId").isNull()).isTrue();
    assertThat(tip.get("townCode").asText()).isEqualTo(OTHER_TOWN);
  }

  @Test
  void publicLookups_ofWhatIsNoTip_are404Problems() {
    assertProblem(api().get("/api/tips/TIP-0000-0000-0000-0000", null), 404, "not-found");
    assertProblem(api().get("/api/tips/not-a-code", null), 404, "not-found");
    assertProblem(api().get("/api/tips/" + java.util.UUID.randomUUID(), district()), 404, "not-found");
  }

  @Test
  void filing_withBadFields_is400_namingThem() {
    HttpResponse<String> noWhat = api().post("/api/tips", null, null, "{\"where\": \"North slope\"}");
    assertProblem(noWhat, 400, "invalid-request");
    assertThat(noWhat.body()).contains("\"what\"");

    HttpResponse<String> tooLong = api().post("/api/tips", null, null,
        "{\"what\": \"%s\", \"where\": \"x\"}".formatted("x".repeat(Tip.WHAT_MAX_LENGTH + 1)));
    assertProblem(tooLong, 400, "invalid-request");

    HttpResponse<String> badEmail = api().post("/api/tips", null, null,
        "{\"what\": \"w\", \"where\": \"x\", \"contact\": {\"email\": \"not-an-email\"}}");
    assertProblem(badEmail, 400, "invalid-request");
    assertThat(badEmail.body()).contains("contact.email");

    HttpResponse<String> badTown = api().post("/api/tips", null, null,
        "{\"what\": \"w\", \"where\": \"x\", \"townCode\": \"31 01; DROP\"}");
    assertProblem(badTown, 400, "invalid-request");
  }

  @Test
  void publicPaths_withAnInvalidToken_are401_andEverythingElseNeedsAToken() {
    String body = tipBody("不该存下 C", TOWN, null, false);
    long before = storedEvents();
    assertProblem(api().post("/api/tips", "not-a-jwt", null, body), 401, "unauthenticated");
    assertProblem(api().post("/api/tips", foreignToken(), null, body), 401, "unauthenticated");
    assertThat(storedEvents()).isEqualTo(before);
    String code = file(tipBody("公开 D", TOWN, null, false));
    assertProblem(api().get("/api/tips/" + code, "not-a-jwt"), 401, "unauthenticated");

    String id = idOf("公开 D");
    assertProblem(api().get("/api/tips/" + id, null), 401, "unauthenticated");
    assertProblem(api().get("/api/tips", null), 401, "unauthenticated");
    assertProblem(triage(id, null, dismissBody("x")), 401, "unauthenticated");
    assertProblem(api().exchange("PUT", "/api/tips", null, body), 401, "unauthenticated");
  }

  @Test
  void aTipSentWithAToken_isStillAnonymous() {
    String what = "匿名 E " + System.nanoTime();
    HttpResponse<String> filed = api().post("/api/tips", enterprise(), null, tipBody(what, TOWN, null, false));
    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
    String id = idOf(what);

    Map<String, Object> metadata = jdbc.queryForMap(
        "SELECT convert_from(metadata, 'UTF8') AS m FROM domainevententry WHERE aggregateidentifier = ?", id);
    assertThat(metadata.get("m").toString()).doesNotContain("safety-" + ENTERPRISE).contains("SERVICE");
    JsonNode envelope = EventsTopic.value(EventsTopic.awaitRecords(id, Duration.ofSeconds(60)).get(0));
    assertThat(envelope.get("actor").get("role").asText()).isEqualTo("SERVICE");
    assertThat(envelope.get("actor").get("userId").asText()).isEqualTo("hazard-service");
  }

  @Test
  void reading_byRole_showsTheTipstersIdentityToAnAdministratorOnly() {
    String what = "身份 F";
    file(tipBody(what, TOWN, null, true));
    String id = idOf(what);

    for (String token : List.of(district(), townAgency(TOWN), auditor())) {
      HttpResponse<String> read = api().get("/api/tips/" + id, token);
      assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
      assertThat(read.headers().firstValue("ETag")).contains("\"0\"");
      assertThat(Api.json(read).get("what").asText()).isEqualTo(what);
      assertNoIdentity(read);
    }
    HttpResponse<String> byAdmin = api().get("/api/tips/" + id, admin());
    assertThat(byAdmin.statusCode()).isEqualTo(200);
    JsonNode contact = Api.json(byAdmin).get("contact");
    assertThat(contact.get("name").asText()).isEqualTo(NAME);
    assertThat(contact.get("phone").asText()).isEqualTo(PHONE);
    assertThat(contact.get("email").asText()).isEqualTo(EMAIL);

    assertProblem(api().get("/api/tips/" + id, enterprise()), 403, "forbidden");
    assertProblem(api().get("/api/tips/" + id, superiorCompany()), 403, "forbidden");
    assertProblem(api().get("/api/tips/" + id, townAgency(OTHER_TOWN)), 404, "not-found");
  }

  @Test
  void aTipOfNoTown_isTheDistrictBureaus() {
    file(tipBody("无乡镇 G", null, null, false));
    String id = idOf("无乡镇 G");

    assertThat(api().get("/api/tips/" + id, district()).statusCode()).isEqualTo(200);
    assertProblem(api().get("/api/tips/" + id, townAgency(TOWN)), 404, "not-found");
    assertProblem(triage(id, townAgency(TOWN), dismissBody("Not ours")), 404, "not-found");
  }

  @Test
  void listing_byStatusAndJurisdiction_withoutIdentity_butForAnAdministrator() {
    file(tipBody("列表 H1", TOWN, null, true));
    file(tipBody("列表 H2", OTHER_TOWN, null, true));
    String dismissed = idOf("列表 H2");
    assertThat(triage(dismissed, district(), dismissBody("Checked")).statusCode()).isEqualTo(200);

    HttpResponse<String> all = api().get("/api/tips?size=500", district());
    assertThat(all.statusCode()).isEqualTo(200);
    assertThat(whats(all)).contains("列表 H1", "列表 H2");
    assertNoIdentity(all);
    assertThat(whats(api().get("/api/tips?status=RECEIVED&size=500", district())))
        .contains("列表 H1").doesNotContain("列表 H2");
    assertThat(whats(api().get("/api/tips?status=DISMISSED&size=500", district())))
        .contains("列表 H2").doesNotContain("列表 H1");

    HttpResponse<String> ofTown = api().get("/api/tips?size=500", townAgency(TOWN));
    assertThat(Api.json(ofTown).get("items")).allSatisfy(t -> assertThat(t.get("townCode").asText()).isEqualTo(TOWN));
    assertThat(whats(ofTown)).contains("列表 H1").doesNotContain("列表 H2");

    HttpResponse<String> byAuditor = api().get("/api/tips?size=500", auditor());
    assertThat(whats(byAuditor)).contains("列表 H1", "列表 H2");
    assertNoIdentity(byAuditor);
    assertThat(api().get("/api/tips?size=500", admin()).body()).contains(NAME, PHONE, EMAIL);

    assertProblem(api().get("/api/tips", enterprise()), 403, "forbidden");
    assertProblem(api().get("/api/tips", superiorCompany()), 403, "forbidden");
    assertProblem(api().get("/api/tips?status=LOST", district()), 400, "invalid-request");
    assertProblem(api().get("/api/tips?size=0", district()), 400, "invalid-request");
    assertProblem(api().get("/api/tips?page=-1", district()), 400, "invalid-request");
  }

  static List<String> whats(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    List<String> whats = new ArrayList<>();
    Api.json(response).get("items").forEach(t -> whats.add(t.get("what").asText()));
    return whats;
  }

  @Test
  void dismissal_isShownToTheTipster_withItsReasonOnly_andATriagedTipIsNotTriagedAgain() {
    String code = file(tipBody("驳回 I", TOWN, null, true));
    String id = idOf("驳回 I");

    long before = storedEvents();
    assertProblem(triage(id, townAgency(TOWN), dismissBody(null)), 422, "rule-violated");
    assertThat(Api.json(triage(id, townAgency(TOWN), dismissBody("  "))).get("rule").asText())
        .isEqualTo("REQUIRED_FIELD_MISSING");
    assertProblem(triage(id, townAgency(TOWN), dismissBody("x"), "If-Match", "\"3\""), 412, "precondition-failed");
    assertProblem(triage(id, townAgency(TOWN), "{\"decision\": \"IGNORE\"}"), 400, "invalid-request");
    assertProblem(triage(id, townAgency(TOWN), "{\"reason\": \"x\"}"), 400, "invalid-request");
    assertProblem(triage(id, townAgency(TOWN), "{\"decision\": \"CONVERT\"}"), 400, "invalid-request");
    for (String token : List.of(auditor(), admin(), enterprise(), superiorCompany())) {
      assertProblem(triage(id, token, dismissBody("x")), 403, "forbidden");
    }
    assertProblem(triage(id, townAgency(OTHER_TOWN), dismissBody("x")), 404, "not-found");
    assertProblem(triage(java.util.UUID.randomUUID().toString(), district(), dismissBody("x")), 404, "not-found");
    assertThat(storedEvents()).isEqualTo(before);

    HttpResponse<String> dismissed =
        triage(id, townAgency(TOWN), dismissBody("现场核查未发现越界开采。"), "If-Match", "\"0\"");
    assertThat(dismissed.statusCode()).as(dismissed.body()).isEqualTo(200);
    assertThat(dismissed.headers().firstValue("ETag")).contains("\"1\"");
    JsonNode tip = Api.json(dismissed);
    assertThat(tip.get("status").asText()).isEqualTo("DISMISSED");
    assertThat(tip.get("dismissalReason").asText()).isEqualTo("现场核查未发现越界开采。");
    assertThat(tip.get("triagedBy").get("userId").asText()).isEqualTo("inspector-" + TOWN);
    assertNoIdentity(dismissed);

    JsonNode shown = Api.json(api().get("/api/tips/" + code, null));
    assertThat(fieldNames(shown)).containsExactlyInAnyOrder("status", "receivedOn", "dismissalReason");
    assertThat(shown.get("status").asText()).isEqualTo("DISMISSED");
    assertThat(shown.get("dismissalReason").asText()).isEqualTo("现场核查未发现越界开采。");

    long afterDismissal = storedEvents();
    HttpResponse<String> again = triage(id, district(), dismissBody("Again"));
    assertProblem(again, 409, "invalid-state-transition");
    assertThat(Api.json(again).get("state").asText()).isEqualTo("DISMISSED");
    assertThat(Api.json(again).get("allowedCommands").size()).isZero();
    HttpResponse<String> convertAfter = triage(id, district(), convertBody(mine(TOWN), ""));
    assertProblem(convertAfter, 409, "invalid-state-transition");
    assertThat(Api.json(convertAfter).get("state").asText()).isEqualTo("DISMISSED");
    assertThat(storedEvents()).as("no tip event and no hazard: only the mine registered for the attempt").isEqualTo(afterDismissal + 1);
  }

  @Test
  void conversion_reportsAWhistleblowerHazard_byTheAgency_andTheTipRecordsIt() {
    String mine = mine(TOWN);
    String code = file(tipBody("转化 J", TOWN, mine, true));
    String id = idOf("转化 J");
    String campaign = api().launchCampaign(district(), TOWN);

    HttpResponse<String> converted =
        triage(id, townAgency(TOWN), convertBody(mine, "\"campaignId\": \"" + campaign + "\""));
    assertThat(converted.statusCode()).as(converted.body()).isEqualTo(200);
    assertThat(converted.headers().firstValue("ETag")).contains("\"1\"");
    JsonNode tip = Api.json(converted);
    assertThat(tip.get("status").asText()).isEqualTo("CONVERTED");
    String hazardId = tip.get("hazardId").asText();
    assertThat(hazardId).isEqualTo(TipService.hazardIdOf(id)).isNotEqualTo(id);
    assertNoIdentity(converted);

    HttpResponse<String> hazardRead = api().get("/api/hazards/" + hazardId, townAgency(TOWN));
    assertThat(hazardRead.statusCode()).as(hazardRead.body()).isEqualTo(200);
    JsonNode hazard = Api.json(hazardRead);
    assertThat(hazard.get("source").asText()).isEqualTo("WHISTLEBLOWER_TIP");
    assertThat(hazard.get("mineId").asText()).isEqualTo(mine);
    assertThat(hazard.get("campaignId").asText()).isEqualTo(campaign);
    assertThat(hazard.get("title").asText()).isEqualTo("越界开采");
    assertThat(hazard.get("reportedBy").get("userId").asText()).isEqualTo("inspector-" + TOWN);
    assertThat(hazard.get("reportedBy").get("role").asText()).isEqualTo("TOWN_AGENCY");
    assertThat(hazard.get("number").asText()).startsWith("YH-" + TOWN + "-");

    JsonNode shown = Api.json(api().get("/api/tips/" + code, null));
    assertThat(fieldNames(shown)).containsExactlyInAnyOrder("status", "receivedOn");
    assertThat(shown.get("status").asText()).isEqualTo("CONVERTED");

    HttpResponse<String> again = triage(id, district(), convertBody(mine, ""));
    assertProblem(again, 409, "invalid-state-transition");
    assertThat(Api.json(again).get("state").asText()).isEqualTo("CONVERTED");
    assertThat(jdbc.queryForObject("SELECT count(*) FROM hazard_view WHERE mine_id = ?", Long.class, mine)).isEqualTo(1);

    HttpResponse<String> history = api().get("/api/hazards/" + hazardId + "/history", auditor());
    assertThat(history.statusCode()).as(history.body()).isEqualTo(200);
    assertNoIdentity(history);
    assertProblem(api().get("/api/hazards/" + id + "/history", auditor()), 404, "not-found");
    assertProblem(api().get("/api/mines/" + id + "/history", auditor()), 404, "not-found");
  }

  @Test
  void aRefusedReport_leavesTheTipUntriaged() {
    String mine = mine(TOWN);
    String foreignMine = mine(OTHER_TOWN);
    file(tipBody("拒绝 K", TOWN, mine, false));
    String id = idOf("拒绝 K");
    long before = storedEvents();

    assertProblem(triage(id, townAgency(TOWN), convertBody(foreignMine, "")), 404, "not-found");
    HttpResponse<String> unknownCode = triage(id, townAgency(TOWN), convertBody(mine, "\"citedCriteria\": [\"ZZ-99\"]"));
    assertProblem(unknownCode, 422, "rule-violated");
    assertProblem(triage(id, townAgency(TOWN), convertBody(mine, "\"facts\": {\"colour\": \"red\"}")), 400,
        "invalid-request");
    assertProblem(triage(id, townAgency(TOWN), "{\"decision\": \"CONVERT\", \"hazard\": {\"mineId\": \"" + mine + "\"}}"),
        400, "invalid-request");

    assertThat(storedEvents()).isEqualTo(before);
    assertThat(Api.json(api().get("/api/tips/" + id, district())).get("status").asText()).isEqualTo("RECEIVED");
    assertThat(api().get("/api/hazards/" + TipService.hazardIdOf(id), district()).statusCode()).isEqualTo(404);
  }

  @Test
  void aConversionInterruptedAfterTheReport_isCompletedByARetry_withoutASecondHazard() {
    String mine = mine(TOWN);
    file(tipBody("中断 L", TOWN, mine, false));
    String id = idOf("中断 L");
    String hazardId = TipService.hazardIdOf(id);
    NewHazard report =
        new NewHazard(mine, null, HazardSource.WHISTLEBLOWER_TIP, "ILLEGAL_MINING", "越界开采 (first attempt)",
            "Blasting beyond the boundary.", "North slope", Instant.now().minus(Duration.ofHours(1)), Map.of(), List.of());

    asTownAgency(() -> hazardService.report(hazardId, report));
    long afterFirstReport = storedEvents();
    asTownAgency(() -> assertThatThrownBy(() -> hazardService.report(hazardId, report))
        .isInstanceOf(AggregateStreamCreationException.class));
    assertThat(storedEvents()).as("a second report of the id stores nothing").isEqualTo(afterFirstReport);
    assertThat(Api.json(api().get("/api/tips/" + id, district())).get("status").asText()).isEqualTo("RECEIVED");

    HttpResponse<String> retried = triage(id, townAgency(TOWN), convertBody(mine, ""));
    assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
    assertThat(Api.json(retried).get("hazardId").asText()).isEqualTo(hazardId);
    assertThat(storedEvents()).as("only the tip's conversion").isEqualTo(afterFirstReport + 1);
    assertThat(jdbc.queryForObject("SELECT count(*) FROM hazard_view WHERE mine_id = ?", Long.class, mine)).isEqualTo(1);
    assertThat(Api.json(api().get("/api/hazards/" + hazardId, district())).get("title").asText())
        .as("the hazard of the first attempt stands").isEqualTo("越界开采 (first attempt)");
  }

  void asTownAgency(Runnable action) {
    Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject("inspector-" + TOWN)
        .claim("roles", List.of("TOWN_AGENCY")).claim("org", "town-office-" + TOWN).claim("towns", List.of(TOWN))
        .build();
    SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt));
    try {
      action.run();
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  @Test
  void kafka_carriesEveryTipEvent_neverTheTipstersIdentityOrTheCode() {
    String mine = mine(TOWN);
    String code = file(tipBody("卡夫卡 M", TOWN, mine, true));
    String id = idOf("卡夫卡 M");
    assertThat(triage(id, district(), convertBody(mine, "")).statusCode()).isEqualTo(200);

    List<ConsumerRecord<String, String>> records = EventsTopic.awaitRecords(id, 2, Duration.ofSeconds(60));
    assertThat(records).extracting(r -> EventsTopic.value(r).get("type").asText())
        .containsExactly("TipReceived", "TipConverted");
    for (ConsumerRecord<String, String> record : records) {
      assertThat(record.value()).doesNotContain(NAME, PHONE, EMAIL, "contact", code,
          jdbc.queryForObject("SELECT tracking_code_hash FROM tip_view WHERE id = ?", String.class, id));
    }
    JsonNode received = EventsTopic.value(records.get(0));
    assertThat(received.get("aggregateType").asText()).isEqualTo("Tip");
    assertThat(received.get("schemaVersion").asInt()).isEqualTo(1);
    assertThat(fieldNames(received.get("payload")))
        .containsExactly("tipId", "what", "where", "townCode", "mineId", "receivedAt");
    assertThat(received.get("payload").get("mineId").asText()).isEqualTo(mine);
    JsonNode converted = EventsTopic.value(records.get(1));
    assertThat(converted.get("payload").get("hazardId").asText()).isEqualTo(TipService.hazardIdOf(id));
    assertThat(converted.get("actor").get("role").asText()).isEqualTo("DISTRICT_AGENCY");
  }

  @Test
  void aTip_loadedFromItsSnapshot_isTheTipItsEventsGive_andDecidesLaterCommandsOnIt() {
    file(tipBody("快照 N", TOWN, null, false));
    String id = idOf("快照 N");
    assertSameState(loadedByTheService(id), replayedFromAllEvents(id));

    assertThat(triage(id, townAgency(TOWN), dismissBody("Checked")).statusCode()).isEqualTo(200);
    assertThat(latestSnapshotSequence(id)).as("threshold 1: a snapshot after the triage").isEqualTo(1);
    assertThat(jdbc.queryForObject(
            "SELECT payloadtype FROM snapshotevententry WHERE aggregateidentifier = ?", String.class, id))
        .isEqualTo(Tip.class.getName());
    Tip loaded = loadedByTheService(id);
    assertSameState(loaded, replayedFromAllEvents(id));
    assertThat(AggregateFields.of(loaded)).containsEntry("status", TipStatus.DISMISSED);
    assertProblem(triage(id, townAgency(TOWN), dismissBody("Again")), 409, "invalid-state-transition");
  }

  Long latestSnapshotSequence(String id) {
    return jdbc.queryForList(
            "SELECT sequencenumber FROM snapshotevententry WHERE aggregateidentifier = ? ORDER BY sequencenumber DESC",
            Long.class, id)
        .stream().findFirst().orElse(null);
  }

  Tip loadedByTheService(String id) {
    UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
    try {
      return axon.repository(Tip.class).load(id).invoke(tip -> tip);
    } finally {
      unitOfWork.rollback();
    }
  }

  Tip replayedFromAllEvents(String id) {
    DomainEventStream events = engine.readEvents(id, 0);
    Tip root = new GenericAggregateFactory<>(Tip.class).createAggregateRoot(id, events.peek());
    EventSourcedAggregate<Tip> aggregate =
        EventSourcedAggregate.initialize(
            root, AnnotatedAggregateMetaModelFactory.inspectAggregate(Tip.class), SimpleEventBus.builder().build(),
            NoSnapshotTriggerDefinition.TRIGGER);
    aggregate.initializeState(events);
    return aggregate.getAggregateRoot();
  }
}
