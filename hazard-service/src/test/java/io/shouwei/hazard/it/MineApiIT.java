package io.shouwei.hazard.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.shouwei.embedded.DevTokens;
import io.shouwei.embedded.PostgresDatabase;
import io.shouwei.hazard.mine.MineFacts;
import io.shouwei.hazard.mine.api.ResumeMineCommand;
import io.shouwei.hazard.mine.api.StopMineByOrderCommand;
import io.shouwei.hazard.mine.api.UpdateMineFactsCommand;
import io.shouwei.hazard.mine.view.MineViews;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The mine API end to end: HTTP, the Mine aggregate, the JDBC store on PostgreSQL, the view, Kafka. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class MineApiIT {

  static final PostgresDatabase DB = PostgresDatabase.create("mine");
  static final DevTokens TOKENS = DevTokens.generate();

  static final String TOWN = "310115101";
  static final String OTHER_TOWN = "310115102";
  static final String ENTERPRISE_A = "ent-a";
  static final String ENTERPRISE_B = "ent-b";

  static final String OPEN_PIT_FACTS =
      """
      {"slopeHeightMetres": 210, "onlineSlopeMonitoring": false, "slopeStabilityAnalysisDone": true,
       "other": {"benchCount": 14}}
      """;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    TestStack.register(registry, DB, TOKENS);
  }

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired CommandGateway commands;
  @Autowired MineViews views;

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

  static String registerBody(String enterpriseId, String townCode, String type, String facts) {
    return """
        {"name": "北山露天采石场", "enterpriseId": "%s", "enterpriseName": "Beishan Building Materials Co.",
         "townCode": "%s", "type": "%s", "facts": %s}
        """.formatted(enterpriseId, townCode, type, facts);
  }

  String register(String token, String enterpriseId, String townCode, String type, String facts) {
    HttpResponse<String> response = api().post("/api/mines", token, null, registerBody(enterpriseId, townCode, type, facts));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return Api.json(response).get("id").asText();
  }

  String openPit() {
    return register(townAgency(TOWN), ENTERPRISE_A, TOWN, "OPEN_PIT", OPEN_PIT_FACTS);
  }

  HttpResponse<String> putFacts(String id, String token, String ifMatch, String facts) {
    return ifMatch == null
        ? api().exchange("PUT", "/api/mines/" + id + "/facts", token, facts)
        : api().exchange("PUT", "/api/mines/" + id + "/facts", token, facts, "If-Match", ifMatch);
  }

  HttpResponse<String> close(String id, String token, String reason) {
    return api().exchange("POST", "/api/mines/" + id + "/closure", token, "{\"reason\": \"" + reason + "\"}");
  }

  long storedEvents() {
    return jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
  }

  static void assertProblem(HttpResponse<String> response, int status, String type) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(Api.contentType(response)).startsWith("application/problem+json");
    assertThat(Api.json(response).get("status").asInt()).isEqualTo(status);
    assertThat(Api.json(response).get("type").asText()).isEqualTo("https://shouwei.io/problems/" + type);
  }

  static String etag(HttpResponse<String> response) {
    return response.headers().firstValue("ETag").orElseThrow();
  }

  @Test
  void register_get_updateFacts_close_thenRefuseChanges_andPublishEveryEvent() {
    HttpResponse<String> created =
        api().post("/api/mines", townAgency(TOWN), "mine-corr-1", registerBody(ENTERPRISE_A, TOWN, "OPEN_PIT", OPEN_PIT_FACTS));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String id = Api.json(created).get("id").asText();
    assertThat(UUID.fromString(id)).isNotNull();
    assertThat(created.headers().firstValue("Location")).contains("/api/mines/" + id);

    HttpResponse<String> read = api().get("/api/mines/" + id, townAgency(TOWN));
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    assertThat(etag(read)).isEqualTo("\"0\"");
    JsonNode mine = Api.json(read);
    assertThat(mine.get("name").asText()).isEqualTo("北山露天采石场");
    assertThat(mine.get("enterpriseId").asText()).isEqualTo(ENTERPRISE_A);
    assertThat(mine.get("enterpriseName").asText()).isEqualTo("Beishan Building Materials Co.");
    assertThat(mine.get("townCode").asText()).isEqualTo(TOWN);
    assertThat(mine.get("type").asText()).isEqualTo("OPEN_PIT");
    assertThat(mine.get("productionStatus").asText()).isEqualTo("OPERATING");
    assertThat(mine.get("version").asLong()).isZero();
    assertThat(mine.get("facts").get("slopeHeightMetres").asDouble()).isEqualTo(210.0);
    assertThat(mine.get("facts").get("onlineSlopeMonitoring").asBoolean()).isFalse();
    assertThat(mine.get("facts").get("tailingsPondGrade").isNull()).isTrue();
    assertThat(mine.get("facts").get("other").get("benchCount").asLong()).isEqualTo(14);
    assertThat(mine.get("registeredBy").get("userId").asText()).isEqualTo("inspector-" + TOWN);
    assertThat(mine.get("registeredBy").get("role").asText()).isEqualTo("TOWN_AGENCY");

    HttpResponse<String> updated =
        putFacts(id, townAgency(TOWN), "\"0\"", "{\"slopeHeightMetres\": 230, \"onlineSlopeMonitoring\": true}");
    assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
    assertThat(etag(updated)).isEqualTo("\"1\"");
    assertThat(Api.json(updated).get("facts").get("slopeHeightMetres").asDouble()).isEqualTo(230.0);
    assertThat(Api.json(updated).get("facts").get("slopeStabilityAnalysisDone").isNull()).isTrue();
    assertThat(Api.json(updated).get("facts").get("other").size()).isZero();

    long beforeStale = storedEvents();
    HttpResponse<String> stale = putFacts(id, townAgency(TOWN), "\"0\"", "{\"slopeHeightMetres\": 240}");
    assertProblem(stale, 412, "precondition-failed");
    assertThat(Api.json(stale).get("version").asLong()).isEqualTo(1);
    assertThat(storedEvents()).isEqualTo(beforeStale);
    assertThat(etag(api().get("/api/mines/" + id, townAgency(TOWN)))).isEqualTo("\"1\"");

    HttpResponse<String> closed =
        api().exchange("POST", "/api/mines/" + id + "/closure", townAgency(TOWN),
            "{\"reason\": \"Mining licence expired.\"}", "If-Match", "\"1\"");
    assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
    assertThat(etag(closed)).isEqualTo("\"2\"");
    assertThat(Api.json(closed).get("productionStatus").asText()).isEqualTo("CLOSED");
    assertThat(Api.json(closed).get("closureReason").asText()).isEqualTo("Mining licence expired.");

    long beforeRefused = storedEvents();
    HttpResponse<String> refused = putFacts(id, townAgency(TOWN), "\"2\"", "{\"slopeHeightMetres\": 250}");
    assertProblem(refused, 409, "invalid-state-transition");
    assertThat(Api.json(refused).get("state").asText()).isEqualTo("CLOSED");
    assertThat(Api.json(refused).get("allowedCommands").size()).isZero();
    assertProblem(close(id, district(), "again"), 409, "invalid-state-transition");
    assertThat(storedEvents()).isEqualTo(beforeRefused);

    List<ConsumerRecord<String, String>> records = EventsTopic.awaitRecords(id, 3, Duration.ofSeconds(60));
    assertThat(records).extracting(r -> EventsTopic.value(r).get("type").asText())
        .containsExactly("MineRegistered", "MineFactsUpdated", "MineClosed");
    JsonNode envelope = EventsTopic.value(records.get(0));
    assertThat(envelope.get("aggregateType").asText()).isEqualTo("Mine");
    assertThat(envelope.get("aggregateId").asText()).isEqualTo(id);
    assertThat(envelope.get("sequence").asLong()).isZero();
    assertThat(envelope.get("schemaVersion").asInt()).isEqualTo(1);
    assertThat(envelope.get("actor").get("userId").asText()).isEqualTo("inspector-" + TOWN);
    assertThat(envelope.get("actor").get("role").asText()).isEqualTo("TOWN_AGENCY");
    assertThat(envelope.get("correlationId").asText()).isEqualTo("mine-corr-1");
    assertThat(envelope.get("payload").get("mineId").asText()).isEqualTo(id);
    assertThat(envelope.get("payload").get("type").asText()).isEqualTo("OPEN_PIT");
    assertThat(envelope.get("payload").get("facts").get("slopeHeightMetres").asDouble()).isEqualTo(210.0);
    assertThat(envelope.get("payload").get("facts").get("other").get("benchCount").asLong()).isEqualTo(14);
    assertThat(EventsTopic.value(records.get(2)).get("payload").get("reason").asText())
        .isEqualTo("Mining licence expired.");
  }

  @Test
  void theEnterprise_updatesItsOwnMinesFacts_withoutIfMatch() {
    String id = openPit();

    HttpResponse<String> updated = putFacts(id, enterprise(ENTERPRISE_A), null, "{\"slopeStabilityAnalysisDone\": false}");

    assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
    assertThat(Api.json(updated).get("facts").get("slopeStabilityAnalysisDone").asBoolean()).isFalse();
    assertThat(api().get("/api/mines/" + id, enterprise(ENTERPRISE_A)).statusCode()).isEqualTo(200);
  }

  @Test
  void anotherEnterprise_andATownOfficeOfAnotherTown_findNothing_andChangeNothing() {
    String id = openPit();
    long before = storedEvents();

    for (String foreign : List.of(enterprise(ENTERPRISE_B), townAgency(OTHER_TOWN))) {
      assertProblem(api().get("/api/mines/" + id, foreign), 404, "not-found");
      assertProblem(putFacts(id, foreign, null, "{\"slopeHeightMetres\": 300}"), 404, "not-found");
    }
    assertProblem(close(id, townAgency(OTHER_TOWN), "not mine to close"), 404, "not-found");

    assertThat(storedEvents()).isEqualTo(before);
  }

  @Test
  void aForeignMine_isAnsweredExactlyLikeAMissingOne() {
    String id = openPit();
    String missingId = UUID.randomUUID().toString();

    JsonNode foreign = Api.json(api().get("/api/mines/" + id, enterprise(ENTERPRISE_B)));
    JsonNode missing = Api.json(api().get("/api/mines/" + missingId, enterprise(ENTERPRISE_B)));

    assertThat(foreign.get("type")).isEqualTo(missing.get("type"));
    assertThat(foreign.get("title")).isEqualTo(missing.get("title"));
    assertThat(foreign.get("detail").asText()).isEqualTo(missing.get("detail").asText().replace(missingId, id));
  }

  @Test
  void theAuditor_readsButWritesNothing() {
    String id = openPit();
    long before = storedEvents();

    assertProblem(api().post("/api/mines", auditor(), null, registerBody(ENTERPRISE_A, TOWN, "OPEN_PIT", "{}")), 403, "forbidden");
    assertProblem(putFacts(id, auditor(), null, "{}"), 403, "forbidden");
    assertProblem(close(id, auditor(), "audit"), 403, "forbidden");

    assertThat(storedEvents()).isEqualTo(before);
    assertThat(api().get("/api/mines/" + id, auditor()).statusCode()).isEqualTo(200);
  }

  @Test
  void anEnterprise_neitherRegistersNorClosesMines() {
    String id = openPit();

    assertProblem(api().post("/api/mines", enterprise(ENTERPRISE_A), null,
        registerBody(ENTERPRISE_A, TOWN, "OPEN_PIT", "{}")), 403, "forbidden");
    assertProblem(close(id, enterprise(ENTERPRISE_A), "we stop"), 403, "forbidden");
  }

  @Test
  void aTownOffice_registersOnlyInItsTowns_theDistrictAndAdminsAnywhere() {
    long before = storedEvents();
    assertProblem(api().post("/api/mines", townAgency(OTHER_TOWN), null,
        registerBody(ENTERPRISE_A, TOWN, "OPEN_PIT", "{}")), 403, "forbidden");
    assertThat(storedEvents()).isEqualTo(before);

    assertThat(register(district(), ENTERPRISE_A, TOWN, "UNDERGROUND", "null")).isNotBlank();
    assertThat(register(admin(), ENTERPRISE_B, OTHER_TOWN, "OTHER", "{}")).isNotBlank();
  }

  @Test
  void badFields_areBadRequests_listingTheFields_andStoreNothing() {
    long before = storedEvents();

    HttpResponse<String> missing = api().post("/api/mines", district(), null,
        "{\"enterpriseId\": \"ent-a\", \"enterpriseName\": \" \", \"townCode\": \"310115101\"}");
    assertProblem(missing, 400, "invalid-request");
    assertThat(Api.json(missing).get("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("name", "enterpriseName", "type");

    HttpResponse<String> badFacts = api().post("/api/mines", district(), null, registerBody(ENTERPRISE_A, TOWN, "TAILINGS_POND",
        "{\"tailingsPondGrade\": 9, \"damHeightMetres\": -3, \"other\": {\"dam_slope\": 1, \"note\": \"text\"}}"));
    assertProblem(badFacts, 400, "invalid-request");
    assertThat(Api.json(badFacts).get("errors").findValuesAsText("field")).containsExactlyInAnyOrder(
        "facts.tailingsPondGrade", "facts.damHeightMetres", "facts.other.dam_slope", "facts.other.note");

    HttpResponse<String> badType = api().post("/api/mines", district(), null, registerBody(ENTERPRISE_A, TOWN, "VOLCANO", "{}"));
    assertProblem(badType, 400, "invalid-request");

    String id = openPit();
    long afterRegistering = storedEvents();
    HttpResponse<String> badUpdate = putFacts(id, district(), null, "{\"slopeHeightMetres\": -1}");
    assertProblem(badUpdate, 400, "invalid-request");
    assertThat(Api.json(badUpdate).get("errors").findValuesAsText("field")).containsExactly("slopeHeightMetres");
    assertProblem(close(id, district(), " "), 400, "invalid-request");

    assertThat(afterRegistering).isEqualTo(before + 1);
    assertThat(storedEvents()).isEqualTo(afterRegistering);
  }

  @Test
  void factsThatDoNotFitTheType_areUnprocessable_andStoreNothing() {
    long before = storedEvents();

    HttpResponse<String> pondFactsOnPit = api().post("/api/mines", district(), null,
        registerBody(ENTERPRISE_A, TOWN, "OPEN_PIT", "{\"tailingsPondGrade\": 3}"));
    assertProblem(pondFactsOnPit, 422, "rule-violated");
    assertThat(Api.json(pondFactsOnPit).get("rule").asText()).isEqualTo("TAILINGS_FACTS_NOT_APPLICABLE");
    assertThat(storedEvents()).isEqualTo(before);

    String pond = register(district(), ENTERPRISE_A, TOWN, "TAILINGS_POND", "{\"tailingsPondGrade\": 3, \"damHeightMetres\": 42.5}");
    HttpResponse<String> slopeOnPond = putFacts(pond, district(), "\"0\"", "{\"slopeHeightMetres\": 120}");
    assertProblem(slopeOnPond, 422, "rule-violated");
    assertThat(Api.json(slopeOnPond).get("rule").asText()).isEqualTo("SLOPE_FACTS_NOT_APPLICABLE");
    assertThat(storedEvents()).isEqualTo(before + 1);
  }

  @Test
  void anIfMatchThatCanNeverMatch_isPreconditionFailed_andOneThatIsNoEntityTag_aBadRequest() {
    String id = openPit();
    long before = storedEvents();

    assertProblem(putFacts(id, district(), "W/\"0\"", "{}"), 412, "precondition-failed");
    HttpResponse<String> noTag = putFacts(id, district(), "zero", "{}");
    assertProblem(noTag, 400, "invalid-request");
    assertThat(Api.json(noTag).get("errors").findValuesAsText("field")).containsExactly("If-Match");
    assertThat(storedEvents()).isEqualTo(before);
  }

  @Test
  void aStaleExpectedVersion_isRefusedByTheStoreItself_evenPastTheViewsCheck() {
    String id = openPit();
    assertThat(putFacts(id, district(), "\"0\"", "{\"slopeHeightMetres\": 215}").statusCode()).isEqualTo(200);
    long before = storedEvents();

    assertThatThrownBy(() -> commands.sendAndWait(new UpdateMineFactsCommand(id, 0L, MineFacts.NONE)))
        .isInstanceOf(ConflictingModificationException.class);

    assertThat(storedEvents()).isEqualTo(before);
    assertThat(views.find(id).orElseThrow().version()).isEqualTo(1);
  }

  @Test
  void ordersStopAndResumeTheMine_asTheServiceActor() {
    String id = openPit();

    commands.sendAndWait(new StopMineByOrderCommand(id, "order-1"));
    commands.sendAndWait(new StopMineByOrderCommand(id, "order-2"));
    JsonNode stopped = Api.json(api().get("/api/mines/" + id, townAgency(TOWN)));
    assertThat(stopped.get("productionStatus").asText()).isEqualTo("STOPPED_BY_ORDER");
    assertThat(stopped.get("stoppedByOrderIds")).extracting(JsonNode::asText).containsExactly("order-1", "order-2");

    commands.sendAndWait(new ResumeMineCommand(id, "order-1"));
    assertThat(views.find(id).orElseThrow().stoppedByOrderIds()).containsExactly("order-2");
    commands.sendAndWait(new ResumeMineCommand(id, "order-2"));

    JsonNode resumed = Api.json(api().get("/api/mines/" + id, townAgency(TOWN)));
    assertThat(resumed.get("productionStatus").asText()).isEqualTo("OPERATING");
    assertThat(resumed.get("version").asLong()).isEqualTo(4);
    List<ConsumerRecord<String, String>> records = EventsTopic.awaitRecords(id, 5, Duration.ofSeconds(60));
    JsonNode lastResume = EventsTopic.value(records.get(4));
    assertThat(lastResume.get("type").asText()).isEqualTo("MineResumed");
    assertThat(lastResume.get("actor").get("role").asText()).isEqualTo("SERVICE");
    assertThat(lastResume.get("payload").get("productionStatus").asText()).isEqualTo("OPERATING");
  }
}
