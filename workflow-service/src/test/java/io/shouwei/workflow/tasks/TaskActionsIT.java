package io.shouwei.workflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.shouwei.bpmn.CampaignProcess;
import io.shouwei.bpmn.HazardRectificationProcess;
import io.shouwei.bpmn.HazardRectificationProcess.Elements;
import io.shouwei.bpmn.HazardRectificationProcess.StopDecisions;
import io.shouwei.bpmn.HazardRectificationProcess.Variables;
import io.shouwei.bpmn.OrderToStopProcess;
import io.shouwei.bpmn.RevisitProcess;
import io.shouwei.contracts.Role;
import io.shouwei.contracts.hazard.HazardLevel;
import io.shouwei.contracts.hazard.HazardSignedOff;
import io.shouwei.contracts.hazard.RectificationCompleted;
import io.shouwei.contracts.hazard.RectificationPlanned;
import io.shouwei.workflow.WorkflowServiceTestBase;
import io.shouwei.workflow.process.hazardrectification.HazardRectification;
import io.shouwei.workflow.process.hazardrectification.StartHazardRectification;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * GET /api/tasks/{id}, claim, unclaim and complete: who may do what to which task, how a domain
 * task refuses completion, and how decision tasks validate their forms and end.
 */
class TaskActionsIT extends WorkflowServiceTestBase {

  private static final String TOWN = "330102001";
  private static final String PROBLEM_JSON = "application/problem+json";

  @Autowired HazardRectification hazards;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired RepositoryService repository;
  @Autowired TaskCompletions completions;

