package io.shouwei.bpmn;

import static io.shouwei.bpmn.CampaignProcess.Elements.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import io.shouwei.bpmn.CampaignProcess.Messages;
import io.shouwei.bpmn.CampaignProcess.Variables;
import io.shouwei.bpmn.Notifications.Reasons;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One test per path of {@value CampaignProcess#KEY}: the phase timers fire by moving the engine
 * clock to their due date; hazard-service's campaign events are correlated as messages.
 */
@Deployment(resources = {CampaignProcess.RESOURCE, RevisitProcess.RESOURCE})
class CampaignProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine =
      ProcessEngineExtension.builder().configurationResource("process-test-engine.cfg.xml").build();

  private static final String CAMPAIGN_ID = "cmp-2025";
  private static final String TOWN_1 = "330102001";
  private static final String TOWN_2 = "330102009";
  private static final Instant LAUNCHED_AT = Instant.parse("2025-03-01T02:00:00Z");
  private static final Instant MOBILISATION = Instant.parse("2025-03-02T16:00:00Z");
  private static final Instant PUSH = Instant.parse("2025-03-31T16:00:00Z");
  private static final Instant SUMMARY = Instant.parse("2025-09-30T16:00:00Z");
  private static final Instant REPORT_DUE = Instant.parse("2025-11-30T16:00:00Z");

  private final TestDelegates delegates = new TestDelegates();

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine.getProcessEngine());
    delegates.register();
    delegates.campaignScope.towns = List.of(TOWN_1, TOWN_2);
    delegates.campaignScope.enterprises = List.of("ent-3");
    ClockUtil.setCurrentTime(Date.from(LAUNCHED_AT));
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    Mocks.reset();
  }

  @Test
  void phasesPass_summaryWorkIsDone_andTheConclusionEndsIt() {
    ProcessInstance instance = start();
    assertThat(instance).isWaitingAtExactly(SUBPROCESS_CAMPAIGN, SUBPROCESS_SCHEDULE, TIMER_MOBILISATION_STARTS);
    assertThat(job(TIMER_MOBILISATION_STARTS, instance)).hasDueDate(Date.from(MOBILISATION));

    fire(TIMER_MOBILISATION_STARTS, instance);
    assertThat(job(TIMER_PUSH_STARTS, instance)).hasDueDate(Date.from(PUSH));
    fire(TIMER_PUSH_STARTS, instance);
    assertThat(job(TIMER_SUMMARY_STARTS, instance)).hasDueDate(Date.from(SUMMARY));
    fire(TIMER_SUMMARY_STARTS, instance);

    assertThat(instance).hasPassedInOrder(TIMER_MOBILISATION_STARTS, TIMER_PUSH_STARTS, TIMER_SUMMARY_STARTS,
        END_SUMMARY_REACHED, GATEWAY_SUMMARY_WORK);
    Assertions.assertThat(groups(TASK_SUBMIT_TOWN_WORK_REPORT))
        .containsExactlyInAnyOrder("TOWN_AGENCY:" + TOWN_1, "TOWN_AGENCY:" + TOWN_2);
    Assertions.assertThat(groups(TASK_SUBMIT_ENTERPRISE_WORK_REPORT)).containsExactly("ENTERPRISE:ent-3");
    Assertions.assertThat(groups(RevisitProcess.Elements.TASK_REVISIT))
        .containsExactlyInAnyOrder("TOWN_AGENCY:" + TOWN_1, "TOWN_AGENCY:" + TOWN_2);
    for (Task task : taskQuery().processInstanceBusinessKey(CAMPAIGN_ID).list()) {
      Assertions.assertThat(task.getDueDate()).as(task.getTaskDefinitionKey()).isEqualTo(Date.from(REPORT_DUE));
    }
    ProcessInstance revisit = runtimeService().createProcessInstanceQuery().superProcessInstanceId(instance.getId())
        .list().get(0);
    assertThat(revisit).hasBusinessKey(CAMPAIGN_ID).variables()
        .containsEntry(RevisitProcess.Variables.SUBJECT_TYPE, RevisitProcess.SubjectTypes.CAMPAIGN)
        .containsEntry(RevisitProcess.Variables.SUBJECT_ID, CAMPAIGN_ID);

    for (Task task : taskQuery().processInstanceBusinessKey(CAMPAIGN_ID).list()) {
      Map<String, Object> variables = task.getTaskDefinitionKey().equals(RevisitProcess.Elements.TASK_REVISIT)
          ? Map.of(RevisitProcess.Variables.OUTCOME, RevisitProcess.Outcomes.PASS)
          : Map.of(Variables.WORK_REPORT_REFERENCE, "report-1");
      complete(task, variables);
    }
    assertThat(instance).hasPassed(GATEWAY_SUMMARY_WORK_DONE, END_SUMMARY_WORK_DONE).isWaitingAtExactly(CATCH_CONCLUDED);

    correlate(Messages.CAMPAIGN_CONCLUDED, Map.of());

    assertThat(instance).hasPassed(END_CONCLUDED).isEnded();
    Assertions.assertThat(delegates.notifications).isEmpty();
  }

  @Test
  void phaseAmended_movesTheTimers() {
    ProcessInstance instance = start();
    fire(TIMER_MOBILISATION_STARTS, instance);
    Instant newPush = PUSH.plus(java.time.Duration.ofDays(14));

    correlate(Messages.CAMPAIGN_PHASE_AMENDED, Map.of(Variables.PUSH_STARTS_AT, Date.from(newPush)));
    execute(job(TIMER_MOBILISATION_STARTS, instance));

    assertThat(instance).hasPassed(CATCH_PHASE_AMENDED).isWaitingAtExactly(SUBPROCESS_CAMPAIGN, SUBPROCESS_SCHEDULE, TIMER_PUSH_STARTS);
    assertThat(job(TIMER_PUSH_STARTS, instance)).hasDueDate(Date.from(newPush));
  }

  @Test
  void reportsOverdue_notifyTheDistrictBureau_perReporter_andStayOpen() {
    ProcessInstance instance = toSummary();
    ClockUtil.setCurrentTime(Date.from(REPORT_DUE));

    for (Job overdue : jobQuery().timers().list()) {
      execute(overdue);
    }

    Assertions.assertThat(delegates.notifications).extracting(TestDelegates.Sent::reason)
        .containsExactlyInAnyOrder(Reasons.WORK_REPORT_OVERDUE, Reasons.WORK_REPORT_OVERDUE, Reasons.WORK_REPORT_OVERDUE,
            Reasons.REVISIT_OVERDUE, Reasons.REVISIT_OVERDUE);
    Assertions.assertThat(delegates.notifications).extracting(TestDelegates.Sent::recipientRole)
        .containsOnly(CandidateGroups.DISTRICT_AGENCY);
    assertThat(instance).hasPassed(TASK_NOTIFY_TOWN_REPORT_OVERDUE, TASK_NOTIFY_ENTERPRISE_REPORT_OVERDUE);
    Assertions.assertThat(taskQuery().processInstanceBusinessKey(CAMPAIGN_ID).count()).isEqualTo(5);
  }

  @Test
  void withoutKnownEnterprises_onlyTheTownOfficesReport() {
    delegates.campaignScope.enterprises = List.of();

    toSummary();

    Assertions.assertThat(groups(TASK_SUBMIT_ENTERPRISE_WORK_REPORT)).isEmpty();
    Assertions.assertThat(groups(TASK_SUBMIT_TOWN_WORK_REPORT)).hasSize(2);
  }

  @Test
  void concludedDuringTheSummary_endsEveryOpenTaskAndLookBack() {
    ProcessInstance instance = toSummary();

    correlate(Messages.CAMPAIGN_CONCLUDED, Map.of());

    assertThat(instance).hasPassed(CATCH_CONCLUDED_EARLY, END_CONCLUDED_EARLY).isEnded();
    Assertions.assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
    Assertions.assertThat(taskQuery().count()).isZero();
  }

  private ProcessInstance toSummary() {
    ProcessInstance instance = start();
    fire(TIMER_MOBILISATION_STARTS, instance);
    fire(TIMER_PUSH_STARTS, instance);
    fire(TIMER_SUMMARY_STARTS, instance);
    return instance;
  }

  private static List<String> groups(String taskDefinitionKey) {
    return taskQuery().taskDefinitionKey(taskDefinitionKey).list().stream()
        .flatMap(t -> BpmnAwareTests.taskService().getIdentityLinksForTask(t.getId()).stream())
        .map(org.camunda.bpm.engine.task.IdentityLink::getGroupId)
        .toList();
  }

  private static ProcessInstance start() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Variables.CAMPAIGN_ID, CAMPAIGN_ID);
    variables.put(Variables.DISTRICT_CODE, "330102");
    variables.put(Variables.MOBILISATION_STARTS_AT, Date.from(MOBILISATION));
    variables.put(Variables.PUSH_STARTS_AT, Date.from(PUSH));
    variables.put(Variables.SUMMARY_STARTS_AT, Date.from(SUMMARY));
    variables.put(Variables.REPORT_DUE_DATE, Date.from(REPORT_DUE));
    return runtimeService().startProcessInstanceByKey(CampaignProcess.KEY, CAMPAIGN_ID, variables);
  }

  private static void correlate(String message, Map<String, Object> variables) {
    String id = runtimeService().createProcessInstanceQuery().processDefinitionKey(CampaignProcess.KEY)
        .processInstanceBusinessKey(CAMPAIGN_ID).singleResult().getId();
    runtimeService().createMessageCorrelation(message).processInstanceId(id).setVariables(variables).correlateWithResult();
  }

  private static void fire(String timerId, ProcessInstance instance) {
    ClockUtil.setCurrentTime(job(timerId, instance).getDuedate());
    execute(job(timerId, instance));
  }
}
