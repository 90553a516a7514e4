package io.shouwei.workflow.testclock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.shouwei.bpmn.RevisitProcess;
import io.shouwei.contracts.Role;
import io.shouwei.workflow.WorkflowServiceTestBase;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The test profile's clock control: an administrator moves the service's clock and the engine's
 * clock forward together, and a timer days away fires within seconds; nobody else may.
 */
class TestClockIT extends WorkflowServiceTestBase {

  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;

  static final String ADMIN = token(Role.ADMIN, null, List.of());

  @AfterEach
  void resetTheClocks() {
    assertThat(clock("DELETE", ADMIN, null).statusCode()).isEqualTo(200);
  }

  HttpResponse<String> clock(String method, String bearer, String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(url("/api/test/clock"))
        .header("Authorization", "Bearer " + bearer)
        .header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    return send(request.build());
  }

  @Test
  void onlyAnAdmin_movesTheClock_andOnlyForward() {
    String town = token(Role.TOWN_AGENCY, null, List.of("330102001"));
    assertProblem(clock("POST", town, "{\"advance\": \"P1D\"}"), 403);
    assertProblem(clock("DELETE", town, null), 403);
    assertProblem(clock("POST", ADMIN, "{}"), 400);
    assertProblem(clock("POST", ADMIN, "{\"advance\": \"-PT1H\"}"), 400);
    assertProblem(clock("POST", ADMIN, "{\"advance\": \"tomorrow\"}"), 400);
  }

  @Test
  void movingTheClock_firesATimerDaysAway_andBothClocksAgree() {
    String mineId = "mine-" + UUID.randomUUID();
    Instant due = Instant.now().plus(Duration.ofDays(2));
    ProcessInstance revisit = runtime.startProcessInstanceByKey(RevisitProcess.KEY, mineId, Map.of(
        RevisitProcess.Variables.SUBJECT_TYPE, RevisitProcess.SubjectTypes.MINE,
        RevisitProcess.Variables.SUBJECT_ID, mineId,
        RevisitProcess.Variables.ENTERPRISE_ID, "ent-A",
        RevisitProcess.Variables.TOWN_CODE, "330102001",
        RevisitProcess.Variables.DUE_DATE, Date.from(due)));

    HttpResponse<String> moved = clock("POST", ADMIN, "{\"advance\": \"P3D\"}");
    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
    assertThat(Duration.parse(body(moved).get("offset").asText())).isEqualTo(Duration.ofDays(3));
    Instant now = Instant.parse(body(moved).get("now").asText());
    Instant engineNow = Instant.parse(body(moved).at("/followers/engine").asText());
    assertThat(now).isAfter(due);
    assertThat(Duration.between(now, engineNow).abs()).isLessThan(Duration.ofSeconds(5));

    await().atMost(Duration.ofSeconds(30)).until(() -> history.createHistoricActivityInstanceQuery()
        .processInstanceId(revisit.getId()).activityId(RevisitProcess.Elements.END_REVISIT_ESCALATED).finished()
        .count() == 1);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(revisit.getId()).count())
        .as("the look-back itself stays open").isEqualTo(1);

    HttpResponse<String> reset = clock("DELETE", ADMIN, null);
    assertThat(Duration.parse(body(reset).get("offset").asText())).isZero();
    runtime.deleteProcessInstance(revisit.getId(), "test done");
  }

  private void assertProblem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
  }
}
