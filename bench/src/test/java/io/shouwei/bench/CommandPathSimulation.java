package io.shouwei.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.time.Instant;

/**
 * The command path through the gateway, open model: {@code bench.rate} new hazards per second
 * arrive for {@code bench.seconds} seconds, and each is reported, planned, started, completed and
 * signed off (five commands, each stores one event) by its own virtual user, one command after the
 * other. Run by {@code ./bench/run command}, which passes the gateway, the tokens and the mine.
 */
public class CommandPathSimulation extends Simulation {

  private static final String GATEWAY = System.getProperty("bench.gateway", "http://127.0.0.1:8080");
  private static final String ENTERPRISE = "Bearer " + System.getProperty("bench.enterpriseToken");
  private static final String TOWN = "Bearer " + System.getProperty("bench.townToken");
  private static final String MINE = System.getProperty("bench.mine");
  private static final double RATE = Double.parseDouble(System.getProperty("bench.rate", "2"));
  private static final int SECONDS = Integer.parseInt(System.getProperty("bench.seconds", "30"));

  private final HttpProtocolBuilder protocol = http.baseUrl(GATEWAY)
      .contentTypeHeader("application/json")
      .acceptHeader("application/json")
      .disableCaching()
      .shareConnections();

  private final ScenarioBuilder closeOneHazard = scenario("command path")
      .exec(http("report").post("/api/hazards").header("Authorization", ENTERPRISE)
          .body(StringBody(session -> "{\"mineId\":\"" + MINE + "\",\"source\":\"SELF_INSPECTION\","
              + "\"category\":\"OPEN_PIT_SLOPE\",\"title\":\"Loose rock on bench 2\","
              + "\"description\":\"loose rock above the haul road\",\"location\":\"north pit, level 2\","
              + "\"discoveredAt\":\"" + Instant.now().minusSeconds(3600) + "\"}"))
          .check(status().is(201), jsonPath("$.id").saveAs("id")))
      .exec(http("plan").put("/api/hazards/#{id}/plan").header("Authorization", ENTERPRISE)
          .body(StringBody(session -> "{\"measures\":[\"Scale the loose rock\"],"
              + "\"funds\":{\"amountCny\":5000,\"source\":\"safety fund\"},"
              + "\"deadline\":\"" + Instant.now().plus(Duration.ofDays(30)) + "\","
              + "\"responsibility\":{\"person\":\"Zhang San\",\"position\":\"pit foreman\",\"unit\":\"Bench Mining Co.\"}}"))
          .check(status().is(200)))
      .exec(http("start").post("/api/hazards/#{id}/rectification-start").header("Authorization", ENTERPRISE)
          .check(status().is(200)))
      .exec(http("complete").post("/api/hazards/#{id}/completion").header("Authorization", ENTERPRISE)
          .body(StringBody("{\"evidenceRefs\":[\"photo://bench-2-scaled\"]}"))
          .check(status().is(200)))
      .exec(http("sign off").post("/api/hazards/#{id}/verification").header("Authorization", TOWN)
          .body(StringBody("{\"outcome\":\"ACCEPT\",\"reason\":\"checked on site\"}"))
          .check(status().is(200)));

  {
    setUp(closeOneHazard.injectOpen(constantUsersPerSec(RATE).during(Duration.ofSeconds(SECONDS))))
        .protocols(protocol);
  }
}
