package io.shouwei.hazard.it;

import static io.shouwei.hazard.it.OrderSteps.issue;
import static io.shouwei.hazard.it.OrderSteps.issueBody;
import static io.shouwei.hazard.it.OrderSteps.ok;
import static io.shouwei.hazard.it.OrderSteps.reportHazard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.shouwei.embedded.DevTokens;
import io.shouwei.embedded.PostgresDatabase;
import io.shouwei.hazard.order.OrderRuleViolation;
import io.shouwei.hazard.order.api.EnforceStopCommand;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
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
 * The sweeper in the running service, sweeping every 200 ms: an order to stop production whose
 * acknowledgement deadline passes unacknowledged takes effect by itself and stops its mine, once;
 * orders not yet due, acknowledged ones and orders to rectify within a deadline are left alone.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "shouwei.orders.enforcement-sweep-interval=PT0.2S")
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class OrderSweeperIT {

  static final PostgresDatabase DB = PostgresDatabase.create("hazard_order_sweeper");
  static final DevTokens TOKENS = DevTokens.generate();

  static final String TOWN = "310115101";
  static final String ENTERPRISE = "ent-a";

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    TestStack.register(registry, DB, TOKENS);
  }

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired CommandGateway commands;

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

  String mine() {
    return api().registerMine(townAgency(), ENTERPRISE, TOWN, "OPEN_PIT", Api.ORDINARY_PIT_FACTS);
  }

  String stopOrder(String mine, Instant acknowledgementDeadline) {
    String hazard = reportHazard(api(), townAgency(), mine);
    return issue(api(), townAgency(), issueBody(mine, "STOP_PRODUCTION", List.of(hazard),
        "\"acknowledgementDeadline\": \"" + acknowledgementDeadline + "\""));
  }

  JsonNode order(String id) {
    return ok(api().get("/api/orders/" + id, auditor()));
  }

  long events(String id) {
    return jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?", Long.class, id);
  }

  @Test
  void anUnacknowledgedStopOrder_takesEffectAfterItsDeadline_andStopsTheMine_once() {
    String mine = mine();
    Instant deadline = Instant.now().plus(Duration.ofMillis(1500)).truncatedTo(ChronoUnit.MILLIS);
    String id = stopOrder(mine, deadline);
    assertThat(order(id).get("status").asText()).isEqualTo("ISSUED");

    await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
        assertThat(order(id).get("status").asText()).isEqualTo("IN_FORCE"));
    JsonNode enforced = order(id);
    assertThat(enforced.get("stopEffect").get("cause").asText()).isEqualTo("ACKNOWLEDGEMENT_DEADLINE_PASSED");
    assertThat(Instant.parse(enforced.get("stopEffect").get("at").asText())).isAfterOrEqualTo(deadline);
    assertThat(enforced.get("acknowledgedAt").isNull()).isTrue();
    JsonNode events = ok(api().get("/api/orders/" + id + "/history", auditor())).get("events");
    assertThat(events.get(1).get("actor").get("role").asText()).isEqualTo("SERVICE");
    assertThat(events.get(1).get("actor").get("userId").asText()).isEqualTo("hazard-service");

    await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
        assertThat(ok(api().get("/api/mines/" + mine, auditor())).get("productionStatus").asText())
            .isEqualTo("STOPPED_BY_ORDER"));

    commands.sendAndWait(new EnforceStopCommand(id, Instant.now()));
    commands.sendAndWait(new EnforceStopCommand(id, Instant.now()));
    JsonNode acknowledged = ok(api().exchange("POST", "/api/orders/" + id + "/acknowledgement", enterprise(), null));
    assertThat(acknowledged.get("status").asText()).isEqualTo("IN_FORCE");
    assertThat(acknowledged.get("acknowledgedAt").isNull()).isFalse();
    assertThat(events(id)).as("issued, took effect, acknowledged: nothing twice").isEqualTo(3);
    JsonNode mineHistory = ok(api().get("/api/mines/" + mine + "/history", auditor()));
    assertThat(mineHistory.get("total").asLong()).as("registered, stopped once").isEqualTo(2);
  }

  @Test
  void ordersNotDue_acknowledgedOnes_andOrdersToRectify_areLeftAlone() throws InterruptedException {
    String mine = mine();
    String notDue = stopOrder(mine, Instant.now().plus(Duration.ofDays(1)));
    String acknowledgedEarly = stopOrder(mine, Instant.now().plus(Duration.ofMillis(1500)));
    ok(api().exchange("POST", "/api/orders/" + acknowledgedEarly + "/acknowledgement", enterprise(), null));
    String hazard = reportHazard(api(), townAgency(), mine);
    String rectify = issue(api(), townAgency(), issueBody(mine, "RECTIFY_WITHIN_DEADLINE", List.of(hazard)));

    Thread.sleep(2500);

    assertThat(order(notDue).get("status").asText()).isEqualTo("ISSUED");
    assertThat(events(notDue)).isEqualTo(1);
    assertThat(events(acknowledgedEarly)).as("issued, acknowledged, took effect").isEqualTo(3);
    assertThat(order(acknowledgedEarly).get("stopEffect").get("cause").asText()).isEqualTo("ACKNOWLEDGED");
    assertThat(order(rectify).get("status").asText()).isEqualTo("ISSUED");
    assertThatThrownBy(() -> commands.sendAndWait(new EnforceStopCommand(notDue, Instant.now())))
        .isInstanceOf(OrderRuleViolation.class)
        .hasMessageContaining("has not passed");
  }
}
