package io.shouwei.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.shouwei.embedded.CockpitSession;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * hazard-service is stopped while workflow-service has commands to send it: orders to stop
 * production pass their acknowledgement deadline unacknowledged, so workflow-service must enforce
 * each stop through hazard-service. Every call fails, its job spends its retries
 * ({@link FaultStack#ENFORCE_STOP_RETRIES}) and becomes an incident, as Cockpit shows it. Once
 * hazard-service is back, the incidents are retried the way Cockpit's button does: each stop is
 * applied exactly once (one {@code StopTookEffectEvent} per order, one
 * {@code MineStoppedByOrderEvent} per mine), and the same command sent again with the same
 * {@code Idempotency-Key} by the workflow's own machine client stores nothing more.
 */
class HazardServiceDownFaultIT extends FaultTest {

  private static final int ORDERS = 3;
  private static final String ENTERPRISE = "ent-fault-hazard-down";
  private static final Duration ACKNOWLEDGEMENT_WINDOW = Duration.ofSeconds(25);
  private static final Duration WAIT = Duration.ofSeconds(120);


  @Test
  @Timeout(600)
  void hazardServiceDown_enforcementsBecomeIncidents_andAfterRecoveryEachStopIsAppliedOnce() throws Exception {
    String district = api.district();
    String enterprise = api.enterprise(ENTERPRISE);
    String admin = api.admin();
    Instant acknowledgementDeadline = Instant.now().plus(ACKNOWLEDGEMENT_WINDOW).truncatedTo(ChronoUnit.SECONDS);
    Map<String, String> mineOfOrder = new LinkedHashMap<>();
    for (int i = 0; i < ORDERS; i++) {
      String mineId = api.registerMine(district, ENTERPRISE);
      String hazardId = Api.created(api.call("POST", "/api/hazards", enterprise,
          Api.hazardBody(mineId, "Hazard-service fault " + i)));
      String orderId = Api.created(api.call("POST", "/api/orders", district, """
          {"mineId":"%s","type":"STOP_PRODUCTION","citedHazardIds":["%s"],"legalBasis":"Work Safety Law, art. 65",
           "deadline":"%s","acknowledgementDeadline":"%s"}"""
          .formatted(mineId, hazardId, acknowledgementDeadline.plus(Duration.ofDays(30)), acknowledgementDeadline)));
      mineOfOrder.put(orderId, mineId);
    }
    Map<String, String> instanceOfOrder = new LinkedHashMap<>();
    for (String orderId : mineOfOrder.keySet()) {
      JsonNode instance = Api.await(() -> api.getOrNull("/api/processes?orderId=" + orderId, district),
          list -> list.size() == 1 && list.get(0).path("activeActivityIds").toString().contains("Task_AcknowledgeOrder"),
          WAIT).get(0);
      instanceOfOrder.put(orderId, instance.path("processInstanceId").asText());
    }

    Instant stoppedAt = Instant.now();
    assertThat(stoppedAt).as("hazard-service stopped before the deadline").isBefore(acknowledgementDeadline);
    stack.stack.stop("hazard-service");
    System.out.printf("[faults] hazard-service: stopped with %d orders to stop production due for acknowledgement at %s%n",
        ORDERS, acknowledgementDeadline);
    HttpResponse<String> whileDown = api.call("GET", "/api/orders/" + mineOfOrder.keySet().iterator().next(), district, null);
    assertThat(whileDown.statusCode()).as(whileDown.body()).isIn(502, 503, 504);
    assertThat(Api.isProblemJson(whileDown)).isTrue();

    // every enforcement fails, spends its retries, and becomes an incident
    CockpitSession cockpit =
        CockpitSession.login("http://127.0.0.1:" + stack.config.workflowPort(), FaultStack.CAMUNDA_ADMIN_PASSWORD);
    Map<String, String> failedJobOfOrder = new LinkedHashMap<>();
    for (Map.Entry<String, String> order : instanceOfOrder.entrySet()) {
      JsonNode incidents = Api.await(() -> body(cockpit.get("incident?processInstanceId=" + order.getValue())),
          list -> list.size() == 1, WAIT);
      JsonNode incident = incidents.get(0);
      assertThat(incident.path("incidentType").asText()).isEqualTo("failedJob");
      assertThat(incident.path("activityId").asText()).isEqualTo("Task_EnforceStop");
      assertThat(incident.path("incidentMessage").asText()).as(incident.toString()).contains("not reachable");
      String job = incident.path("configuration").asText();
      JsonNode failed = body(cockpit.get("job/" + job));
      assertThat(failed.path("retries").asInt()).as("retries left").isZero();
      assertThat(failed.path("exceptionMessage").asText()).contains("not reachable");
      failedJobOfOrder.put(order.getKey(), job);
    }
    int attemptsPerJob = FaultStack.ENFORCE_STOP_RETRY_COUNT + 1;
    assertThat(store.countOfType(mineOfOrder.keySet(), "StopTookEffectEvent")).as("stops applied while down").isZero();

    long began = System.nanoTime();
    stack.stack.restart("hazard-service");
    long restartMillis = (System.nanoTime() - began) / 1_000_000;
    Api.await(() -> api.getOrNull("/api/orders/" + mineOfOrder.keySet().iterator().next(), district),
        order -> order.path("id").isTextual(), WAIT);

    // Cockpit's "retry" on each incident
    for (String job : failedJobOfOrder.values()) {
      HttpResponse<String> retried = cockpit.put("job/" + job + "/retries", "{\"retries\": 1}");
      assertThat(retried.statusCode()).as(retried.body()).isEqualTo(204);
    }
    for (Map.Entry<String, String> order : instanceOfOrder.entrySet()) {
      Api.await(() -> api.getOrNull("/api/processes?orderId=" + order.getKey(), district),
          list -> list.size() == 1 && history(list.get(0)).contains("EndEvent_StopEnforced"), WAIT);
      assertThat(body(cockpit.get("incident?processInstanceId=" + order.getValue()))).as(order.getKey()).isEmpty();
    }
    long recoveredMillis = (System.nanoTime() - began) / 1_000_000;

    // the same command again, as a redelivered call: the workflow's machine client, the same key
    String service = serviceToken();
    int replays = 0;
    for (String orderId : mineOfOrder.keySet()) {
      HttpResponse<String> again = api.call("POST", "/api/orders/" + orderId + "/stop-enforcement", service, null,
          null, Map.of("Idempotency-Key", "workflow-enforce-stop-" + orderId));
      assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
      replays++;
    }

    List<String> stopsPerOrder = new ArrayList<>();
    List<String> stopsPerMine = new ArrayList<>();
    for (Map.Entry<String, String> order : mineOfOrder.entrySet()) {
      List<String> orderEvents = store.types(order.getKey());
      List<String> mineEvents = store.types(order.getValue());
      stopsPerOrder.add(order.getKey() + "=" + Collections.frequency(orderEvents, "StopTookEffectEvent"));
      stopsPerMine.add(order.getValue() + "=" + Collections.frequency(mineEvents, "MineStoppedByOrderEvent"));
      assertThat(orderEvents).as(order.getKey()).containsOnlyOnce("StopTookEffectEvent");
      assertThat(mineEvents).as(order.getValue()).containsOnlyOnce("MineStoppedByOrderEvent");
      JsonNode mine = Api.ok(api.call("GET", "/api/mines/" + order.getValue(), district, null));
      assertThat(mine.path("productionStatus").asText()).isEqualTo("STOPPED_BY_ORDER");
    }
    System.out.printf(
        "[faults] hazard-service: down %d s; incidents %d of %d enforcements (each after %d attempts);"
            + " restarted in %d ms; after Cockpit's retries every stop enforced within %d ms of the restart;"
            + " replayed commands %d; stop events per order %s, per mine %s; duplicates 0%n",
        Duration.between(stoppedAt, Instant.now()).toSeconds(), failedJobOfOrder.size(), ORDERS, attemptsPerJob,
        restartMillis, recoveredMillis, replays, stopsPerOrder, stopsPerMine);
    assertThat(failedJobOfOrder).hasSize(ORDERS);
  }

  private static List<String> history(JsonNode instance) {
    return instance.path("history").findValuesAsText("activityId");
  }

  private static JsonNode body(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Api.JSON.readTree(response.body());
  }

  /** workflow-service's own SERVICE token from the local token endpoint (client credentials). */
  private static String serviceToken() throws Exception {
    String form = "grant_type=client_credentials&client_id=workflow-service&client_secret="
        + URLEncoder.encode(FaultStack.WORKFLOW_CLIENT_SECRET, StandardCharsets.UTF_8);
    HttpResponse<String> token = api.call("POST", "/auth/token", null, form, null,
        Map.of("Content-Type", "application/x-www-form-urlencoded"));
    return Api.ok(token).path("access_token").asText();
  }
}
