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
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shouwei.embedded.DevTokens;
import io.shouwei.embedded.PostgresDatabase;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
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
 * An order's audit: its history attributed and chained, its state at each version and instant
 * replayed from the stored events, and its hash chain, including a row altered in PostgreSQL
 * behind the service's back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class OrderAuditIT {

  static final PostgresDatabase DB = PostgresDatabase.create("hazard_order_audit");
  static final DevTokens TOKENS = DevTokens.generate();

  static final String TOWN = "310115101";
  static final String ENTERPRISE = "ent-a";

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    TestStack.register(registry, DB, TOKENS);
  }

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  static String townAgency() {
    return TOKENS.token("inspector-li", List.of("TOWN_AGENCY"), "town-office-101", List.of(TOWN), null);
  }

  static String enterprise() {
    return TOKENS.token("safety-" + ENTERPRISE, List.of("ENTERPRISE"), ENTERPRISE, List.of(), ENTERPRISE);
  }

  static String auditor() {
    return TOKENS.token("auditor-wang", List.of("AUDITOR"), "audit-office", List.of(), null);
  }

  Api api() {
    return new Api(port);
  }

  /** A stop order issued, acknowledged (which stops it), applied for and reviewed: events 0 to 4. */
  String orderThroughAReview() {
    String mine = api().registerMine(townAgency(), ENTERPRISE, TOWN, "OPEN_PIT", Api.ORDINARY_PIT_FACTS);
    String hazard = reportHazard(api(), townAgency(), mine);
    signOff(api(), enterprise(), hazard);
    String id = issue(api(), townAgency(), issueBody(mine, "STOP_PRODUCTION", List.of(hazard)));
    pause();
    ok(api().exchange("POST", "/api/orders/" + id + "/acknowledgement", enterprise(), null));
    pause();
    ok(api().exchange("POST", "/api/orders/" + id + "/resumption-application", enterprise(), applicationBody()));
    pause();
    ok(api().exchange("POST", "/api/orders/" + id + "/resumption-review", townAgency(),
        "{\"outcome\": \"FAIL\", \"findings\": \"Drainage unfinished\"}"));
    return id;
  }

  JsonNode read(String path) {
    HttpResponse<String> response = api().get(path, auditor());
    assertThat(response.statusCode()).as("GET " + path + ": " + response.body()).isEqualTo(200);
    return Api.json(response);
  }

  List<Instant> storedTimes(String id) {
    List<Instant> times = new ArrayList<>();
    read("/api/orders/" + id + "/history").get("events")
        .forEach(e -> times.add(Instant.parse(e.get("timestamp").asText())));
    return times;
  }

  static String asOf(Instant instant) {
    return "?asOf=" + URLEncoder.encode(instant.toString(), StandardCharsets.UTF_8);
  }

  static void pause() {
    try {
      Thread.sleep(3);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void history_listsTheOrdersEventsInOrder_attributed_andChained() {
    String id = orderThroughAReview();

    JsonNode history = read("/api/orders/" + id + "/history");

    assertThat(history.get("aggregateType").asText()).isEqualTo("RectificationOrder");
    assertThat(history.get("total").asLong()).isEqualTo(5);
    JsonNode events = history.get("events");
    assertThat(events).extracting(e -> e.get("type").asText().replaceAll(".*\\.", "")).containsExactly(
        "OrderIssuedEvent", "OrderAcknowledgedEvent", "StopTookEffectEvent", "ResumptionAppliedEvent",
        "ResumptionReviewedEvent");
    assertThat(events).extracting(e -> e.get("actor").get("role").asText()).containsExactly(
        "TOWN_AGENCY", "ENTERPRISE", "ENTERPRISE", "ENTERPRISE", "TOWN_AGENCY");
    assertThat(events).extracting(e -> e.get("revision").asText()).containsOnly("1");
    assertThat(events.get(0).get("payload").get("citedHazardIds").size()).isOne();
    for (int i = 1; i < events.size(); i++) {
      assertThat(events.get(i).get("prevHash").asText()).isEqualTo(events.get(i - 1).get("hash").asText());
    }
    assertThat(read("/api/orders/" + id + "/history?page=1&size=2").get("events").get(0).get("sequence").asLong())
        .isEqualTo(2);
  }

  @Test
  void untouched_isIntact() {
    String id = orderThroughAReview();

    JsonNode integrity = read("/api/orders/" + id + "/integrity");

    assertThat(integrity.get("intact").asBoolean()).isTrue();
    assertThat(integrity.get("events").asLong()).isEqualTo(5);
    assertThat(integrity.size()).isEqualTo(2);
  }

  @Test
  void anAlteredStoredRow_isNamedByItsSequence() {
    String id = orderThroughAReview();

    int altered = jdbc.update(
        "UPDATE domainevententry SET payload = convert_to(replace(convert_from(payload, 'UTF8'),"
            + " 'Drainage unfinished', 'Nothing to find'), 'UTF8') WHERE aggregateidentifier = ? AND sequencenumber = 4",
        id);
    assertThat(altered).isEqualTo(1);

    JsonNode integrity = read("/api/orders/" + id + "/integrity");
    assertThat(integrity.get("intact").asBoolean()).isFalse();
    assertThat(integrity.get("events").asLong()).isEqualTo(5);
    assertThat(integrity.get("firstBrokenSequence").asLong()).isEqualTo(4);
    assertThat(integrity.get("reason").asText()).isEqualTo("Event 4 was altered: what is stored no longer hashes to its hash.");
    assertThat(read("/api/orders/" + id + "?version=4").get("resumption").get("reviewFindings").asText())
        .as("a replay shows what is stored now; the integrity check tells it was altered")
        .isEqualTo("Nothing to find");
  }

  @Test
  void theOrder_isAsItWasAtEachVersionAndInstant() {
    String id = orderThroughAReview();
    String path = "/api/orders/" + id;
    List<Instant> at = storedTimes(id);
    JsonNode current = read(path);

    JsonNode issued = read(path + "?version=0");
    assertThat(issued.get("status").asText()).isEqualTo("ISSUED");
    assertThat(issued.get("version").asLong()).isZero();
    assertThat(issued.get("acknowledgedAt").isNull()).isTrue();
    assertThat(issued.get("issuedBy").get("userId").asText()).isEqualTo("inspector-li");

    JsonNode inForce = read(path + "?version=2");
    assertThat(inForce.get("status").asText()).isEqualTo("IN_FORCE");
    assertThat(inForce.get("stopEffect").get("cause").asText()).isEqualTo("ACKNOWLEDGED");
    assertThat(inForce.get("resumption").isNull()).isTrue();

    JsonNode applied = read(path + asOf(at.get(4).minusMillis(1)));
    assertThat(applied.get("version").asLong()).isEqualTo(3);
    assertThat(applied.get("status").asText()).isEqualTo("RESUMPTION_APPLIED");
    assertThat(Instant.parse(applied.get("asOf").asText())).isEqualTo(at.get(4).minusMillis(1));

    assertThat(read(path + "?version=4")).isEqualTo(current);
    JsonNode latest = ((ObjectNode) read(path + asOf(at.get(4))).deepCopy()).without("asOf");
    assertThat(latest).isEqualTo(current);

    assertProblem(api().get(path + asOf(at.get(0).minusMillis(1)), auditor()), 404, "not-found");
    assertProblem(api().get(path + "?version=5", auditor()), 404, "not-found");
    assertProblem(api().get(path + "?version=-1", auditor()), 400, "invalid-request");
    assertProblem(api().get(path + "?version=1&asOf=" + at.get(0), auditor()), 400, "invalid-request");
  }

  @Test
  void anOrderWhoseStoredEventNoLongerReads_isAConflictFromThatVersionOn() {
    String id = orderThroughAReview();

    assertThat(jdbc.update(
            "UPDATE domainevententry SET payload = convert_to('not an event', 'UTF8')"
                + " WHERE aggregateidentifier = ? AND sequencenumber = 3", id))
        .isEqualTo(1);

    assertThat(read("/api/orders/" + id + "?version=2").get("version").asLong()).isEqualTo(2);
    assertProblem(api().get("/api/orders/" + id + "?version=4", auditor()), 409, "conflict");
    assertThat(read("/api/orders/" + id + "/integrity").get("firstBrokenSequence").asLong()).isEqualTo(3);
    assertThat(read("/api/orders/" + id).get("version").asLong()).as("the view is unaffected").isEqualTo(4);
  }
}
