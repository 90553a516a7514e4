package io.shouwei.bpmn;

import static io.shouwei.bpmn.RevisitProcess.Elements.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import io.shouwei.bpmn.Notifications.Reasons;
import io.shouwei.bpmn.RevisitProcess.Outcomes;
import io.shouwei.bpmn.RevisitProcess.SubjectTypes;
import io.shouwei.bpmn.RevisitProcess.Variables;
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
 * One test per path of {@value RevisitProcess#KEY}, started on its own as a caller starts it (the
 * calls from hazard-rectification and campaign are tested with those models).
 */
@Deployment(resources = RevisitProcess.RESOURCE)
class RevisitProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine =
      ProcessEngineExtension.builder().configurationResource("process-test-engine.cfg.xml").build();

  private static final String MINE_ID = "mine-7";
  private static final Instant STARTED_AT = Instant.parse("2025-09-01T01:00:00Z");
  private static final Instant DUE = Instant.parse("2025-09-11T16:00:00Z");

  private final TestDelegates delegates = new TestDelegates();

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine.getProcessEngine());
    delegates.register();
    ClockUtil.setCurrentTime(Date.from(STARTED_AT));
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    Mocks.reset();
  }

  @Test
  void mineCheckedInTime_passes_andHandsTheOutcomeBack() {
    ProcessInstance instance = start();
    assertThat(instance).isWaitingAtExactly(TASK_REVISIT);
    assertThat(task(TASK_REVISIT, instance)).hasCandidateGroup("TOWN_AGENCY:330102001").hasDueDate(Date.from(DUE));
    assertThat(job(TIMER_REVISIT_OVERDUE, instance)).hasDueDate(Date.from(DUE));

    complete(task(TASK_REVISIT, instance), Map.of(Variables.OUTCOME, Outcomes.PASS));

    assertThat(instance).hasPassedInOrder(START_REVISIT_DUE, TASK_REVISIT, END_REVISITED).isEnded()
        .variables().containsEntry(Variables.OUTCOME, Outcomes.PASS);
    Assertions.assertThat(delegates.notifications).isEmpty();
  }

  @Test
  void mineCheckFailed_endsWithTheFindings() {
    ProcessInstance instance = start();

    complete(task(TASK_REVISIT, instance), Map.of(Variables.OUTCOME, Outcomes.FAIL, Variables.FINDINGS, "rails missing"));

    assertThat(instance).hasPassed(END_REVISITED).isEnded().variables()
        .containsEntry(Variables.OUTCOME, Outcomes.FAIL).containsEntry(Variables.FINDINGS, "rails missing");
  }

  @Test
  void checkOverdue_notifiesTheDistrictBureau_andTheTaskStaysOpen() {
    ProcessInstance instance = start();
    ClockUtil.setCurrentTime(Date.from(DUE));

    execute(job(TIMER_REVISIT_OVERDUE, instance));

    assertThat(instance).hasPassed(TASK_NOTIFY_REVISIT_OVERDUE, END_REVISIT_ESCALATED).isWaitingAtExactly(TASK_REVISIT);
    Assertions.assertThat(delegates.notifications)
        .containsExactly(new TestDelegates.Sent(Reasons.REVISIT_OVERDUE, CandidateGroups.DISTRICT_AGENCY, Date.from(DUE)));
  }

  @Test
  void startWithoutDueDate_isRejected() {
    Map<String, Object> variables = variables();
    variables.remove(Variables.DUE_DATE);

    assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(RevisitProcess.KEY, MINE_ID, variables))
        .isInstanceOf(ProcessEngineException.class);
  }

  private static ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey(RevisitProcess.KEY, MINE_ID, variables());
  }

  private static Map<String, Object> variables() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Variables.SUBJECT_TYPE, SubjectTypes.MINE);
    variables.put(Variables.SUBJECT_ID, MINE_ID);
    variables.put(Variables.ENTERPRISE_ID, "ent-3");
    variables.put(Variables.TOWN_CODE, "330102001");
    variables.put(Variables.DUE_DATE, Date.from(DUE));
    return variables;
  }
}