  @Test
  void everyUserTaskOfEveryDeployedModel_hasAWayToEnd() throws Exception {
    List<ProcessDefinition> definitions = repository.createProcessDefinitionQuery().latestVersion().list();
    assertThat(definitions).extracting(ProcessDefinition::getKey).contains(HazardRectificationProcess.KEY,
        OrderToStopProcess.KEY, RevisitProcess.KEY, CampaignProcess.KEY);
    for (ProcessDefinition definition : definitions) {
      BpmnModelInstance model;
      try (InputStream in = repository.getProcessModel(definition.getId())) {
        model = Bpmn.readModelFromStream(in);
      }
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        assertThat(completions.of(task.getId())).as(definition.getKey() + " " + task.getId()).isPresent();
      }
    }
  }

  @Test
  void aTask_isSeenByItsOrganisationAndAuditors_only() {
    String enterprise = "ent-" + UUID.randomUUID();
    String hazardId = startHazard(enterprise, HazardLevel.GENERAL);
    String taskId = taskId(hazardId, Elements.TASK_SUBMIT_RECTIFICATION_PLAN);

    HttpResponse<String> own = get("/api/tasks/" + taskId, token(Role.ENTERPRISE, enterprise, List.of()));
    assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
    JsonNode detail = body(own);
    assertThat(detail.at("/task/taskDefinitionKey").asText()).isEqualTo(Elements.TASK_SUBMIT_RECTIFICATION_PLAN);
    assertThat(detail.at("/task/businessKey").asText()).isEqualTo(hazardId);
    assertThat(detail.at("/completion/through").asText()).isEqualTo("DOMAIN_COMMAND");
    assertThat(detail.at("/completion/endpoint").asText()).isEqualTo("PUT /api/hazards/" + hazardId + "/plan");
    // whoever reaches the hazard reads its task, as any other object of the hazard
    for (String reaching : List.of(token(Role.AUDITOR, null, List.of()), token(Role.TOWN_AGENCY, null, List.of(TOWN)),
        token(Role.DISTRICT_AGENCY, null, List.of()), token(Role.ADMIN, null, List.of()))) {
      assertThat(get("/api/tasks/" + taskId, reaching).statusCode()).isEqualTo(200);
    }

    for (String foreign : List.of(token(Role.ENTERPRISE, "ent-other", List.of()),
        token(Role.TOWN_AGENCY, null, List.of("330102999")))) {
      HttpResponse<String> response = get("/api/tasks/" + taskId, foreign);
      assertThat(response.statusCode()).isEqualTo(404);
      assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(PROBLEM_JSON));
    }
    assertThat(get("/api/tasks/no-such-task", token(Role.ENTERPRISE, enterprise, List.of())).statusCode()).isEqualTo(404);
    assertThat(get("/api/tasks/" + taskId, null).statusCode()).isEqualTo(401);
  }

  @Test
  void claimAndUnclaim_byOneUserOfTheOrganisation_conflictForAnother() {
    String enterprise = "ent-" + UUID.randomUUID();
    String hazardId = startHazard(enterprise, HazardLevel.GENERAL);
    String taskId = taskId(hazardId, Elements.TASK_SUBMIT_RECTIFICATION_PLAN);
    String first = TOKENS.token("u-first", List.of(Role.ENTERPRISE.name()), "org-1", List.of(), enterprise);
    String second = TOKENS.token("u-second", List.of(Role.ENTERPRISE.name()), "org-1", List.of(), enterprise);

    HttpResponse<String> claimed = post("/api/tasks/" + taskId + "/claim", first, null);
    assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(200);
    assertThat(body(claimed).at("/task/assignee").asText()).isEqualTo("u-first");
    assertThat(post("/api/tasks/" + taskId + "/claim", first, null).statusCode()).as("again, by the holder").isEqualTo(200);
    assertThat(body(get("/api/tasks", second)))
        .as("a claimed task stays in its group's list, with its holder")
        .anySatisfy(task -> {
          assertThat(task.get("id").asText()).isEqualTo(taskId);
          assertThat(task.get("assignee").asText()).isEqualTo("u-first");
        });
    HttpResponse<String> taken = post("/api/tasks/" + taskId + "/claim", second, null);
    assertThat(taken.statusCode()).isEqualTo(409);
    assertThat(body(taken).get("type").asText()).isEqualTo("https://shouwei.io/problems/conflict");
    assertThat(post("/api/tasks/" + taskId + "/unclaim", second, null).statusCode()).isEqualTo(409);

    HttpResponse<String> released = post("/api/tasks/" + taskId + "/unclaim", first, null);
    assertThat(released.statusCode()).isEqualTo(200);
    assertThat(body(released).at("/task/assignee").isNull()).isTrue();
    assertThat(post("/api/tasks/" + taskId + "/claim", second, null).statusCode()).isEqualTo(200);
  }

  @Test
  void rolesWithoutTasks_mayNotAct_supervisorsMayNotActForTheEnterprise_foreignOrganisations_findNothing() {
    String enterprise = "ent-" + UUID.randomUUID();
    String hazardId = startHazard(enterprise, HazardLevel.GENERAL);
    String taskId = taskId(hazardId, Elements.TASK_SUBMIT_RECTIFICATION_PLAN);

    for (String action : List.of("claim", "unclaim", "complete")) {
      for (Role role : List.of(Role.AUDITOR, Role.ADMIN, Role.SERVICE)) {
        HttpResponse<String> response = post("/api/tasks/" + taskId + "/" + action, token(role, null, List.of()), "{}");
        assertThat(response.statusCode()).as(action + " by " + role).isEqualTo(403);
        assertThat(body(response).get("type").asText()).isEqualTo("https://shouwei.io/problems/forbidden");
      }
      assertThat(post("/api/tasks/" + taskId + "/" + action, token(Role.ENTERPRISE, "ent-other", List.of()), "{}")
          .statusCode()).as(action + " by another enterprise").isEqualTo(404);
      assertThat(post("/api/tasks/" + taskId + "/" + action, token(Role.TOWN_AGENCY, null, List.of("330102999")), "{}")
          .statusCode()).as(action + " by another town's office").isEqualTo(404);
      // the town office and the district bureau see the enterprise's task, but it is not theirs to act on
      for (String supervising : List.of(token(Role.TOWN_AGENCY, null, List.of(TOWN)), token(Role.DISTRICT_AGENCY, null, List.of()))) {
        HttpResponse<String> response = post("/api/tasks/" + taskId + "/" + action, supervising, "{}");
        assertThat(response.statusCode()).as(action + " by a supervising agency").isEqualTo(403);
        assertThat(body(response).get("detail").asText()).contains("offered to another organisation");
      }
    }
    assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
  }

  @Test
  void aDomainTask_refusesCompletion_namingTheCommandToCall() {
    String enterprise = "ent-" + UUID.randomUUID();
    String hazardId = startHazard(enterprise, HazardLevel.GENERAL);
    String taskId = taskId(hazardId, Elements.TASK_SUBMIT_RECTIFICATION_PLAN);

    HttpResponse<String> response = post("/api/tasks/" + taskId + "/complete", token(Role.ENTERPRISE, enterprise, List.of()), "{}");

    assertThat(response.statusCode()).isEqualTo(409);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(PROBLEM_JSON));
    assertThat(body(response).get("endpoint").asText()).isEqualTo("PUT /api/hazards/" + hazardId + "/plan");
    assertThat(body(response).get("detail").asText()).contains("PUT /api/hazards/" + hazardId + "/plan");
    assertThat(tasks.createTaskQuery().taskId(taskId).count()).isOne();
  }

  @Test
  void stopDecision_isValidated_thenRecorded() {
    // the overdue timer fires on a cycle from the deadline, so the next firing lies ahead: it is run
    // here (the job executor may run the past reminder at the same moment: the loser tries again)
    String enterprise = "ent-" + UUID.randomUUID();
    String hazardId = startHazard(enterprise, HazardLevel.MAJOR);
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    hazards.planned(UUID.randomUUID(),
        new RectificationPlanned(hazardId, List.of("fence"), null, now.minus(Duration.ofDays(6)), null, null, now));
    String instanceId = runtime.createProcessInstanceQuery().processInstanceBusinessKey(hazardId).singleResult().getId();
    await().atMost(Duration.ofSeconds(30)).ignoreException(OptimisticLockingException.class).until(() -> {
      management.executeJob(management.createJobQuery().processInstanceId(instanceId)
          .activityId(Elements.TIMER_DEADLINE_OVERDUE).singleResult().getId());
      return true;
    });
    String taskId = taskId(hazardId, Elements.TASK_DECIDE_ORDER_TO_STOP);
    String town = token(Role.TOWN_AGENCY, null, List.of(TOWN));
    String path = "/api/tasks/" + taskId + "/complete";

    JsonNode detail = body(get("/api/tasks/" + taskId, town));
    assertThat(detail.at("/completion/through").asText()).isEqualTo("TASK_API");
    assertThat(detail.at("/completion/formFields")).extracting(JsonNode::asText).containsExactly("decision", "orderId", "note");
    assertThat(post(path, town, "{}").statusCode()).isEqualTo(400);
    HttpResponse<String> unknown = post(path, town, "{\"decision\":\"ORDER_ISSUED\",\"colour\":\"red\"}");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(body(unknown).get("detail").asText()).contains("colour");
    HttpResponse<String> noReason = post(path, town, "{\"decision\":\"NO_ORDER\"}");
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(body(noReason).get("errors")).extracting(e -> e.get("field").asText()).containsExactly("noteGivenWithNoOrder");
    assertThat(post(path, town, "{\"decision\":\"MAYBE\"}").statusCode()).isEqualTo(400);
    assertThat(post(path, town, "[1]").statusCode()).isEqualTo(400);
    assertThat(post(path, town, "{\"decision\":[1]}").statusCode()).isEqualTo(400);
    assertThat(tasks.createTaskQuery().taskId(taskId).count()).isOne();

    HttpResponse<String> done = post(path, town, "{\"decision\":\"ORDER_ISSUED\",\"orderId\":\"ord-9\",\"note\":\"art. 65\"}");

    assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
    assertThat(tasks.createTaskQuery().taskId(taskId).count()).isZero();
    assertThat(runtime.getVariable(instanceId, Variables.STOP_DECISION)).isEqualTo(StopDecisions.ORDER_ISSUED);
    assertThat(runtime.getVariable(instanceId, Variables.STOP_DECISION_ORDER_ID)).isEqualTo("ord-9");
    assertThat(history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult().getAssignee())
        .isEqualTo("user-town_agency");
  }

  @Test
  void hazardLookBack_passesThroughTheTaskApi_butAFailureIsAReopening() {
    String enterprise = "ent-" + UUID.randomUUID();
    String hazardId = startHazard(enterprise, HazardLevel.GENERAL);
    Instant longAgo = Instant.now().minus(Duration.ofDays(60)).truncatedTo(ChronoUnit.MILLIS);
    hazards.planned(UUID.randomUUID(),
        new RectificationPlanned(hazardId, List.of("fence"), null, Instant.now().plus(Duration.ofDays(20)), null, null, longAgo));
    hazards.completed(UUID.randomUUID(), new RectificationCompleted(hazardId, List.of(), "done", longAgo));
    hazards.signedOff(UUID.randomUUID(), new HazardSignedOff(hazardId, HazardLevel.GENERAL, "fine", longAgo));
    Task revisit = await().atMost(Duration.ofSeconds(30))
        .until(() -> tasks.createTaskQuery().processInstanceBusinessKey(hazardId)
            .taskDefinitionKey(RevisitProcess.Elements.TASK_REVISIT).list(), l -> l.size() == 1).get(0);
    String town = token(Role.TOWN_AGENCY, null, List.of(TOWN));
    String path = "/api/tasks/" + revisit.getId() + "/complete";
    assertThat(body(get("/api/tasks/" + revisit.getId(), town)).at("/task/candidateGroup").asText())
        .isEqualTo("TOWN_AGENCY:" + TOWN);
    assertThat(post(path, token(Role.ENTERPRISE, enterprise, List.of()), "{\"outcome\":\"PASS\"}").statusCode())
        .as("the enterprise sees the look-back at its own mine, but it is the town office's").isEqualTo(403);
    assertThat(post(path, token(Role.ENTERPRISE, "ent-other", List.of()), "{\"outcome\":\"PASS\"}").statusCode())
        .isEqualTo(404);
    assertThat(post(path, town, "{\"outcome\":\"FAIL\"}").statusCode()).as("FAIL without findings").isEqualTo(400);

    HttpResponse<String> failed = post(path, town, "{\"outcome\":\"FAIL\",\"findings\":\"cracks again\"}");

    assertThat(failed.statusCode()).isEqualTo(409);
    assertThat(body(failed).get("endpoint").asText()).isEqualTo("POST /api/hazards/" + hazardId + "/reopening");
    assertThat(tasks.createTaskQuery().taskId(revisit.getId()).count()).isOne();

    assertThat(post(path, town, "{\"outcome\":\"PASS\",\"findings\":\"holds\"}").statusCode()).isEqualTo(204);
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(hazardId)
        .processDefinitionKey(HazardRectificationProcess.KEY).singleResult().getEndTime()).isNotNull();
  }

  private String startHazard(String enterprise, HazardLevel level) {
    String hazardId = newHazardId();
    hazards.start(new StartHazardRectification(hazardId, "mine-1", enterprise, TOWN, level, Instant.now()));
    return hazardId;
  }

  private String taskId(String businessKey, String taskDefinitionKey) {
    return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskDefinitionKey)
        .singleResult().getId();
  }

  private HttpResponse<String> post(String path, String bearer, String json) {
    HttpRequest.Builder request = HttpRequest.newBuilder(url(path))
        .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    return send(request.build());
  }
}
