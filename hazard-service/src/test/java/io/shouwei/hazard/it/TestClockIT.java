package io.shouwei.hazard.it;

import static io.shouwei.hazard.it.OrderSteps.applicationBody;
import static io.shouwei.hazard.it.OrderSteps.assertProblem;
import static io.shouwei.hazard.it.OrderSteps.issue;
import static io.shouwei.hazard.it.OrderSteps.issueBody;
import static io.shouwei.hazard.it.OrderSteps.ok;
import static io.shouwei.hazard.it.OrderSteps.reportHazard;
import static io.shouwei.hazard.it.OrderSteps.signOff;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.shouwei.embedded.DevTokens;
import io.shouwei.embedded.PostgresDatabase;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The test profile's clock control ({@code /api/test/clock}) and the re-application block of an
 * order to stop production it lets a test reach: refused within the default two months after a
 * failed review, accepted once the clock has moved past them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class TestClockIT {

  static final PostgresDatabase DB = PostgresDatabase.create("hazard_clock");
  static final DevTokens TOKENS = DevTokens.generate();

  static final String TOWN = "310115101";
  static final String ENTERPRISE = "ent-clock";

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    TestStack.register(registry, DB, TOKENS);
  }

  @LocalServerPort int port;

  Api api() {
    return new Api(port);
  }

  static String admin() {
    return TOKENS.token("admin-zhao", List.of("ADMIN"), "platform", List.of(), null);
  }

  static String townAgency() {
    return TOKENS.token("inspector-li", List.of("TOWN_AGENCY"), "town-office-101", List.of(TOWN), null);
  }

  static String enterprise() {
    return TOKENS.token("safety-" + ENTERPRISE, List.of("ENTERPRISE"), ENTERPRISE, List.of(), ENTERPRISE);
  }

  HttpResponse<String> advance(String token, String body) {
    return api().post("/api/test/clock", token, null, body);
  }

  HttpResponse<String> act(String orderId, String action, String token, String body) {
    return api().exchange("POST", "/api/orders/" + orderId + "/" + action, token, body);
  }

  @Test
  void theClock_movesForwardForAnAdminOnly_andNeverBack() {
    assertProblem(advance(townAgency(), "{\"advance\": \"P1D\"}"), 403, "forbidden");
    assertProblem(advance(admin(), "{}"), 400, "invalid-request");
    assertProblem(advance(admin(), "{\"advance\": \"-P1D\"}"), 400, "invalid-request");
    assertThat(api().get("/api/test/clock", enterprise()).statusCode()).isEqualTo(403);

    Duration before = Duration.parse(ok(api().get("/api/test/clock", admin())).get("offset").asText());
    JsonNode moved = ok(advance(admin(), "{\"advance\": \"PT1H\"}"));
    assertThat(Duration.parse(moved.get("offset").asText())).isEqualTo(before.plusHours(1));
    assertThat(Instant.parse(moved.get("now").asText()))
        .isAfterOrEqualTo(Instant.now().plus(before).plus(Duration.ofHours(1)).minusSeconds(5));
  }

  @Test
  void aNewApplication_isRefusedForTwoMonthsAfterAFailedReview_andAcceptedOnceTheClockPassedThem() {
    String mine = api().registerMine(townAgency(), ENTERPRISE, TOWN, "OPEN_PIT", Api.ORDINARY_PIT_FACTS);
    String hazard = reportHazard(api(), townAgency(), mine);
    signOff(api(), enterprise(), hazard);
    String id = issue(api(), townAgency(), issueBody(mine, "STOP_PRODUCTION", List.of(hazard)));
    ok(act(id, "acknowledgement", enterprise(), null));
    ok(act(id, "resumption-application", enterprise(), applicationBody()));
    ok(act(id, "resumption-review", townAgency(), "{\"outcome\": \"FAIL\", \"findings\": \"Drainage unfinished\"}"));

    HttpResponse<String> blocked = act(id, "resumption-application", enterprise(), applicationBody());
    assertProblem(blocked, 422, "rule-violated");
    assertThat(Api.json(blocked).get("rule").asText()).isEqualTo("REAPPLICATION_BLOCKED");
    ok(advance(admin(), "{\"advance\": \"P58D\"}"));
    assertThat(Api.json(act(id, "resumption-application", enterprise(), applicationBody())).get("rule").asText())
        .as("still within two months").isEqualTo("REAPPLICATION_BLOCKED");

    ok(advance(admin(), "{\"advance\": \"P4D\"}"));
    JsonNode applied = ok(act(id, "resumption-application", enterprise(), applicationBody()));
    assertThat(applied.get("resumption").get("application").asInt()).isEqualTo(2);
  }
}
