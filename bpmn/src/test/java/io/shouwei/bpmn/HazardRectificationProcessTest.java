package io.shouwei.bpmn;

import static io.shouwei.bpmn.HazardRectificationProcess.Elements.END_PLAN_CHASED;
import static io.shouwei.bpmn.HazardRectificationProcess.Elements.END_PLAN_SUBMITTED;
import static io.shouwei.bpmn.HazardRectificationProcess.Elements.START_HAZARD_REPORTED;
import static io.shouwei.bpmn.HazardRectificationProcess.Elements.TASK_CHASE_PLAN;
import static io.shouwei.bpmn.HazardRectificationProcess.Elements.TASK_SUBMIT_RECTIFICATION_PLAN;
import static io.shouwei.bpmn.HazardRectificationProcess.Elements.TIMER_PLAN_DUE;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import io.shouwei.bpmn.HazardRectificationProcess.CandidateGroups;
import io.shouwei.bpmn.HazardRectificationProcess.Variables;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One test per path of {@value HazardRectificationProcess#KEY}; timers are moved by executing their job. */
@Deployment(resources = HazardRectificationProcess.RESOURCE)
class HazardRectificationProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine =
      ProcessEngineExtension.builder().configurationResource("process-test-engine.cfg.xml").build();

  private static final Instant REPORTED_AT = Instant.parse("2025-06-02T01:30:00Z");
  private static final String HAZARD_ID = "hz-0001";

  @BeforeEach
  void fixTheClock() {
    BpmnAwareTests.init(engine.getProcessEngine());
    ClockUtil.setCurrentTime(Date.from(REPORTED_AT));
  }

  @AfterEach
  void resetTheClock() {
    ClockUtil.reset();
  }

  @Test
  void planSubmittedInTime_endsAtPlanSubmitted_withoutAnyChase() {
    ProcessInstance instance = start("P7D");
    Date due = Date.from(REPORTED_AT.plus(Duration.ofDays(7)));

    assertThat(instance).isStarted().hasBusinessKey(HAZARD_ID).isWaitingAtExactly(TASK_SUBMIT_RECTIFICATION_PLAN);
    assertThat(task(TASK_SUBMIT_RECTIFICATION_PLAN, instance))
        .hasCandidateGroup(CandidateGroups.ENTERPRISE)
        .isNotAssigned()
        .hasDueDate(due);
    assertThat(job(TIMER_PLAN_DUE, instance)).hasDueDate(due);

    complete(task(TASK_SUBMIT_RECTIFICATION_PLAN, instance));

    assertThat(instance)
        .hasPassedInOrder(START_HAZARD_REPORTED, TASK_SUBMIT_RECTIFICATION_PLAN, END_PLAN_SUBMITTED)
        .hasNotPassed(TIMER_PLAN_DUE, TASK_CHASE_PLAN)
        .isEnded();
    Assertions.assertThat(jobQuery().count()).as("timer removed with its task").isZero();
  }

  @Test
  void planDueElapses_townAgencyChasesThePlan_whileThePlanTaskStaysOpen() {
    ProcessInstance instance = start("P7D");

    execute(job(TIMER_PLAN_DUE, instance));

    assertThat(instance).isWaitingAtExactly(TASK_SUBMIT_RECTIFICATION_PLAN, TASK_CHASE_PLAN);
    assertThat(task(TASK_CHASE_PLAN, instance)).hasCandidateGroup(CandidateGroups.TOWN_AGENCY).isNotAssigned();

    complete(task(TASK_CHASE_PLAN, instance));

    assertThat(instance)
        .hasPassed(TIMER_PLAN_DUE, TASK_CHASE_PLAN, END_PLAN_CHASED)
        .isWaitingAtExactly(TASK_SUBMIT_RECTIFICATION_PLAN);

    complete(task(TASK_SUBMIT_RECTIFICATION_PLAN, instance));

    assertThat(instance).hasPassed(END_PLAN_SUBMITTED).isEnded();
  }

  @Test
  void planSubmittedWhileBeingChased_endsTheInstanceAndCancelsTheChase() {
    ProcessInstance instance = start("P7D");
    execute(job(TIMER_PLAN_DUE, instance));

    complete(task(TASK_SUBMIT_RECTIFICATION_PLAN, instance));

    assertThat(instance).hasPassed(END_PLAN_SUBMITTED).hasNotPassed(END_PLAN_CHASED).isEnded();
    Assertions.assertThat(taskQuery().count()).isZero();
    HistoricTaskInstance chase =
        historyService().createHistoricTaskInstanceQuery().taskDefinitionKey(TASK_CHASE_PLAN).singleResult();
    Assertions.assertThat(chase.getEndTime()).isNotNull();
    Assertions.assertThat(chase.getDeleteReason()).isNotEqualTo("completed");
  }

  @Test
  void planDue_comesFromTheVariable() {
    ProcessInstance instance = start("P3D");

    assertThat(job(TIMER_PLAN_DUE, instance)).hasDueDate(Date.from(REPORTED_AT.plus(Duration.ofDays(3))));
  }

  @Test
  void startWithoutPlanDue_isRejected() {
    Map<String, Object> variables = variables("P7D");
    variables.remove(Variables.PLAN_DUE);

    assertThatThrownBy(
            () -> runtimeService().startProcessInstanceByKey(HazardRectificationProcess.KEY, HAZARD_ID, variables))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining(Variables.PLAN_DUE);
    Assertions.assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
  }

  private static ProcessInstance start(String planDue) {
    return runtimeService().startProcessInstanceByKey(HazardRectificationProcess.KEY, HAZARD_ID, variables(planDue));
  }

  private static Map<String, Object> variables(String planDue) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Variables.HAZARD_ID, HAZARD_ID);
    variables.put(Variables.MINE_ID, "mine-7");
    variables.put(Variables.ENTERPRISE_ID, "ent-3");
    variables.put(Variables.TOWN_CODE, "330102001");
    variables.put(Variables.PLAN_DUE, planDue);
    variables.put(Variables.PLAN_DUE_DATE, Date.from(REPORTED_AT.plus(Duration.parse(planDue))));
    return variables;
  }
}
