package io.shouwei.workflow.process.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.shouwei.bpmn.CampaignProcess;
import io.shouwei.bpmn.CampaignProcess.Elements;
import io.shouwei.bpmn.CampaignProcess.Variables;
import io.shouwei.bpmn.RevisitProcess;
import io.shouwei.contracts.AggregateTypes;
import io.shouwei.contracts.EventTypes;
import io.shouwei.contracts.Role;
import io.shouwei.contracts.campaign.CampaignConcluded;
import io.shouwei.contracts.campaign.CampaignJurisdiction;
import io.shouwei.contracts.campaign.CampaignLaunched;
import io.shouwei.contracts.campaign.CampaignPhaseAmended;
import io.shouwei.contracts.campaign.CampaignReportDueDateAmended;
import io.shouwei.contracts.campaign.Phase;
import io.shouwei.contracts.campaign.PhaseKind;
import io.shouwei.contracts.mine.MineRegistered;
import io.shouwei.contracts.mine.MineType;
import io.shouwei.workflow.WorkflowServiceTestBase;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A campaign's events on Kafka drive its process: phases already begun pass at once (the engine
 * runs their timers), the summary phase gives each town office and each known enterprise its tasks,
 * which are completed through the task API; amendments move dates, the conclusion ends it.
 */
class CampaignIT extends WorkflowServiceTestBase {

  private static final Duration ASYNC = Duration.ofSeconds(30);
  private static final ZoneId DISTRICT_TIME = ZoneId.of("Asia/Shanghai");

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired HistoryService history;

