package io.shouwei.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jwt.JWTClaimsSet;
import io.shouwei.bpmn.HazardRectificationProcess;
import io.shouwei.bpmn.HazardRectificationProcess.Elements;
import io.shouwei.contracts.Role;
import io.shouwei.embedded.DevTokens;
import io.shouwei.workflow.WorkflowServiceTestBase;
import io.shouwei.workflow.process.hazardrectification.HazardRectification;
import io.shouwei.workflow.process.hazardrectification.StartHazardRectification;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import io.shouwei.bpmn.OrderToStopProcess;
import io.shouwei.bpmn.RevisitProcess;
import java.util.Map;
import io.shouwei.contracts.hazard.HazardLevel;
import io.shouwei.contracts.hazard.HazardSignedOff;
import io.shouwei.contracts.hazard.RectificationCompleted;
import io.shouwei.contracts.hazard.RectificationPlanned;
import io.shouwei.contracts.order.OrderIssued;
import io.shouwei.contracts.order.OrderType;
import io.shouwei.workflow.process.ordertostop.OrderToStop;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** GET /api/processes: authentication, validation, and who sees which instance. */
class ProcessApiIT extends WorkflowServiceTestBase {

  private static final String PROBLEM_JSON = "application/problem+json";

  @Autowired HazardRectification hazardRectification;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired OrderToStop orders;

