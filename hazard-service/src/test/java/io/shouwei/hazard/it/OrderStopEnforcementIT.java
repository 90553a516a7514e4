package io.shouwei.hazard.it;

import static io.shouwei.hazard.it.OrderSteps.assertProblem;
import static io.shouwei.hazard.it.OrderSteps.issue;
import static io.shouwei.hazard.it.OrderSteps.issueBody;
import static io.shouwei.hazard.it.OrderSteps.ok;
import static io.shouwei.hazard.it.OrderSteps.reportHazard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.shouwei.embedded.DevTokens;
import io.shouwei.embedded.PostgresDatabase;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
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
 * {@code POST /api/orders/{id}/stop-enforcement}: workflow-service, with a SERVICE token, lets an
 * unacknowledged order to stop production take effect once its deadline passed, once however often
 * it asks; every other role is forbidden. The sweeper is slowed down so that only the calls act.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "shouwei.orders.enforcement-sweep-interval=PT1H")
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class OrderStopEnforcementIT {

  static final PostgresDatabase DB = PostgresDatabase.create("hazard_order_enforcement");
  static final DevTokens TOKENS = DevTokens.generate();

  static final String TOWN = "310115101";
  static final String ENTERPRISE = "ent-a";

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    TestStack.register(registry, DB, TOKENS);
  }

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  static String service() {
    return TOKENS.token("workflow-service", List.of("SERVICE"), "workflow-service", List.of(), null);
  }

  static String townAgency() {
    return TOKENS.token("inspector-li", List.of("TOWN_AGENCY"), "town-office-101", List.of(TOWN), null);
  }

  static String district() {
    return TOKENS.token("bureau-chen", List.of("DISTRICT_AGENCY"), "district-bureau", List.of(), null);
  }

  static String enterprise() {
    return TOKENS.token("safety-" + ENTERPRISE, List.of("ENTERPRISE"), ENTERPRISE, List.of(), ENTERPRISE);
  }

  static String auditor() {
    return TOKENS.token("auditor-wang", List.of("AUDITOR"), "audit-office", List.of(), null);
  }

  static String admin() {
    return TOKENS.token("admin-zhao", List.of("ADMIN"), "it", List.of(), null);
  }

  Api api() {
    return new Api(port);
  }

  String stopOrder(Instant acknowledgementDeadline) {
    String mine = api().registerMine(townAgency(), ENTERPRISE, TOWN, "OPEN_PIT", Api.ORDINARY_PIT_FACTS);
    String hazard = reportHazard(api(), townAgency(), mine);
    return issue(api(), townAgency(), issueBody(mine, "STOP_PRODUCTION", List.of(hazard),
        "\"acknowledgementDeadline\": \"" + acknowledgementDeadline + "\""));
  }

  HttpResponse<String> enforce(String id, String token) {
    return api().post("/api/orders/" + id + "/stop-enforcement", token, null, "");
  }

  long events(String id) {
    return jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?", Long.class, id);
  }

  @Test
  void theService_enforcesAnOverdueStop_once_howeverOftenItAsks() {
    Instant deadline = Instant.now().plus(Duration.ofMillis(1500)).truncatedTo(ChronoUnit.MILLIS);
    String id = stopOrder(deadline);
    await().atMost(Duration.ofSeconds(10)).until(() -> Instant.now().isAfter(deadline.plusMillis(200)));

    JsonNode enforced = ok(enforce(id, service()));

    assertThat(enforced.get("status").asText()).isEqualTo("IN_FORCE");
    assertThat(enforced.get("stopEffect").get("cause").asText()).isEqualTo("ACKNOWLEDGEMENT_DEADLINE_PASSED");
    long after = events(id);
    JsonNode again = ok(enforce(id, service()));
    assertThat(again.get("status").asText()).isEqualTo("IN_FORCE");
    assertThat(events(id)).as("nothing applied twice").isEqualTo(after);
    JsonNode history = ok(api().get("/api/orders/" + id + "/history", auditor())).get("events");
    assertThat(history.get(1).get("actor").get("role").asText()).isEqualTo("SERVICE");
    assertThat(history.get(1).get("actor").get("userId").asText()).isEqualTo("workflow-service");
  }

  @Test
  void beforeTheDeadline_isUnprocessable_andStoresNothing() {
    String id = stopOrder(Instant.now().plus(Duration.ofHours(24)).truncatedTo(ChronoUnit.MILLIS));
    long before = events(id);

    HttpResponse<String> response = enforce(id, service());

    assertProblem(response, 422, "rule-violated");
    assertThat(Api.json(response).get("rule").asText()).isEqualTo("ACKNOWLEDGEMENT_DEADLINE_NOT_PASSED");
    assertThat(events(id)).isEqualTo(before);
  }

  @Test
  void everyOtherRole_isForbidden_withoutATokenUnauthenticated_andAnUnknownOrderNotFound() {
    String id = stopOrder(Instant.now().plus(Duration.ofHours(24)).truncatedTo(ChronoUnit.MILLIS));

    for (String token : List.of(townAgency(), district(), enterprise(), auditor(), admin())) {
      assertProblem(enforce(id, token), 403, "forbidden");
    }
    assertThat(enforce(id, null).statusCode()).isEqualTo(401);
    assertProblem(enforce("no-such-order", service()), 404, "not-found");
  }
}
