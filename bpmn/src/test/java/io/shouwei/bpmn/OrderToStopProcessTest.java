package io.shouwei.bpmn;

import static io.shouwei.bpmn.OrderToStopProcess.Elements.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import io.shouwei.bpmn.Notifications.Reasons;
import io.shouwei.bpmn.OrderToStopProcess.Messages;
import io.shouwei.bpmn.OrderToStopProcess.Variables;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One test per path of {@value OrderToStopProcess#KEY}; timers fire by moving the engine clock and executing their job. */
@Deployment(resources = {OrderToStopProcess.RESOURCE, RevisitProcess.RESOURCE})
class OrderToStopProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine =
      ProcessEngineExtension.builder().configurationResource("process-test-engine.cfg.xml").build();

  private static final String ORDER_ID = "ord-0001";
  private static final Instant ISSUED_AT = Instant.parse("2025-06-02T01:30:00Z");
  private static final Instant ACKNOWLEDGEMENT_DEADLINE = ISSUED_AT.plus(Duration.ofHours(24));
  private static final Instant LIFTED_AT = ISSUED_AT.plus(Duration.ofDays(40));

  private final TestDelegates delegates = new TestDelegates();

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine.getProcessEngine());
    delegates.register();
    delegates.allCitedHazardsSignedOff = true;
    clock(ISSUED_AT);
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    Mocks.reset();
  }

  @Test
  void acknowledged_hazardsSignedOff_reviewed_approved_lifted() {
    ProcessInstance instance = start();
    assertThat(instance).isWaitingAtExactly(TASK_ACKNOWLEDGE_ORDER);
    assertThat(task(TASK_ACKNOWLEDGE_ORDER, instance)).hasCandidateGroup("ENTERPRISE:ent-3").hasDueDate(date(ACKNOWLEDGEMENT_DEADLINE));

    correlate(Messages.STOP_TOOK_EFFECT, Map.of());
    assertThat(instance).isWaitingAtExactly(TASK_APPLY_FOR_RESUMPTION);
    assertThat(task(TASK_APPLY_FOR_RESUMPTION, instance)).hasCandidateGroup("ENTERPRISE:ent-3");

    Instant appliedAt = ISSUED_AT.plus(Duration.ofDays(20));
    clock(appliedAt);
    correlate(Messages.RESUMPTION_APPLIED, Map.of());
    assertThat(instance).isWaitingAtExactly(TASK_REVIEW_RESUMPTION);
    assertThat(task(TASK_REVIEW_RESUMPTION, instance))
        .hasCandidateGroup("TOWN_AGENCY:330102001").hasDueDate(date(appliedAt.plus(Duration.ofDays(10))));

    correlate(Messages.RESUMPTION_REVIEWED, Map.of(Variables.REVIEW_OUTCOME, "PASS"));
    assertThat(instance).isWaitingAtExactly(TASK_APPROVE_RESUMPTION);
    assertThat(task(TASK_APPROVE_RESUMPTION, instance)).hasCandidateGroup(CandidateGroups.DISTRICT_AGENCY);

    Instant liftedAt = appliedAt.plus(Duration.ofDays(5));
    clock(liftedAt);
    correlate(Messages.ORDER_LIFTED, Map.of());
    assertThat(instance).isWaitingAtExactly(CALL_MINE_REVISIT);
    ProcessInstance revisit = revisit(instance);
    assertThat(revisit).hasBusinessKey(ORDER_ID).variables()
        .containsEntry(RevisitProcess.Variables.SUBJECT_TYPE, RevisitProcess.SubjectTypes.MINE)
        .containsEntry(RevisitProcess.Variables.SUBJECT_ID, "mine-7")
        .containsEntry(RevisitProcess.Variables.ENTERPRISE_ID, "ent-3")
        .containsEntry(RevisitProcess.Variables.TOWN_CODE, "330102001");
    assertThat(task(RevisitProcess.Elements.TASK_REVISIT, revisit))
        .hasCandidateGroup("TOWN_AGENCY:330102001").hasDueDate(date(liftedAt.plus(Duration.ofDays(30))));

    complete(task(RevisitProcess.Elements.TASK_REVISIT, revisit),
        Map.of(RevisitProcess.Variables.OUTCOME, RevisitProcess.Outcomes.PASS));
    assertThat(instance)
        .hasPassedInOrder(START_ORDER_ISSUED, TASK_ACKNOWLEDGE_ORDER, CATCH_STOP_TOOK_EFFECT, TASK_CHECK_CITED_HAZARDS,
            TASK_APPLY_FOR_RESUMPTION, TASK_REVIEW_RESUMPTION, TASK_APPROVE_RESUMPTION, CATCH_ORDER_LIFTED,
            CALL_MINE_REVISIT, GATEWAY_MINE_REVISIT_OUTCOME, END_MINE_REVISITED)
        .hasNotPassed(TASK_ENFORCE_STOP, TASK_NOTIFY_MINE_REVISIT_FAILED)
        .isEnded();
    assertThat(revisit).isEnded();
    Assertions.assertThat(delegates.notifications).isEmpty();
  }

  @Test
  void mineRevisitFails_theDistrictBureauIsTold_withTheFindings() {
    ProcessInstance instance = toMineRevisit();
    ProcessInstance revisit = revisit(instance);

    complete(task(RevisitProcess.Elements.TASK_REVISIT, revisit), Map.of(
        RevisitProcess.Variables.OUTCOME, RevisitProcess.Outcomes.FAIL,
        RevisitProcess.Variables.FINDINGS, "Mining resumed on bench 4 before its drainage"));
    assertThat(instance).hasPassedInOrder(CALL_MINE_REVISIT, GATEWAY_MINE_REVISIT_OUTCOME,
            TASK_NOTIFY_MINE_REVISIT_FAILED, END_MINE_REVISIT_FAILED)
        .hasNotPassed(END_MINE_REVISITED)
        .isEnded()
        .variables().containsEntry(Variables.REVISIT_OUTCOME, RevisitProcess.Outcomes.FAIL)
        .containsEntry(Variables.REVISIT_FINDINGS, "Mining resumed on bench 4 before its drainage");
    Assertions.assertThat(delegates.notifications).containsExactly(new TestDelegates.Sent(
        Reasons.MINE_REVISIT_FAILED, CandidateGroups.DISTRICT_AGENCY, date(LIFTED_AT.plus(Duration.ofDays(30)))));
  }

  @Test
  void mineRevisitOverdue_theDistrictBureauIsTold_andTheLookBackStaysOpen() {
    ProcessInstance instance = toMineRevisit();
    ProcessInstance revisit = revisit(instance);

    fire(RevisitProcess.Elements.TIMER_REVISIT_OVERDUE, revisit);
    Assertions.assertThat(delegates.notifications).containsExactly(new TestDelegates.Sent(
        Reasons.REVISIT_OVERDUE, CandidateGroups.DISTRICT_AGENCY, date(LIFTED_AT.plus(Duration.ofDays(30)))));
    assertThat(instance).isWaitingAtExactly(CALL_MINE_REVISIT);
    assertThat(revisit).isWaitingAtExactly(RevisitProcess.Elements.TASK_REVISIT);

    complete(task(RevisitProcess.Elements.TASK_REVISIT, revisit),
        Map.of(RevisitProcess.Variables.OUTCOME, RevisitProcess.Outcomes.PASS));
    assertThat(instance).hasPassed(END_MINE_REVISITED).isEnded();
  }

  @Test
  void notAcknowledgedInTime_townOfficeIsTold_andTheStopIsEnforced() {
    ProcessInstance instance = start();

    fire(TIMER_ACKNOWLEDGEMENT_DUE, instance);
    assertThat(instance).isWaitingAt(TASK_ENFORCE_STOP, TASK_ACKNOWLEDGE_ORDER);
    Assertions.assertThat(delegates.notifications).containsExactly(new TestDelegates.Sent(
        Reasons.ACKNOWLEDGEMENT_OVERDUE, CandidateGroups.TOWN_AGENCY, date(ACKNOWLEDGEMENT_DEADLINE)));
    execute(job(TASK_ENFORCE_STOP, instance));

    Assertions.assertThat(delegates.enforcedStops).containsExactly(ORDER_ID);
    assertThat(instance).hasPassed(END_STOP_ENFORCED).isWaitingAtExactly(TASK_ACKNOWLEDGE_ORDER);
    correlate(Messages.STOP_TOOK_EFFECT, Map.of());
    assertThat(instance).isWaitingAtExactly(TASK_APPLY_FOR_RESUMPTION);
  }

  @Test
  void enforcementFailing_isRetried_thenAnIncident_andSucceedsOnceRetriedAgain() {
    ProcessInstance instance = start();
    fire(TIMER_ACKNOWLEDGEMENT_DUE, instance);
    delegates.enforcementFailure = new IllegalStateException("hazard-service is down");

    for (int attempt = 0; attempt < 3; attempt++) {
      Job enforcement = job(TASK_ENFORCE_STOP, instance);
      Assertions.assertThat(enforcement.getRetries()).isEqualTo(3 - attempt);
      Assertions.assertThatThrownBy(() -> managementService().executeJob(enforcement.getId()))
          .hasMessageContaining("hazard-service is down");
    }
    Job exhausted = job(TASK_ENFORCE_STOP, instance);
    Assertions.assertThat(exhausted.getRetries()).isZero();
    Assertions.assertThat(runtimeService().createIncidentQuery().processInstanceId(instance.getId()).count()).isEqualTo(1);

    delegates.enforcementFailure = null;
    managementService().setJobRetries(exhausted.getId(), 1);
    execute(job(TASK_ENFORCE_STOP, instance));

    Assertions.assertThat(delegates.enforcedStops).containsExactly(ORDER_ID);
    Assertions.assertThat(runtimeService().createIncidentQuery().count()).isZero();
  }

  @Test
  void citedHazardsStillOpen_waitUntilOneIsSignedOff_thenLookAgain() {
    delegates.allCitedHazardsSignedOff = false;
    ProcessInstance instance = start();
    correlate(Messages.STOP_TOOK_EFFECT, Map.of());
    assertThat(instance).isWaitingAtExactly(TASK_AWAIT_CITED_HAZARD_SIGNED_OFF);

    correlate(Messages.CITED_HAZARD_SIGNED_OFF, Map.of());
    assertThat(instance).isWaitingAtExactly(TASK_AWAIT_CITED_HAZARD_SIGNED_OFF);

    delegates.allCitedHazardsSignedOff = true;
    correlate(Messages.CITED_HAZARD_SIGNED_OFF, Map.of());
    assertThat(instance).isWaitingAtExactly(TASK_APPLY_FOR_RESUMPTION);
  }

  @Test
  void citedHazardsStillOpen_areLookedAtAgain_afterTheRecheckPeriod() {
    delegates.allCitedHazardsSignedOff = false;
    ProcessInstance instance = start();
    correlate(Messages.STOP_TOOK_EFFECT, Map.of());
    assertThat(job(TIMER_RECHECK_CITED_HAZARDS, instance)).hasDueDate(date(ISSUED_AT.plus(Duration.ofHours(1))));

    delegates.allCitedHazardsSignedOff = true;
    fire(TIMER_RECHECK_CITED_HAZARDS, instance);

    assertThat(instance).hasPassed(TIMER_RECHECK_CITED_HAZARDS).isWaitingAtExactly(TASK_APPLY_FOR_RESUMPTION);
  }

  @Test
  void reviewOverdue_notifiesTheDistrictBureau() {
    ProcessInstance instance = toReview();

    fire(TIMER_REVIEW_DUE, instance);

    assertThat(instance).hasPassed(END_REVIEW_ESCALATED).isWaitingAtExactly(TASK_REVIEW_RESUMPTION);
    Assertions.assertThat(delegates.reasons()).containsExactly(Reasons.RESUMPTION_REVIEW_OVERDUE);
    Assertions.assertThat(delegates.notifications.get(0).recipientRole()).isEqualTo(CandidateGroups.DISTRICT_AGENCY);
  }

  @Test
  void failedReview_blocksANewApplication_untilTheBlockEnds() {
    ProcessInstance instance = toReview();
    Instant blockedUntil = ISSUED_AT.plus(Duration.ofDays(80));

    correlate(Messages.RESUMPTION_REVIEWED, Map.of(
        Variables.REVIEW_OUTCOME, "FAIL", Variables.FINDINGS, "no assessment report",
        Variables.RESUMPTION_BLOCKED_UNTIL, date(blockedUntil)));

    assertThat(instance).isWaitingAtExactly(SUBPROCESS_RESUMPTION_BLOCKED, TIMER_RESUMPTION_BLOCK_ENDS);
    Assertions.assertThat(taskQuery().taskDefinitionKey(TASK_APPLY_FOR_RESUMPTION).count()).isZero();
    Assertions.assertThat(delegates.notifications).containsExactly(
        new TestDelegates.Sent(Reasons.RESUMPTION_REFUSED, CandidateGroups.ENTERPRISE, date(blockedUntil)));
    assertThat(job(TIMER_RESUMPTION_BLOCK_ENDS, instance)).hasDueDate(date(blockedUntil));

    fire(TIMER_RESUMPTION_BLOCK_ENDS, instance);

    assertThat(instance).hasPassed(END_BLOCK_ENDED, GATEWAY_APPLICATION_HELD).isWaitingAtExactly(TASK_APPLY_FOR_RESUMPTION);
  }

  @Test
  void refusedByTheDistrict_anApplicationWhileBlocked_isHeld_andReviewedWhenTheBlockEnds() {
    ProcessInstance instance = toReview();
    correlate(Messages.RESUMPTION_REVIEWED, Map.of(Variables.REVIEW_OUTCOME, "PASS"));
    Instant blockedUntil = ISSUED_AT.plus(Duration.ofDays(80));

    correlate(Messages.RESUMPTION_REJECTED, Map.of(Variables.FINDINGS, "pillars not restored",
        Variables.RESUMPTION_BLOCKED_UNTIL, date(blockedUntil)));
    assertThat(instance).isWaitingAtExactly(SUBPROCESS_RESUMPTION_BLOCKED, TIMER_RESUMPTION_BLOCK_ENDS);

    correlate(Messages.RESUMPTION_APPLIED, Map.of());
    assertThat(instance).hasPassed(CATCH_APPLICATION_WHILE_BLOCKED, END_APPLICATION_HELD)
        .isWaitingAtExactly(SUBPROCESS_RESUMPTION_BLOCKED, TIMER_RESUMPTION_BLOCK_ENDS);
    Assertions.assertThat(delegates.reasons())
        .containsExactly(Reasons.RESUMPTION_REFUSED, Reasons.RESUMPTION_APPLICATION_HELD);

    fire(TIMER_RESUMPTION_BLOCK_ENDS, instance);

    assertThat(instance).isWaitingAtExactly(TASK_REVIEW_RESUMPTION);
    assertThat(task(TASK_REVIEW_RESUMPTION, instance)).hasDueDate(date(blockedUntil.plus(Duration.ofDays(10))));
    assertThat(instance).variables().containsEntry(Variables.APPLICATION_HELD, false);
  }

  private ProcessInstance toReview() {
    ProcessInstance instance = start();
    correlate(Messages.STOP_TOOK_EFFECT, Map.of());
    correlate(Messages.RESUMPTION_APPLIED, Map.of());
    assertThat(instance).isWaitingAtExactly(TASK_REVIEW_RESUMPTION);
    return instance;
  }

  /** An order lifted at {@link #LIFTED_AT}, its mine's look-back open. */
  private ProcessInstance toMineRevisit() {
    ProcessInstance instance = start();
    correlate(Messages.STOP_TOOK_EFFECT, Map.of());
    correlate(Messages.RESUMPTION_APPLIED, Map.of());
    correlate(Messages.RESUMPTION_REVIEWED, Map.of(Variables.REVIEW_OUTCOME, "PASS"));
    clock(LIFTED_AT);
    correlate(Messages.ORDER_LIFTED, Map.of());
    assertThat(instance).isWaitingAtExactly(CALL_MINE_REVISIT);
    return instance;
  }

  /** The revisit {@code instance} called. */
  private static ProcessInstance revisit(ProcessInstance instance) {
    return runtimeService().createProcessInstanceQuery().superProcessInstanceId(instance.getId()).singleResult();
  }

  private static ProcessInstance start() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Variables.ORDER_ID, ORDER_ID);
    variables.put(Variables.MINE_ID, "mine-7");
    variables.put(Variables.ENTERPRISE_ID, "ent-3");
    variables.put(Variables.TOWN_CODE, "330102001");
    variables.put(Variables.ACKNOWLEDGEMENT_DEADLINE, date(ACKNOWLEDGEMENT_DEADLINE));
    variables.put(Variables.ENFORCE_STOP_RETRIES, "R3/PT5M");
    variables.put(Variables.CITED_HAZARDS_RECHECK, "PT1H");
    variables.put(Variables.REVIEW_PERIOD, "P10D");
    variables.put(Variables.APPLICATION_HELD, false);
    variables.put(Variables.MINE_REVISIT_WITHIN, "P30D");
    return runtimeService().startProcessInstanceByKey(OrderToStopProcess.KEY, ORDER_ID, variables);
  }

  private static void correlate(String message, Map<String, Object> variables) {
    runtimeService().createMessageCorrelation(message).processInstanceBusinessKey(ORDER_ID).setVariables(variables)
        .correlateWithResult();
  }

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