  @Test
  void withoutToken_is401ProblemJson() {
    HttpResponse<String> response = get("/api/processes?hazardId=hz-1", null);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(PROBLEM_JSON));
    assertThat(body(response).get("type").asText()).isEqualTo("https://shouwei.io/problems/unauthenticated");
  }

  @Test
  void tokenForAnotherAudience_is401() {
    String foreign =
        TOKENS.sign(
            DevTokens.claims("u-1", List.of("ADMIN"), "org-1", List.of(), null, Instant.now(), Duration.ofMinutes(5))
                .audience("another-system")
                .build());

    assertThat(get("/api/processes?hazardId=hz-1", foreign).statusCode()).isEqualTo(401);
  }

  @Test
  void withoutHazardId_is400ProblemJson() {
    String admin = token(Role.ADMIN, null, List.of());

    for (String path : List.of("/api/processes", "/api/processes?hazardId=", "/api/processes?hazardId=%20")) {
      HttpResponse<String> response = get(path, admin);
      assertThat(response.statusCode()).as(path).isEqualTo(400);
      assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(PROBLEM_JSON));
      JsonNode problem = body(response);
      assertThat(problem.get("type").asText()).isEqualTo("https://shouwei.io/problems/invalid-request");
      assertThat(problem.get("detail").asText()).contains("hazardId");
    }
  }

  @Test
  void aPageAboveTheCap_is400Problem_andAPageBeyondTheEnd_isEmpty() {
    String hazardId = newHazardId();
    hazardRectification.start(new StartHazardRectification(hazardId, "mine-1", "ent-A", "330102001", null, Instant.now()));
    String admin = token(Role.ADMIN, null, List.of());

    assertThat(body(get("/api/processes?size=1&hazardId=" + hazardId, admin))).hasSize(1);
    assertThat(body(get("/api/processes?size=1&page=1&hazardId=" + hazardId, admin))).isEmpty();
    assertInvalid(get("/api/processes?size=501&hazardId=" + hazardId, admin), "size");
  }

  @Test
  void unknownHazard_isAnEmptyList() {
    HttpResponse<String> response = get("/api/processes?hazardId=" + newHazardId(), token(Role.ADMIN, null, List.of()));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(body(response)).isEmpty();
  }

  @Test
  void townAgency_seesTheInstancesOfItsTowns_only() {
    String hazardId = newHazardId();
    hazardRectification.start(new StartHazardRectification(hazardId, "mine-1", "ent-A", "330102001", null, Instant.now()));

    assertThat(list(hazardId, token(Role.TOWN_AGENCY, null, List.of("330102009", "330102001")))).hasSize(1);
    assertThat(list(hazardId, token(Role.TOWN_AGENCY, null, List.of("330102009")))).isEmpty();
    assertThat(list(hazardId, token(Role.DISTRICT_AGENCY, null, List.of()))).hasSize(1);
    assertThat(list(hazardId, token(Role.AUDITOR, null, List.of()))).hasSize(1);
  }

  @Test
  void finishedInstance_isCompleted_withItsEnd_andWaitsNowhere() {
    String hazardId = newHazardId();
    Instant now = Instant.now();
    hazardRectification.start(new StartHazardRectification(hazardId, "mine-1", "ent-A", "330102001", null, now));
    String instanceId = runtime.createProcessInstanceQuery().processInstanceBusinessKey(hazardId).singleResult().getId();
    hazardRectification.planned(UUID.randomUUID(),
        new RectificationPlanned(hazardId, List.of("fence the crest"), null, now.plus(Duration.ofDays(20)), null, null, now));
    hazardRectification.completed(UUID.randomUUID(), new RectificationCompleted(hazardId, List.of(), "done", now));
    hazardRectification.signedOff(UUID.randomUUID(), new HazardSignedOff(hazardId, HazardLevel.GENERAL, "fine", now));
    management.executeJob(management.createJobQuery().processInstanceId(instanceId).activityId(Elements.TIMER_LOOK_BACK_DUE)
        .singleResult().getId());
    tasks.complete(tasks.createTaskQuery().processInstanceBusinessKey(hazardId)
        .taskDefinitionKey(RevisitProcess.Elements.TASK_REVISIT).singleResult().getId(),
        Map.of(RevisitProcess.Variables.OUTCOME, RevisitProcess.Outcomes.PASS));

    JsonNode views = list(hazardId, token(Role.ENTERPRISE, "ent-A", List.of()));

    assertThat(views).extracting(v -> v.get("processDefinitionKey").asText())
        .containsExactly(HazardRectificationProcess.KEY, RevisitProcess.KEY);
    JsonNode view = views.get(0);
    assertThat(view.get("processDefinitionKey").asText()).isEqualTo(HazardRectificationProcess.KEY);
    assertThat(view.get("state").asText()).isEqualTo("COMPLETED");
    assertThat(Instant.parse(view.get("endedAt").asText())).isAfterOrEqualTo(Instant.parse(view.get("startedAt").asText()));
    assertThat(view.get("activeActivityIds")).isEmpty();
    assertThat(view.get("currentSteps")).isEmpty();
    assertThat(view.get("history")).extracting(h -> h.get("activityId").asText())
        .startsWith(Elements.START_HAZARD_REPORTED)
        .contains(Elements.TASK_SUBMIT_RECTIFICATION_PLAN, Elements.TASK_RECTIFY, Elements.TASK_VERIFY_GENERAL_HAZARD,
            Elements.CALL_LOOK_BACK_REVISIT)
        .endsWith(Elements.END_CLOSED);
  }

  @Test
  void bothOrNeitherOfHazardIdAndOrderId_is400() {
    String admin = token(Role.ADMIN, null, List.of());

    assertThat(get("/api/processes?hazardId=hz-1&orderId=ord-1", admin).statusCode()).isEqualTo(400);
    assertThat(body(get("/api/processes?orderId=", admin)).get("detail").asText()).contains("orderId");
  }

  @Test
  void byOrderId_theOrdersProcess_scopedLikeAHazards() {
    String orderId = "ord-" + UUID.randomUUID();
    Instant now = Instant.now();
    orders.issued(new OrderIssued(orderId, "N-1", "mine-1", "ent-A", "330102001", OrderType.STOP_PRODUCTION,
        List.of("hz-" + UUID.randomUUID()), null, "art. 65", null, now.plus(Duration.ofHours(24)), now));

    JsonNode views = body(get("/api/processes?orderId=" + orderId, token(Role.TOWN_AGENCY, null, List.of("330102001"))));
    assertThat(views).hasSize(1);
    assertThat(views.get(0).get("processDefinitionKey").asText()).isEqualTo(OrderToStopProcess.KEY);
    assertThat(views.get(0).get("currentSteps")).extracting(s -> s.get("activityId").asText())
        .containsExactlyInAnyOrder(OrderToStopProcess.Elements.TASK_ACKNOWLEDGE_ORDER,
            OrderToStopProcess.Elements.TIMER_ACKNOWLEDGEMENT_DUE);
    assertThat(body(get("/api/processes?orderId=" + orderId, token(Role.TOWN_AGENCY, null, List.of("330102009")))))
        .isEmpty();
    assertThat(body(get("/api/processes?orderId=" + orderId, token(Role.ENTERPRISE, "ent-B", List.of())))).isEmpty();
  }

  @Test
  void supervised_listsTheMajorHazardsUntilSignOff_inTheCallersReach() {
    String major = newHazardId();
    String general = newHazardId();
    Instant now = Instant.now();
    hazardRectification.start(new StartHazardRectification(major, "mine-1", "ent-A", "330102001", HazardLevel.MAJOR, now));
    hazardRectification.start(new StartHazardRectification(general, "mine-1", "ent-A", "330102001", null, now));
    String town = token(Role.TOWN_AGENCY, null, List.of("330102001"));

    assertThat(supervised(town)).contains(major).doesNotContain(general);
    assertThat(supervised(token(Role.DISTRICT_AGENCY, null, List.of()))).contains(major);
    assertThat(supervised(token(Role.TOWN_AGENCY, null, List.of("330102009")))).doesNotContain(major);
    assertThat(supervised(token(Role.ENTERPRISE, "ent-B", List.of()))).doesNotContain(major);

    hazardRectification.planned(UUID.randomUUID(),
        new RectificationPlanned(major, List.of("fence the crest"), null, now.plus(Duration.ofDays(20)), null, null, now));
    hazardRectification.completed(UUID.randomUUID(), new RectificationCompleted(major, List.of(), "done", now));
    assertThat(supervised(town)).contains(major);
    hazardRectification.signedOff(UUID.randomUUID(), new HazardSignedOff(major, HazardLevel.MAJOR, "fine", now));

    assertThat(supervised(town)).doesNotContain(major);
    assertThat(get("/api/processes?supervised=true&hazardId=" + major, town).statusCode()).isEqualTo(400);
    assertThat(get("/api/processes?supervised=false", town).statusCode()).isEqualTo(400);
  }

  private List<String> supervised(String bearer) {
    HttpResponse<String> response = get("/api/processes?supervised=true", bearer);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return body(response).findValuesAsText("businessKey");
  }

  private JsonNode list(String hazardId, String bearer) {
    HttpResponse<String> response = get("/api/processes?hazardId=" + hazardId, bearer);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return body(response);
  }
}
