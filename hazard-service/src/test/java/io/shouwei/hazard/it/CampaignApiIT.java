package io.shouwei.hazard.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.shouwei.embedded.DevTokens;
import io.shouwei.embedded.PostgresDatabase;
import io.shouwei.hazard.campaign.application.CampaignCalendar;
import io.shouwei.hazard.campaign.seed.CampaignSeeder;
import io.shouwei.hazard.campaign.seed.ShouweiZhan2022;
import io.shouwei.hazard.campaign.view.CampaignViews;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The campaign API end to end: HTTP, the Campaign aggregate, the JDBC store on PostgreSQL, the
 * view, Kafka; every endpoint with its error statuses and every role; the campaign check of a
 * hazard report. Dates are set around the district's today, so that the current phase is known.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class CampaignApiIT {

  static final PostgresDatabase DB = PostgresDatabase.create("campaign");
  static final DevTokens TOKENS = DevTokens.generate();

  static final String TOWN = "370406001";
  static final String OTHER_TOWN = "370406009";

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    TestStack.register(registry, DB, TOKENS);
  }

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired CampaignViews views;
  @Autowired ApplicationContext context;

  final LocalDate today = CampaignCalendar.today(Clock.systemUTC());

  Api api() {
    return new Api(port);
  }

  static String district() {
    return TOKENS.token("li.wei", List.of("DISTRICT_AGENCY"), "shanting-bureau", List.of(), null);
  }

  static String admin() {
    return TOKENS.token("admin-zhou", List.of("ADMIN"), "it-office", List.of(), null);
  }

  static String townAgency(String town) {
    return TOKENS.token("inspector-" + town, List.of("TOWN_AGENCY"), "town-office-" + town, List.of(town), null);
  }

  static String enterprise() {
    return TOKENS.token("safety-ent-c", List.of("ENTERPRISE"), "ent-c", List.of(), "ent-c");
  }

  static String superiorCompany() {
    return TOKENS.token("group-sun", List.of("SUPERIOR_COMPANY"), "group-1", List.of(), null);
  }

  static String auditor() {
    return TOKENS.token("chen.jing", List.of("AUDITOR"), "audit-office", List.of(), null);
  }

  /** A launch body with the three phases around {@code today}: mobilisation over, the push under way. */
  String body() {
    return body(today);
  }

  /**
   * A launch body with the three phases around {@code today}: mobilisation over yesterday, the push
   * from today to today + 20, the summary from today + 21 to today + 35, the report due at today + 40.
   */
  static String body(LocalDate today) {
    return body(today.minusDays(10), today.minusDays(1), today, today.plusDays(20), today.plusDays(21),
        today.plusDays(35), today.plusDays(40));
  }

  static String body(
      LocalDate mobStart, LocalDate mobEnd, LocalDate pushStart, LocalDate pushEnd, LocalDate sumStart,
      LocalDate sumEnd, LocalDate due) {
    return """
        {"name": "非煤矿山安全“守卫战”",
         "jurisdiction": {"districtCode": "370406", "districtName": "枣庄市山亭区", "townCodes": ["%s", "%s"]},
         "phases": [
           {"kind": "MOBILISATION", "name": "动员部署阶段", "startDate": "%s", "endDate": "%s"},
           {"kind": "CONCENTRATED_PUSH", "name": "集中推进阶段", "startDate": "%s", "endDate": "%s"},
           {"kind": "SUMMARY", "name": "总结巩固阶段", "startDate": "%s", "endDate": "%s"}],
         "reportDueDate": "%s",
         "legalBasis": "枣应急发〔2022〕52号", "documentRef": "山应急发〔2022〕1号",
         "issuingOrganisation": "枣庄市山亭区应急管理局"}
        """.formatted(TOWN, OTHER_TOWN, mobStart, mobEnd, pushStart, pushEnd, sumStart, sumEnd, due);
  }

  /** A campaign whose phases all lie in the past (it may be concluded). */
  static String pastBody() {
    return body(LocalDate.of(2022, 9, 7), LocalDate.of(2022, 9, 9), LocalDate.of(2022, 9, 10),
        LocalDate.of(2022, 10, 22), LocalDate.of(2022, 10, 23), LocalDate.of(2022, 11, 6), LocalDate.of(2022, 11, 6));
  }

  String launch(String token, String body) {
    HttpResponse<String> response = api().post("/api/campaigns", token, null, body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return Api.json(response).get("id").asText();
  }

  HttpResponse<String> amendPhase(String id, String kind, String token, String ifMatch, LocalDate start, LocalDate end) {
    String body = "{\"startDate\": \"%s\", \"endDate\": \"%s\"}".formatted(start, end);
    return ifMatch == null
        ? api().exchange("PUT", "/api/campaigns/" + id + "/phases/" + kind, token, body)
        : api().exchange("PUT", "/api/campaigns/" + id + "/phases/" + kind, token, body, "If-Match", ifMatch);
  }

  HttpResponse<String> amendDue(String id, String token, String ifMatch, LocalDate due) {
    String body = "{\"reportDueDate\": \"%s\"}".formatted(due);
    return ifMatch == null
        ? api().exchange("PUT", "/api/campaigns/" + id + "/report-due-date", token, body)
        : api().exchange("PUT", "/api/campaigns/" + id + "/report-due-date", token, body, "If-Match", ifMatch);
  }

  HttpResponse<String> conclude(String id, String token, String ifMatch) {
    String body = "{\"note\": \"工作报告已报区局基础股。\"}";
    return ifMatch == null
        ? api().exchange("POST", "/api/campaigns/" + id + "/conclusion", token, body)
        : api().exchange("POST", "/api/campaigns/" + id + "/conclusion", token, body, "If-Match", ifMatch);
  }

  long campaignEvents() {
    return jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE type = 'Campaign'", Long.class);
  }

  long events(String id) {
    return jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?", Long.class, id);
  }

  static void assertProblem(HttpResponse<String> response, int status, String type) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(Api.contentType(response)).startsWith("application/problem+json");
    assertThat(Api.json(response).get("type").asText()).isEqualTo("https://shouwei.io/problems/" + type);
  }

  static void assertRule(HttpResponse<String> response, String rule) {
    assertProblem(response, 422, "rule-violated");
    assertThat(Api.json(response).get("rule").asText()).isEqualTo(rule);
  }

  static String etag(HttpResponse<String> response) {
    return response.headers().firstValue("ETag").orElseThrow();
  }

  @Test
  void launch_get_list_showTheCampaignWithItsCurrentPhase_andPublishTheLaunch() {
    HttpResponse<String> created = api().post("/api/campaigns", district(), "campaign-corr-1", body());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String id = Api.json(created).get("id").asText();
    assertThat(UUID.fromString(id)).isNotNull();
    assertThat(created.headers().firstValue("Location")).contains("/api/campaigns/" + id);

    HttpResponse<String> read = api().get("/api/campaigns/" + id, district());
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    assertThat(etag(read)).isEqualTo("\"0\"");
    JsonNode campaign = Api.json(read);
    assertThat(campaign.get("name").asText()).isEqualTo("非煤矿山安全“守卫战”");
    assertThat(campaign.get("jurisdiction").get("districtCode").asText()).isEqualTo("370406");
    assertThat(campaign.get("jurisdiction").get("townCodes")).extracting(JsonNode::asText)
        .containsExactly(TOWN, OTHER_TOWN);
    assertThat(campaign.get("phases")).extracting(p -> p.get("kind").asText())
        .containsExactly("MOBILISATION", "CONCENTRATED_PUSH", "SUMMARY");
    assertThat(campaign.get("phases").get(1).get("startDate").asText()).isEqualTo(today.toString());
    assertThat(campaign.get("reportDueDate").asText()).isEqualTo(today.plusDays(40).toString());
    assertThat(campaign.get("legalBasis").asText()).isEqualTo("枣应急发〔2022〕52号");
    assertThat(campaign.get("documentRef").asText()).isEqualTo("山应急发〔2022〕1号");
    assertThat(campaign.get("issuingOrganisation").asText()).isEqualTo("枣庄市山亭区应急管理局");
    assertThat(campaign.get("status").asText()).isEqualTo("LAUNCHED");
    assertThat(campaign.get("today").asText()).isEqualTo(today.toString());
    assertThat(campaign.get("currentPhase").get("kind").asText()).isEqualTo("CONCENTRATED_PUSH");
    assertThat(campaign.get("version").asLong()).isZero();
    assertThat(campaign.get("launchedBy").get("userId").asText()).isEqualTo("li.wei");
    assertThat(campaign.get("launchedBy").get("role").asText()).isEqualTo("DISTRICT_AGENCY");

    String later = launch(admin(), pastBody());
    HttpResponse<String> list = api().get("/api/campaigns", townAgency(TOWN));
    assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
    JsonNode page = Api.json(list);
    assertThat(page.get("campaigns").get(0).get("id").asText()).as("the latest launched first").isEqualTo(later);
    assertThat(page.get("campaigns")).extracting(c -> c.get("id").asText()).contains(id);
    assertThat(page.get("campaigns").get(0).get("currentPhase").isNull()).as("all its phases are over").isTrue();
    assertThat(page.get("total").asLong()).isEqualTo(views.count());
    assertThat(Api.json(api().get("/api/campaigns?page=0&size=1", auditor())).get("campaigns")).hasSize(1);

    List<ConsumerRecord<String, String>> records = EventsTopic.awaitRecords(id, Duration.ofSeconds(60));
    JsonNode envelope = EventsTopic.value(records.get(0));
    assertThat(envelope.get("type").asText()).isEqualTo("CampaignLaunched");
    assertThat(envelope.get("aggregateType").asText()).isEqualTo("Campaign");
    assertThat(envelope.get("correlationId").asText()).isEqualTo("campaign-corr-1");
    assertThat(envelope.get("payload").get("phases").get(1).get("startDate").asText()).isEqualTo(today.toString());
  }

  @Test
  void everyAuthenticatedRole_readsEveryCampaign_andNoTokenIsUnauthenticated() {
    String id = launch(district(), body());

    for (String token : List.of(townAgency("370406077"), enterprise(), superiorCompany(), auditor(), admin())) {
      HttpResponse<String> read = api().get("/api/campaigns/" + id, token);
      assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
      assertThat(api().get("/api/campaigns", token).statusCode()).isEqualTo(200);
    }
    assertThat(api().get("/api/campaigns/" + id, null).statusCode()).isEqualTo(401);
    assertProblem(api().get("/api/campaigns/" + UUID.randomUUID(), enterprise()), 404, "not-found");
    assertProblem(api().get("/api/campaigns?size=0", district()), 400, "invalid-request");
  }

  @Test
  void launch_byAnyRoleButTheDistrictOrAnAdministrator_isForbidden_andStoresNothing() {
    long before = campaignEvents();
    for (String token : List.of(townAgency(TOWN), enterprise(), superiorCompany(), auditor())) {
      assertProblem(api().post("/api/campaigns", token, null, body()), 403, "forbidden");
    }
    assertThat(api().post("/api/campaigns", null, null, body()).statusCode()).isEqualTo(401);
    assertThat(campaignEvents()).isEqualTo(before);
  }

  @Test
  void launch_withMalformedFields_is400_andStoresNothing() {
    long before = campaignEvents();
    HttpResponse<String> noTowns =
        api().post("/api/campaigns", district(), null, body().replace("\"townCodes\": [\"%s\", \"%s\"]"
            .formatted(TOWN, OTHER_TOWN), "\"townCodes\": []"));
    assertProblem(noTowns, 400, "invalid-request");
    assertThat(noTowns.body()).contains("jurisdiction.townCodes");

    assertProblem(api().post("/api/campaigns", district(), null, body().replace("\"name\": \"非煤矿山安全“守卫战”\",", "")),
        400, "invalid-request");
    assertProblem(api().post("/api/campaigns", district(), null, body().replace("\"SUMMARY\"", "\"KICK_OFF\"")),
        400, "invalid-request");
    assertProblem(api().post("/api/campaigns", district(), null,
        body().replace("\"reportDueDate\": \"" + today.plusDays(40), "\"reportDueDate\": \"" + today.plusDays(40) + "x")),
        400, "invalid-request");
    assertProblem(api().post("/api/campaigns", district(), null, body().replace("\"issuingOrganisation\"", "\"issuer\"")),
        400, "invalid-request");
    assertThat(campaignEvents()).isEqualTo(before);
  }

  @Test
  void launch_breakingARule_is422WithTheRule_andStoresNothing() {
    long before = campaignEvents();
    assertRule(api().post("/api/campaigns", district(), null,
        body(today, today.plusDays(5), today.plusDays(5), today.plusDays(9), today.plusDays(10), today.plusDays(12),
            today.plusDays(12))),
        "PHASES_OVERLAP");
    assertRule(api().post("/api/campaigns", district(), null,
        body(today, today.plusDays(4), today.plusDays(5), today.plusDays(9), today.plusDays(10), today.plusDays(12),
            today.plusDays(11))),
        "REPORT_DUE_BEFORE_END");
    assertRule(api().post("/api/campaigns", district(), null,
        body(today, today.plusDays(4), today.plusDays(9), today.plusDays(5), today.plusDays(10), today.plusDays(12),
            today.plusDays(12))),
        "PHASE_ENDS_BEFORE_START");
    assertRule(api().post("/api/campaigns", district(), null,
        body().replace("[\"%s\", \"%s\"]".formatted(TOWN, OTHER_TOWN), "[\"%s\", \"%s\"]".formatted(TOWN, TOWN))),
        "DUPLICATE_TOWN");
    assertThat(campaignEvents()).isEqualTo(before);
  }

  @Test
  void launch_withAnIdempotencyKey_launchesOnce() {
    long before = campaignEvents();
    String key = "launch-" + UUID.randomUUID();
    HttpResponse<String> first = api().exchange("POST", "/api/campaigns", district(), body(), "Idempotency-Key", key);
    HttpResponse<String> again = api().exchange("POST", "/api/campaigns", district(), body(), "Idempotency-Key", key);

    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(again.statusCode()).isEqualTo(201);
    assertThat(Api.json(again).get("id").asText()).isEqualTo(Api.json(first).get("id").asText());
    assertThat(campaignEvents()).isEqualTo(before + 1);
  }

  @Test
  void amendPhase_movesTheDates_withIfMatch_andAnswersEveryErrorStatus() {
    String id = launch(district(), body());

    HttpResponse<String> amended = amendPhase(id, "SUMMARY", district(), "\"0\"", today.plusDays(22), today.plusDays(36));
    assertThat(amended.statusCode()).as(amended.body()).isEqualTo(200);
    assertThat(etag(amended)).isEqualTo("\"1\"");
    assertThat(Api.json(amended).get("phases").get(2).get("startDate").asText()).isEqualTo(today.plusDays(22).toString());
    assertThat(Api.json(amended).get("phases").get(2).get("endDate").asText()).isEqualTo(today.plusDays(36).toString());

    assertProblem(amendPhase(id, "SUMMARY", district(), "\"0\"", today.plusDays(23), today.plusDays(36)),
        412, "precondition-failed");
    for (String token : List.of(townAgency(TOWN), enterprise(), superiorCompany(), auditor(), admin())) {
      assertProblem(amendPhase(id, "SUMMARY", token, null, today.plusDays(23), today.plusDays(36)), 403, "forbidden");
    }
    assertProblem(amendPhase(UUID.randomUUID().toString(), "SUMMARY", district(), null, today, today), 404, "not-found");
    assertThat(amendPhase(id, "KICK_OFF", district(), null, today, today).statusCode()).isEqualTo(400);
    assertProblem(api().exchange("PUT", "/api/campaigns/" + id + "/phases/SUMMARY", district(),
        "{\"startDate\": \"" + today.plusDays(23) + "\"}"), 400, "invalid-request");
    assertRule(amendPhase(id, "MOBILISATION", district(), null, today.minusDays(10), today.plusDays(1)), "PHASE_ENDED");
    assertRule(amendPhase(id, "CONCENTRATED_PUSH", district(), null, today.plusDays(1), today.plusDays(20)),
        "PHASE_STARTED");
    assertRule(amendPhase(id, "CONCENTRATED_PUSH", district(), null, today, today.plusDays(25)), "PHASES_OVERLAP");
    assertThat(events(id)).isEqualTo(2);

    String shortOne = launch(district(), """
        {"name": "百日攻坚", "jurisdiction": {"districtCode": "370406", "districtName": "枣庄市山亭区",
         "townCodes": ["%s"]},
         "phases": [{"kind": "CONCENTRATED_PUSH", "name": "集中攻坚", "startDate": "%s", "endDate": "%s"}],
         "reportDueDate": "%s", "issuingOrganisation": "枣庄市山亭区应急管理局"}
        """.formatted(TOWN, today, today.plusDays(5), today.plusDays(10)));
    HttpResponse<String> noSuchPhase = amendPhase(shortOne, "SUMMARY", district(), null, today, today.plusDays(1));
    assertProblem(noSuchPhase, 404, "not-found");
    assertThat(Api.json(noSuchPhase).get("rule").asText()).isEqualTo("PHASE_NOT_IN_CAMPAIGN");
  }

  @Test
  void amendReportDueDate_movesIt_andAnswersEveryErrorStatus() {
    String id = launch(district(), body());

    HttpResponse<String> amended = amendDue(id, district(), "\"0\"", today.plusDays(45));
    assertThat(amended.statusCode()).as(amended.body()).isEqualTo(200);
    assertThat(Api.json(amended).get("reportDueDate").asText()).isEqualTo(today.plusDays(45).toString());
    assertThat(etag(amended)).isEqualTo("\"1\"");

    assertProblem(amendDue(id, district(), "\"0\"", today.plusDays(50)), 412, "precondition-failed");
    assertProblem(amendDue(id, townAgency(TOWN), null, today.plusDays(50)), 403, "forbidden");
    assertProblem(amendDue(id, auditor(), null, today.plusDays(50)), 403, "forbidden");
    assertProblem(amendDue(UUID.randomUUID().toString(), district(), null, today.plusDays(50)), 404, "not-found");
    assertProblem(api().exchange("PUT", "/api/campaigns/" + id + "/report-due-date", district(), "{}"),
        400, "invalid-request");
    assertRule(amendDue(id, district(), null, today.plusDays(30)), "REPORT_DUE_BEFORE_END");
    assertThat(events(id)).isEqualTo(2);
  }

  @Test
  void conclude_afterTheLastPhase_concludes_andThenRefusesChanges() {
    String running = launch(district(), body());
    assertRule(conclude(running, district(), null), "CAMPAIGN_NOT_OVER");

    String past = launch(district(), pastBody());
    assertProblem(conclude(past, townAgency(TOWN), null), 403, "forbidden");
    assertProblem(conclude(past, enterprise(), null), 403, "forbidden");
    assertProblem(conclude(past, auditor(), null), 403, "forbidden");
    assertProblem(conclude(past, admin(), null), 403, "forbidden");
    assertProblem(conclude(past, district(), "\"3\""), 412, "precondition-failed");
    assertProblem(conclude(UUID.randomUUID().toString(), district(), null), 404, "not-found");

    HttpResponse<String> concluded = conclude(past, district(), "\"0\"");
    assertThat(concluded.statusCode()).as(concluded.body()).isEqualTo(200);
    assertThat(Api.json(concluded).get("status").asText()).isEqualTo("CONCLUDED");
    assertThat(Api.json(concluded).get("concludedOn").asText()).isEqualTo(today.toString());
    assertThat(Api.json(concluded).get("conclusionNote").asText()).isEqualTo("工作报告已报区局基础股。");

    HttpResponse<String> again = conclude(past, district(), null);
    assertProblem(again, 409, "invalid-state-transition");
    assertThat(Api.json(again).get("state").asText()).isEqualTo("CONCLUDED");
    assertThat(Api.json(again).get("allowedCommands")).isEmpty();
    assertProblem(amendDue(past, district(), null, today.plusDays(3)), 409, "invalid-state-transition");
    assertThat(events(past)).isEqualTo(2);
  }

  @Test
  void hazardReport_inACampaignNeverLaunched_is422_andStoresNothing_inALaunchedOne_carriesIt() {
    String mine = api().registerMine(district(), "ent-c", TOWN, "OPEN_PIT", Api.ORDINARY_PIT_FACTS);
    long hazards = jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE type = 'Hazard'", Long.class);

    HttpResponse<String> unknown = api().post("/api/hazards", townAgency(TOWN), null,
        Api.reportBody(mine, "北帮台阶坡顶裂缝", "\"campaignId\": \"shouweizhan-2025\""));
    assertRule(unknown, "UNKNOWN_CAMPAIGN");
    assertThat(unknown.body()).contains("campaignId");
    assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE type = 'Hazard'", Long.class))
        .isEqualTo(hazards);

    String campaign = launch(district(), body());
    HttpResponse<String> reported = api().post("/api/hazards", townAgency(TOWN), null,
        Api.reportBody(mine, "北帮台阶坡顶裂缝", "\"campaignId\": \"" + campaign + "\""));
    assertThat(reported.statusCode()).as(reported.body()).isEqualTo(201);
    JsonNode hazard = Api.json(api().get("/api/hazards/" + Api.json(reported).get("id").asText(), townAgency(TOWN)));
    assertThat(hazard.get("campaignId").asText()).isEqualTo(campaign);
  }

  @Test
  void outsideTheLocalProfile_theDemoCampaignIsNotSeeded() {
    assertThat(context.getBeanProvider(CampaignSeeder.class).getIfAvailable()).isNull();
    assertThat(views.exists(ShouweiZhan2022.CAMPAIGN_ID)).isFalse();
  }
}
