package io.shouwei.bpmn;

import static io.shouwei.bpmn.HazardRectificationProcess.Elements.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import io.shouwei.bpmn.HazardRectificationProcess.Messages;
import io.shouwei.bpmn.HazardRectificationProcess.Variables;
import io.shouwei.bpmn.Notifications.Reasons;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One test per path of {@value HazardRectificationProcess#KEY}: hazard-service's events are
 * correlated as messages with the variables workflow-service sets; timers fire by moving the engine
 * clock to their due date and executing their job.
 */
@Deployment(resources = {HazardRectificationProcess.RESOURCE, RevisitProcess.RESOURCE, EscalationPolicy.RESOURCE})
class HazardRectificationProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine =
      ProcessEngineExtension.builder().configurationResource("process-test-engine.cfg.xml").build();

  private static final String HAZARD_ID = "hz-0001";
  private static final Instant REPORTED_AT = Instant.parse("2025-06-02T01:30:00Z");
  private static final Instant PLAN_DUE = REPORTED_AT.plus(Duration.ofDays(7));
  private static final Instant PLAN_REMINDER = PLAN_DUE.minus(Duration.ofDays(1));
  private static final Instant DEADLINE = Instant.parse("2025-07-01T00:00:00Z");

  private final TestDelegates delegates = new TestDelegates();

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine.getProcessEngine());
    delegates.register();
    clock(REPORTED_AT);
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    Mocks.reset();
  }

  @Test
  void generalHazard_plannedRectifiedSignedOffAndLookedBack_isClosed() {
    ProcessInstance instance = start("GENERAL");
    assertThat(instance).isStarted().hasBusinessKey(HAZARD_ID).isWaitingAtExactly(SUBPROCESS_PLANNING, TASK_SUBMIT_RECTIFICATION_PLAN);
    assertThat(task(TASK_SUBMIT_RECTIFICATION_PLAN, instance))
        .hasCandidateGroup("ENTERPRISE:ent-3").isNotAssigned().hasDueDate(date(PLAN_DUE));

    planned(DEADLINE);
    assertThat(instance).isWaitingAtExactly(SUBPROCESS_RECTIFICATION, TASK_RECTIFY);
    assertThat(task(TASK_RECTIFY, instance)).hasCandidateGroup("ENTERPRISE:ent-3").hasDueDate(date(DEADLINE));
    assertThat(job(TIMER_DEADLINE_REMINDER, instance)).hasDueDate(date(DEADLINE.minus(Duration.ofDays(3))));
    assertThat(job(TIMER_DEADLINE_OVERDUE, instance)).hasDueDate(date(DEADLINE));

    correlate(Messages.RECTIFICATION_COMPLETED, Map.of());
    assertThat(instance).isWaitingAtExactly(SUBPROCESS_VERIFICATION, TASK_VERIFY_GENERAL_HAZARD);
    assertThat(task(TASK_VERIFY_GENERAL_HAZARD, instance)).hasCandidateGroup("ENTERPRISE:ent-3");
    Assertions.assertThat(jobQuery().count()).as("no SLA timer on the safety manager").isZero();

    Instant lookBack = DEADLINE.plus(Duration.ofDays(30));
    Instant lookBackDue = lookBack.plus(Duration.ofDays(10));
    correlate(Messages.HAZARD_SIGNED_OFF,
        Map.of(Variables.LOOK_BACK_DATE, date(lookBack), Variables.LOOK_BACK_DUE_DATE, date(lookBackDue)));
    assertThat(instance).isWaitingAtExactly(SUBPROCESS_LOOK_BACK, TIMER_LOOK_BACK_DUE);
    assertThat(job(TIMER_LOOK_BACK_DUE, instance)).hasDueDate(date(lookBack));

    fire(TIMER_LOOK_BACK_DUE, instance);
    assertThat(instance).isWaitingAtExactly(SUBPROCESS_LOOK_BACK, CALL_LOOK_BACK_REVISIT);
    ProcessInstance revisit = revisit(instance);
    assertThat(revisit).hasBusinessKey(HAZARD_ID).hasVariables(RevisitProcess.Variables.SUBJECT_TYPE)
        .variables().containsEntry(RevisitProcess.Variables.SUBJECT_TYPE, RevisitProcess.SubjectTypes.HAZARD)
        .containsEntry(RevisitProcess.Variables.SUBJECT_ID, HAZARD_ID)
        .containsEntry(RevisitProcess.Variables.TOWN_CODE, "330102001");
    assertThat(task(RevisitProcess.Elements.TASK_REVISIT, revisit))
        .hasCandidateGroup("TOWN_AGENCY:330102001").hasDueDate(date(lookBackDue));
    complete(task(RevisitProcess.Elements.TASK_REVISIT, revisit),
        Map.of(RevisitProcess.Variables.OUTCOME, RevisitProcess.Outcomes.PASS));

    assertThat(instance)
        .hasPassedInOrder(START_HAZARD_REPORTED, TASK_SUBMIT_RECTIFICATION_PLAN, CATCH_PLAN_SUBMITTED, TASK_RECTIFY,
            CATCH_RECTIFICATION_COMPLETED, GATEWAY_VERIFIER_BY_LEVEL, TASK_VERIFY_GENERAL_HAZARD, CATCH_SIGNED_OFF,
            TIMER_LOOK_BACK_DUE, CALL_LOOK_BACK_REVISIT, END_LOOK_BACK_DONE, END_CLOSED)
        .isEnded()
        .variables().containsEntry(Variables.REVISIT_OUTCOME, RevisitProcess.Outcomes.PASS);
    Assertions.assertThat(delegates.notifications).isEmpty();
  }

  @Test
  void planDueSoon_remindsTheEnterprise_andThePlanTaskStaysOpen() {
    ProcessInstance instance = start("GENERAL");
    assertThat(job(TIMER_PLAN_REMINDER, instance)).hasDueDate(date(PLAN_REMINDER));

    fire(TIMER_PLAN_REMINDER, instance);

    assertThat(instance).hasPassed(TASK_NOTIFY_PLAN_DUE_SOON, END_PLAN_REMINDED).isWaitingAtExactly(SUBPROCESS_PLANNING, TASK_SUBMIT_RECTIFICATION_PLAN);
    Assertions.assertThat(delegates.notifications)
        .containsExactly(new TestDelegates.Sent(Reasons.PLAN_DUE_SOON, CandidateGroups.ENTERPRISE, date(PLAN_DUE)));
  }

  @Test
  void planOverdue_notifiesTheTownOffice_whichChases_untilThePlanArrives() {
    ProcessInstance instance = start("GENERAL");

    fire(TIMER_PLAN_DUE, instance);

    assertThat(instance).isWaitingAtExactly(SUBPROCESS_PLANNING, TASK_SUBMIT_RECTIFICATION_PLAN, TASK_CHASE_PLAN);
    assertThat(task(TASK_CHASE_PLAN, instance)).hasCandidateGroup("TOWN_AGENCY:330102001");
    Assertions.assertThat(delegates.notifications)
        .containsExactly(new TestDelegates.Sent(Reasons.PLAN_OVERDUE, CandidateGroups.TOWN_AGENCY, date(PLAN_DUE)));

    planned(DEADLINE);

    assertThat(instance).hasNotPassed(END_PLAN_CHASED).isWaitingAtExactly(SUBPROCESS_RECTIFICATION, TASK_RECTIFY);
    Assertions.assertThat(taskQuery().taskDefinitionKey(TASK_CHASE_PLAN).count()).as("chase withdrawn").isZero();
  }

  @Test
  void chaseDone_leavesThePlanTaskOpen() {
    ProcessInstance instance = start("GENERAL");
    fire(TIMER_PLAN_DUE, instance);

    complete(task(TASK_CHASE_PLAN, instance));

    assertThat(instance).hasPassed(END_PLAN_CHASED).isWaitingAtExactly(SUBPROCESS_PLANNING, TASK_SUBMIT_RECTIFICATION_PLAN);
  }

  @Test
  void classifiedWhilePlanning_movesThePlanDueDate() {
    ProcessInstance instance = start("GENERAL");
    Instant majorDue = REPORTED_AT.plus(Duration.ofDays(3));

    correlate(Messages.HAZARD_CLASSIFIED, Map.of(
        Variables.LEVEL, "MAJOR",
        Variables.PLAN_DUE_DATE, date(majorDue),
        Variables.PLAN_REMINDER_DATE, date(majorDue.minus(Duration.ofDays(1)))));

    assertThat(instance).hasPassed(CATCH_RECLASSIFIED).isWaitingAtExactly(SUBPROCESS_PLANNING, TASK_SUBMIT_RECTIFICATION_PLAN);
    assertThat(task(TASK_SUBMIT_RECTIFICATION_PLAN, instance)).hasDueDate(date(majorDue));
    assertThat(job(TIMER_PLAN_DUE, instance)).hasDueDate(date(majorDue));
  }

  @Test
  void deadlineSoon_remindsTheEnterprise() {
    ProcessInstance instance = start("GENERAL");
    planned(DEADLINE);

    fire(TIMER_DEADLINE_REMINDER, instance);

    assertThat(instance).hasPassed(TASK_NOTIFY_DEADLINE_SOON, END_DEADLINE_REMINDED).isWaitingAtExactly(SUBPROCESS_RECTIFICATION, TASK_RECTIFY);
    Assertions.assertThat(delegates.notifications)
        .containsExactly(new TestDelegates.Sent(Reasons.DEADLINE_SOON, CandidateGroups.ENTERPRISE, date(DEADLINE)));
  }

  @Test
  void overdueGeneralHazard_climbsTheChain_dayByDay_withoutAStopDecision() {
    ProcessInstance instance = start("GENERAL");
    planned(DEADLINE);

    fire(TIMER_DEADLINE_OVERDUE, instance);
    assertThat(job(TIMER_DEADLINE_OVERDUE, instance)).hasDueDate(date(DEADLINE.plus(Duration.ofDays(1))));
    clock(DEADLINE.plus(Duration.ofDays(3)));
    execute(job(TIMER_DEADLINE_OVERDUE, instance));
    clock(DEADLINE.plus(Duration.ofDays(7)));
    execute(job(TIMER_DEADLINE_OVERDUE, instance));

    Assertions.assertThat(delegates.notifications).extracting(TestDelegates.Sent::recipientRole)
        .containsExactly(CandidateGroups.ENTERPRISE, CandidateGroups.TOWN_AGENCY, CandidateGroups.DISTRICT_AGENCY);
    Assertions.assertThat(delegates.reasons()).containsOnly(Reasons.DEADLINE_OVERDUE);
    assertThat(instance).hasPassed(TASK_APPLY_ESCALATION_POLICY, END_OVERDUE_ESCALATED).hasNotPassed(TASK_DECIDE_ORDER_TO_STOP)
        .isWaitingAtExactly(SUBPROCESS_RECTIFICATION, TASK_RECTIFY);
  }

  @Test
  void overdueMajorHazard_pastTheThreshold_asksTheTownOfficeOnce_toDecideOnAnOrderToStop() {
    ProcessInstance instance = start("MAJOR");
    planned(DEADLINE);

    clock(DEADLINE.plus(Duration.ofDays(5)));
    execute(job(TIMER_DEADLINE_OVERDUE, instance));
    assertThat(instance).isWaitingAtExactly(SUBPROCESS_RECTIFICATION, TASK_RECTIFY, TASK_DECIDE_ORDER_TO_STOP);
    assertThat(task(TASK_DECIDE_ORDER_TO_STOP, instance)).hasCandidateGroup("TOWN_AGENCY:330102001");

    clock(DEADLINE.plus(Duration.ofDays(6)));
    execute(job(TIMER_DEADLINE_OVERDUE, instance));

    Assertions.assertThat(taskQuery().taskDefinitionKey(TASK_DECIDE_ORDER_TO_STOP).count()).isEqualTo(1);
    Assertions.assertThat(delegates.notifications).extracting(TestDelegates.Sent::recipientRole)
        .containsExactly(CandidateGroups.DISTRICT_AGENCY, CandidateGroups.DISTRICT_AGENCY);
    complete(task(TASK_DECIDE_ORDER_TO_STOP, instance));
    assertThat(instance).hasPassed(END_STOP_DECIDED, END_OVERDUE_ESCALATED).isWaitingAtExactly(SUBPROCESS_RECTIFICATION, TASK_RECTIFY);
  }

  @Test
  void extensionRefused_keepsTheDeadline() {
    ProcessInstance instance = start("GENERAL");
    planned(DEADLINE);
    Instant decisionDue = REPORTED_AT.plus(Duration.ofDays(5));

    correlate(Messages.DEADLINE_EXTENSION_REQUESTED, Map.of(Variables.EXTENSION_DECISION_DUE_DATE, date(decisionDue)));
    assertThat(instance).isWaitingAtExactly(SUBPROCESS_RECTIFICATION, TASK_RECTIFY, TASK_DECIDE_EXTENSION);
    assertThat(task(TASK_DECIDE_EXTENSION, instance)).hasCandidateGroup("TOWN_AGENCY:330102001").hasDueDate(date(decisionDue));

    correlate(Messages.DEADLINE_EXTENSION_REFUSED, Map.of());

    assertThat(instance).hasPassed(END_EXTENSION_REFUSED).isWaitingAtExactly(SUBPROCESS_RECTIFICATION, TASK_RECTIFY);
    assertThat(job(TIMER_DEADLINE_OVERDUE, instance)).hasDueDate(date(DEADLINE));
  }

  @Test
  void extensionApproved_movesTheDeadlineTimers() {
    ProcessInstance instance = start("GENERAL");
    planned(DEADLINE);
    correlate(Messages.DEADLINE_EXTENSION_REQUESTED, Map.of(Variables.EXTENSION_DECISION_DUE_DATE, date(PLAN_DUE)));
    Instant extended = DEADLINE.plus(Duration.ofDays(20));

    correlate(Messages.DEADLINE_EXTENSION_APPROVED, deadline(extended));

    assertThat(instance).hasPassed(CATCH_EXTENSION_APPROVED).isWaitingAtExactly(SUBPROCESS_RECTIFICATION, TASK_RECTIFY);
    Assertions.assertThat(taskQuery().taskDefinitionKey(TASK_DECIDE_EXTENSION).count()).isZero();
    assertThat(task(TASK_RECTIFY, instance)).hasDueDate(date(extended));
    assertThat(job(TIMER_DEADLINE_OVERDUE, instance)).hasDueDate(date(extended));
    assertThat(job(TIMER_DEADLINE_REMINDER, instance)).hasDueDate(date(extended.minus(Duration.ofDays(3))));
  }

  @Test
  void extensionDecisionOverdue_notifiesTheDistrictBureau() {
    ProcessInstance instance = start("GENERAL");
    planned(DEADLINE);
    correlate(Messages.DEADLINE_EXTENSION_REQUESTED, Map.of(Variables.EXTENSION_DECISION_DUE_DATE, date(PLAN_DUE)));

    fire(TIMER_EXTENSION_DECISION_DUE, instance);

    assertThat(instance).hasPassed(END_EXTENSION_DECISION_ESCALATED).isWaitingAtExactly(SUBPROCESS_RECTIFICATION, TASK_RECTIFY, TASK_DECIDE_EXTENSION);
    Assertions.assertThat(delegates.notifications).containsExactly(
        new TestDelegates.Sent(Reasons.EXTENSION_DECISION_OVERDUE, CandidateGroups.DISTRICT_AGENCY, date(PLAN_DUE)));
  }

  @Test
  void revisedPlan_movesTheDeadline() {
    ProcessInstance instance = start("GENERAL");
    planned(DEADLINE);
    Instant revised = DEADLINE.minus(Duration.ofDays(10));

    planned(revised);

    assertThat(instance).hasPassed(CATCH_REPLANNED).isWaitingAtExactly(SUBPROCESS_RECTIFICATION, TASK_RECTIFY);
    assertThat(job(TIMER_DEADLINE_OVERDUE, instance)).hasDueDate(date(revised));
  }

  @Test
  void majorHazard_isVerifiedByTheTownOffice_andALateVerificationNotifiesTheDistrictBureau() {
    ProcessInstance instance = start("MAJOR");
    planned(DEADLINE);
    Instant verificationDue = DEADLINE.plus(Duration.ofDays(5));

    correlate(Messages.RECTIFICATION_COMPLETED, Map.of(Variables.VERIFICATION_DUE_DATE, date(verificationDue)));
    assertThat(instance).isWaitingAtExactly(SUBPROCESS_VERIFICATION, TASK_VERIFY_MAJOR_HAZARD);
    assertThat(task(TASK_VERIFY_MAJOR_HAZARD, instance)).hasCandidateGroup("TOWN_AGENCY:330102001").hasDueDate(date(verificationDue));

    fire(TIMER_VERIFICATION_DUE, instance);

    assertThat(instance).hasPassed(END_VERIFICATION_ESCALATED).isWaitingAtExactly(SUBPROCESS_VERIFICATION, TASK_VERIFY_MAJOR_HAZARD);
    Assertions.assertThat(delegates.notifications).containsExactly(
        new TestDelegates.Sent(Reasons.VERIFICATION_OVERDUE, CandidateGroups.DISTRICT_AGENCY, date(verificationDue)));
    correlate(Messages.HAZARD_SIGNED_OFF, Map.of(Variables.LOOK_BACK_DATE, date(verificationDue.plus(Duration.ofDays(30)))));
    assertThat(instance).isWaitingAtExactly(SUBPROCESS_LOOK_BACK, TIMER_LOOK_BACK_DUE);
  }

  @Test
  void rejectedRectification_goesBackToTheEnterprise_withTheReason() {
    ProcessInstance instance = start("GENERAL");
    planned(DEADLINE);
    correlate(Messages.RECTIFICATION_COMPLETED, Map.of());

    correlate(Messages.RECTIFICATION_REJECTED, Map.of(Variables.REJECTION_REASON, "guard rail missing"));

    assertThat(instance).hasPassed(CATCH_RECTIFICATION_REJECTED).isWaitingAtExactly(SUBPROCESS_RECTIFICATION, TASK_RECTIFY);
    assertThat(instance).variables().containsEntry(Variables.REJECTION_REASON, "guard rail missing");
    assertThat(job(TIMER_DEADLINE_OVERDUE, instance)).hasDueDate(date(DEADLINE));
  }

  @Test
  void reopenedWhileWaitingForTheLookBack_goesRoundAgain_fromPlanning() {
    ProcessInstance instance = start("GENERAL");
    planned(DEADLINE);
    correlate(Messages.RECTIFICATION_COMPLETED, Map.of());
    signedOff(DEADLINE.plus(Duration.ofDays(30)));
    Instant newPlanDue = DEADLINE.plus(Duration.ofDays(12));

    correlate(Messages.HAZARD_REOPENED, Map.of(
        Variables.REOPEN_REASON, "cracks again",
        Variables.PLAN_DUE_DATE, date(newPlanDue),
        Variables.PLAN_REMINDER_DATE, date(newPlanDue.minus(Duration.ofDays(1)))));

    assertThat(instance).hasPassed(CATCH_REOPENED).isWaitingAtExactly(SUBPROCESS_PLANNING, TASK_SUBMIT_RECTIFICATION_PLAN);
    assertThat(task(TASK_SUBMIT_RECTIFICATION_PLAN, instance)).hasDueDate(date(newPlanDue));
    Assertions.assertThat(jobQuery().activityId(TIMER_LOOK_BACK_DUE).count()).isZero();
  }

  @Test
  void reopenedAtTheLookBackReview_goesRoundAgain() {
    ProcessInstance instance = start("GENERAL");
    planned(DEADLINE);
    correlate(Messages.RECTIFICATION_COMPLETED, Map.of());
    signedOff(DEADLINE.plus(Duration.ofDays(30)));
    fire(TIMER_LOOK_BACK_DUE, instance);
    ProcessInstance revisit = revisit(instance);

    correlate(Messages.HAZARD_REOPENED, Map.of(Variables.REOPEN_REASON, "cracks again"));

    assertThat(instance).isWaitingAtExactly(SUBPROCESS_PLANNING, TASK_SUBMIT_RECTIFICATION_PLAN);
    assertThat(revisit).isEnded();
    Assertions.assertThat(taskQuery().taskDefinitionKey(RevisitProcess.Elements.TASK_REVISIT).count()).isZero();
  }

  @Test
  void startWithoutPlanDueDate_isRejected() {
    Map<String, Object> variables = startVariables("GENERAL");
    variables.remove(Variables.PLAN_DUE_DATE);

    assertThatThrownBy(
            () -> runtimeService().startProcessInstanceByKey(HazardRectificationProcess.KEY, HAZARD_ID, variables))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining(Variables.PLAN_DUE_DATE);
    Assertions.assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
  }

  private static ProcessInstance start(String level) {
    return runtimeService().startProcessInstanceByKey(HazardRectificationProcess.KEY, HAZARD_ID, startVariables(level));
  }

  private static Map<String, Object> startVariables(String level) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Variables.HAZARD_ID, HAZARD_ID);
    variables.put(Variables.MINE_ID, "mine-7");
    variables.put(Variables.ENTERPRISE_ID, "ent-3");
    variables.put(Variables.TOWN_CODE, "330102001");
    variables.put(Variables.LEVEL, level);
    variables.put(Variables.PLAN_DUE_DATE, date(PLAN_DUE));
    variables.put(Variables.PLAN_REMINDER_DATE, date(PLAN_REMINDER));
    variables.put(Variables.STOP_DECISION_RAISED, false);
    return variables;
  }

  private static void signedOff(Instant lookBack) {
    correlate(Messages.HAZARD_SIGNED_OFF,
        Map.of(Variables.LOOK_BACK_DATE, date(lookBack), Variables.LOOK_BACK_DUE_DATE, date(lookBack.plus(Duration.ofDays(10)))));
  }

  /** The revisit the look-back of {@code instance} called. */
  private static ProcessInstance revisit(ProcessInstance instance) {
    return runtimeService().createProcessInstanceQuery().superProcessInstanceId(instance.getId()).singleResult();
  }

  private static void planned(Instant deadline) {
    correlate(Messages.RECTIFICATION_PLANNED, deadline(deadline));
  }

  private static Map<String, Object> deadline(Instant deadline) {
    return Map.of(
        Variables.DEADLINE, date(deadline),
        Variables.DEADLINE_REMINDER_DATE, date(deadline.minus(Duration.ofDays(3))),
        Variables.OVERDUE_CYCLE, "R/" + deadline + "/P1D");
  }

  private static void correlate(String message, Map<String, Object> variables) {
    runtimeService().createMessageCorrelation(message).processInstanceBusinessKey(HAZARD_ID).setVariables(variables)
        .correlateWithResult();
  }

  /** Moves the engine clock to the timer's due date and executes its job. */
  private static void fire(String timerId, ProcessInstance instance) {
    clock(job(timerId, instance).getDuedate().toInstant());
    execute(job(timerId, instance));
  }

  private static void clock(Instant now) {
    ClockUtil.setCurrentTime(Date.from(now));
  }

  private static Date date(Instant instant) {
    return Date.from(instant);
  }
}