  @Test
  void summaryPhase_givesEachTownAndKnownEnterpriseItsTasks_untilTheConclusion() {
    String campaignId = "cmp-" + UUID.randomUUID();
    String townA = "town-" + UUID.randomUUID();
    String townB = "town-" + UUID.randomUUID();
    String enterprise = "ent-" + UUID.randomUUID();
    String elsewhere = "ent-" + UUID.randomUUID();
    mine(enterprise, townA);
    mine(elsewhere, "town-outside");
    LocalDate today = LocalDate.now(DISTRICT_TIME);
    launch(campaignId, List.of(townA, townB), today.minusDays(60), today.minusDays(1), today.plusDays(10));

    List<Task> open = await().atMost(ASYNC).until(() -> open(campaignId), l -> l.size() == 5);
    assertThat(open).extracting(Task::getTaskDefinitionKey).containsExactlyInAnyOrder(
        Elements.TASK_SUBMIT_TOWN_WORK_REPORT, Elements.TASK_SUBMIT_TOWN_WORK_REPORT,
        Elements.TASK_SUBMIT_ENTERPRISE_WORK_REPORT, RevisitProcess.Elements.TASK_REVISIT,
        RevisitProcess.Elements.TASK_REVISIT);
    Date due = Date.from(today.plusDays(11).atStartOfDay(DISTRICT_TIME).toInstant());
    assertThat(open).allSatisfy(t -> assertThat(t.getDueDate()).isEqualTo(due));

    String town = token(Role.TOWN_AGENCY, null, List.of(townA));
    List<JsonNode> townTasks = tasksOf(town, campaignId);
    assertThat(townTasks).extracting(t -> t.get("taskDefinitionKey").asText()).containsExactlyInAnyOrder(
        Elements.TASK_SUBMIT_TOWN_WORK_REPORT, RevisitProcess.Elements.TASK_REVISIT);
    String ent = token(Role.ENTERPRISE, enterprise, List.of());
    assertThat(tasksOf(token(Role.ENTERPRISE, elsewhere, List.of()), campaignId)).isEmpty();

    for (JsonNode task : townTasks) {
      String body = task.get("taskDefinitionKey").asText().equals(RevisitProcess.Elements.TASK_REVISIT)
          ? "{\"outcome\":\"FAIL\",\"findings\":\"two mines not rechecked\"}"
          : "{\"reference\":\"town-report-1\"}";
      HttpResponse<String> done = post("/api/tasks/" + task.get("id").asText() + "/complete", town, body);
      assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
    }
    JsonNode entTask = tasksOf(ent, campaignId).get(0);
    assertThat(post("/api/tasks/" + entTask.get("id").asText() + "/complete", ent, "{}").statusCode())
        .as("a report needs its reference").isEqualTo(400);
    assertThat(post("/api/tasks/" + entTask.get("id").asText() + "/complete", ent, "{\"reference\":\"ent-report\"}")
        .statusCode()).isEqualTo(204);

    LocalDate later = today.plusDays(20);
    produce(campaignId, toJson(envelope(AggregateTypes.CAMPAIGN, campaignId, 1, EventTypes.CAMPAIGN_REPORT_DUE_DATE_AMENDED,
        new CampaignReportDueDateAmended(campaignId, later))));
    Date newDue = Date.from(later.plusDays(1).atStartOfDay(DISTRICT_TIME).toInstant());
    await().atMost(ASYNC).until(() -> open(campaignId), l -> l.size() == 2 && l.stream().allMatch(t -> newDue.equals(t.getDueDate())));
    List<Job> timers = runtime.createProcessInstanceQuery().processInstanceBusinessKey(campaignId).list().stream()
        .flatMap(i -> management.createJobQuery().processInstanceId(i.getId()).timers().list().stream()).toList();
    assertThat(timers).hasSize(2).allSatisfy(job -> assertThat(job.getDuedate()).isEqualTo(newDue));

    assertThat(processes(campaignId, town)).extracting(p -> p.get("processDefinitionKey").asText())
        .containsExactly(CampaignProcess.KEY, RevisitProcess.KEY);
    assertThat(processes(campaignId, token(Role.DISTRICT_AGENCY, null, List.of()))).hasSize(3);
    assertThat(processes(campaignId, ent)).extracting(p -> p.get("processDefinitionKey").asText())
        .containsExactly(CampaignProcess.KEY);
    assertThat(processes(campaignId, token(Role.ENTERPRISE, elsewhere, List.of()))).isEmpty();
    assertThat(processes(campaignId, token(Role.TOWN_AGENCY, null, List.of("town-outside")))).isEmpty();

    produce(campaignId, toJson(envelope(AggregateTypes.CAMPAIGN, campaignId, 2, EventTypes.CAMPAIGN_CONCLUDED,
        new CampaignConcluded(campaignId, today, "done"))));
    await().atMost(ASYNC).until(() -> history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(campaignId)
        .processDefinitionKey(CampaignProcess.KEY).singleResult().getEndTime() != null);
    assertThat(open(campaignId)).isEmpty();
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(campaignId).count()).isZero();
  }

  @Test
  void reportsPastTheirDate_areEscalatedToTheDistrictBureau() {
    String campaignId = "cmp-" + UUID.randomUUID();
    LocalDate today = LocalDate.now(DISTRICT_TIME);
    launch(campaignId, List.of("town-" + UUID.randomUUID()), today.minusDays(90), today.minusDays(30), today.minusDays(2));

    await().atMost(ASYNC).until(() -> notifications(campaignId), l -> l.contains("WORK_REPORT_OVERDUE"));
    await().atMost(ASYNC).until(() -> notifications(campaignId), l -> l.contains("REVISIT_OVERDUE"));
    assertThat(open(campaignId)).hasSize(2);
  }

  @Test
  void aPhaseAmendedBeforeTheSummary_movesItsTimer_andALaunchRedeliveredStartsNothing() {
    String campaignId = "cmp-" + UUID.randomUUID();
    LocalDate today = LocalDate.now(DISTRICT_TIME);
    String launched = launch(campaignId, List.of("town-" + UUID.randomUUID()), today.minusDays(5), today.plusDays(30),
        today.plusDays(60));
    ProcessInstance instance = await().atMost(ASYNC).until(() -> runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(campaignId).activityIdIn(Elements.TIMER_PUSH_STARTS).singleResult(), i -> i != null);
    LocalDate newPush = today.plusDays(10);

    produce(campaignId, launched);
    produce(campaignId, toJson(envelope(AggregateTypes.CAMPAIGN, campaignId, 1, EventTypes.CAMPAIGN_PHASE_AMENDED,
        new CampaignPhaseAmended(campaignId, PhaseKind.CONCENTRATED_PUSH, newPush, today.plusDays(40)))));

    Date expected = Date.from(newPush.atStartOfDay(DISTRICT_TIME).toInstant());
    await().atMost(ASYNC).until(() -> management.createJobQuery().processInstanceId(instance.getId())
        .activityId(Elements.TIMER_PUSH_STARTS).singleResult(), j -> j != null && expected.equals(j.getDuedate()));
    assertThat(runtime.getVariable(instance.getId(), Variables.PUSH_STARTS_AT)).isEqualTo(expected);
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(campaignId).count()).isOne();
  }

  private void mine(String enterpriseId, String townCode) {
    String mineId = "mine-" + UUID.randomUUID();
    produce(mineId, toJson(envelope(AggregateTypes.MINE, mineId, 0, EventTypes.MINE_REGISTERED,
        new MineRegistered(mineId, "Quarry", enterpriseId, "Quarry Co.", townCode, MineType.OPEN_PIT, null))));
  }

  /** Launches with a phase of each kind: mobilisation from {@code start}, push from {@code push} for 20 days, summary to the report date. */
  private String launch(String campaignId, List<String> towns, LocalDate start, LocalDate summary, LocalDate reportDate) {
    List<Phase> phases = List.of(
        new Phase(PhaseKind.MOBILISATION, "动员部署", start, start.plusDays(9)),
        new Phase(PhaseKind.CONCENTRATED_PUSH, "集中推进", start.plusDays(10), summary.minusDays(1)),
        new Phase(PhaseKind.SUMMARY, "总结巩固", summary, reportDate));
    String value = toJson(envelope(AggregateTypes.CAMPAIGN, campaignId, 0, EventTypes.CAMPAIGN_LAUNCHED,
        new CampaignLaunched(campaignId, "Slope campaign", new CampaignJurisdiction("330102", "Xihu", towns), phases,
            reportDate, null, null, "district bureau")));
    produce(campaignId, value);
    return value;
  }

  private List<Task> open(String campaignId) {
    return tasks.createTaskQuery().processInstanceBusinessKey(campaignId).list();
  }

  private List<JsonNode> tasksOf(String bearer, String campaignId) {
    HttpResponse<String> response = get("/api/tasks", bearer);
    assertThat(response.statusCode()).isEqualTo(200);
    return StreamSupport.stream(body(response).spliterator(), false)
        .filter(t -> t.get("businessKey").asText().equals(campaignId)).toList();
  }

  private List<JsonNode> processes(String campaignId, String bearer) {
    HttpResponse<String> response = get("/api/processes?campaignId=" + campaignId, bearer);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return StreamSupport.stream(body(response).spliterator(), false).toList();
  }

  private List<String> notifications(String campaignId) {
    HttpResponse<String> response = get("/api/notifications", token(Role.DISTRICT_AGENCY, null, List.of()));
    return StreamSupport.stream(body(response).spliterator(), false)
        .filter(n -> n.get("objectId").asText().equals(campaignId))
        .map(n -> n.get("reason").asText()).toList();
  }

  private HttpResponse<String> post(String path, String bearer, String json) {
    return send(HttpRequest.newBuilder(url(path)).POST(HttpRequest.BodyPublishers.ofString(json))
        .header("Content-Type", "application/json").header("Authorization", "Bearer " + bearer).build());
  }
}
