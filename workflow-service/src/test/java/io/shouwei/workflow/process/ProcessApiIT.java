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
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** GET /api/processes: authentication, validation, and who sees which instance. */
class ProcessApiIT extends WorkflowServiceTestBase {

  private static final String PROBLEM_JSON = "application/problem+json";

  @Autowired HazardRectification hazardRectification;
  @Autowired TaskService tasks;

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
  void unknownHazard_isAnEmptyList() {
    HttpResponse<String> response = get("/api/processes?hazardId=" + newHazardId(), token(Role.ADMIN, null, List.of()));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(body(response)).isEmpty();
  }

  @Test
  void townAgency_seesTheInstancesOfItsTowns_only() {
    String hazardId = newHazardId();
    hazardRectification.start(new StartHazardRectification(hazardId, "mine-1", "ent-A", "330102001"));

    assertThat(list(hazardId, token(Role.TOWN_AGENCY, null, List.of("330102009", "330102001")))).hasSize(1);
    assertThat(list(hazardId, token(Role.TOWN_AGENCY, null, List.of("330102009")))).isEmpty();
    assertThat(list(hazardId, token(Role.DISTRICT_AGENCY, null, List.of()))).hasSize(1);
    assertThat(list(hazardId, token(Role.AUDITOR, null, List.of()))).hasSize(1);
  }

  @Test
  void finishedInstance_isCompleted_withItsEnd_andWaitsNowhere() {
    String hazardId = newHazardId();
    hazardRectification.start(new StartHazardRectification(hazardId, "mine-1", "ent-A", "330102001"));
    tasks.complete(
        tasks.createTaskQuery()
            .processInstanceBusinessKey(hazardId)
            .taskDefinitionKey(Elements.TASK_SUBMIT_RECTIFICATION_PLAN)
            .singleResult()
            .getId());

    JsonNode views = list(hazardId, token(Role.ENTERPRISE, "ent-A", List.of()));

    assertThat(views).hasSize(1);
    JsonNode view = views.get(0);
    assertThat(view.get("processDefinitionKey").asText()).isEqualTo(HazardRectificationProcess.KEY);
    assertThat(view.get("state").asText()).isEqualTo("COMPLETED");
    assertThat(Instant.parse(view.get("endedAt").asText())).isAfterOrEqualTo(Instant.parse(view.get("startedAt").asText()));
    assertThat(view.get("activeActivityIds")).isEmpty();
  }

  private JsonNode list(String hazardId, String bearer) {
    HttpResponse<String> response = get("/api/processes?hazardId=" + hazardId, bearer);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return body(response);
  }
}
