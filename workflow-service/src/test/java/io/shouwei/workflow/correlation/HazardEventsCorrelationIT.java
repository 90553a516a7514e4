package io.shouwei.workflow.correlation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.shouwei.bpmn.HazardRectificationProcess;
import io.shouwei.bpmn.HazardRectificationProcess.Elements;
import io.shouwei.bpmn.HazardRectificationProcess.Variables;
import io.shouwei.contracts.AggregateTypes;
import io.shouwei.contracts.EventEnvelope;
import io.shouwei.contracts.EventTypes;
import io.shouwei.contracts.hazard.HazardClassified;
import io.shouwei.contracts.hazard.HazardLevel;
import io.shouwei.contracts.hazard.HazardReported;
import io.shouwei.contracts.hazard.HazardSignedOff;
import io.shouwei.contracts.hazard.RectificationCompleted;
import io.shouwei.contracts.hazard.RectificationPlanned;
import io.shouwei.workflow.WorkflowServiceTestBase;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The hazard's events on Kafka drive its process: each correlated once however often it is
 * delivered, and an event that arrives before its process waits for it is held, not lost.
 */
class HazardEventsCorrelationIT extends WorkflowServiceTestBase {

  private static final Duration ASYNC = Duration.ofSeconds(30);

  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired JdbcTemplate jdbc;

  @Test
  void reportedPlannedCompletedSignedOff_eachDeliveredTwice_reachTheLookBack_once() {
    String hazardId = newHazardId();
    Instant now = Instant.now();
    Instant deadline = now.plus(Duration.ofDays(20));
    EventEnvelope<HazardReported> reported = hazardReported(hazardId, "ent-A", "330102001");
    EventEnvelope<RectificationPlanned> planned = envelope(AggregateTypes.HAZARD, hazardId, 1,
        EventTypes.RECTIFICATION_PLANNED,
        new RectificationPlanned(hazardId, List.of("fence the crest"), null, deadline, null, null, now));
    EventEnvelope<RectificationCompleted> completed = envelope(AggregateTypes.HAZARD, hazardId, 2,
        EventTypes.RECTIFICATION_COMPLETED, new RectificationCompleted(hazardId, List.of("photo-1"), "done", now));
    EventEnvelope<HazardSignedOff> signedOff = envelope(AggregateTypes.HAZARD, hazardId, 3,
        EventTypes.HAZARD_SIGNED_OFF, new HazardSignedOff(hazardId, HazardLevel.GENERAL, "fine", now));

    for (EventEnvelope<?> event : List.of(reported, planned, planned, completed, signedOff, completed, signedOff)) {
      produce(hazardId, toJson(event));
    }

    ProcessInstance instance = await().atMost(ASYNC).until(
        () -> runtime.createProcessInstanceQuery().processInstanceBusinessKey(hazardId)
            .activityIdIn(Elements.TIMER_LOOK_BACK_DUE).singleResult(),
        i -> i != null);
    assertThat(runtime.getVariable(instance.getId(), Variables.DEADLINE)).isEqualTo(Date.from(deadline));
    assertThat(runtime.getVariable(instance.getId(), Variables.LOOK_BACK_DATE))
        .isEqualTo(Date.from(now.plus(Duration.ofDays(30))));
    assertThat(passed(instance, Elements.TASK_RECTIFY)).isEqualTo(1);
    assertThat(passed(instance, Elements.TASK_VERIFY_GENERAL_HAZARD)).isEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from wf_correlated_event where business_key = ?", Integer.class,
        hazardId)).isEqualTo(3);
    assertThat(pending(hazardId)).isZero();
  }

  @Test
  void planArrivingBeforeTheReport_isHeld_andAppliedOnceTheProcessStarts() {
    String hazardId = newHazardId();
    Instant now = Instant.now();
    Instant deadline = now.plus(Duration.ofDays(20));
    EventEnvelope<RectificationPlanned> planned = envelope(AggregateTypes.HAZARD, hazardId, 1,
        EventTypes.RECTIFICATION_PLANNED,
        new RectificationPlanned(hazardId, List.of("fence the crest"), null, deadline, null, null, now));

    produce(hazardId, toJson(planned));
    await().atMost(ASYNC).until(() -> pending(hazardId) == 1);
    produce(hazardId, toJson(hazardReported(hazardId, "ent-A", "330102001")));

    ProcessInstance instance = await().atMost(ASYNC).until(
        () -> runtime.createProcessInstanceQuery().processInstanceBusinessKey(hazardId)
            .activityIdIn(Elements.TASK_RECTIFY).singleResult(),
        i -> i != null);
    assertThat(runtime.getVariable(instance.getId(), Variables.DEADLINE)).isEqualTo(Date.from(deadline));
    assertThat(pending(hazardId)).isZero();
  }

  @Test
  void classifiedMajorWhilePlanning_makesThePlanDueSooner() {
    String hazardId = newHazardId();
    EventEnvelope<HazardReported> reported = hazardReported(hazardId, "ent-A", "330102001");
    Instant reportedAt = reported.payload().reportedAt();
    EventEnvelope<HazardClassified> classified = envelope(AggregateTypes.HAZARD, hazardId, 1,
        EventTypes.HAZARD_CLASSIFIED,
        new HazardClassified(hazardId, HazardLevel.MAJOR, List.of("OP-07.1"), null, "200 m slope", Instant.now()));

    produce(hazardId, toJson(reported));
    produce(hazardId, toJson(classified));

    await().atMost(ASYNC).until(() -> "MAJOR".equals(variable(hazardId, Variables.LEVEL)));
    assertThat(variable(hazardId, Variables.PLAN_DUE_DATE)).isEqualTo(Date.from(reportedAt.plus(Duration.ofDays(3))));
    assertThat(history.createHistoricActivityInstanceQuery()
            .processInstanceId(instance(hazardId)).activityId(Elements.CATCH_RECLASSIFIED).count())
        .isEqualTo(1);
  }

  private long passed(ProcessInstance instance, String activityId) {
    return history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId()).activityId(activityId)
        .count();
  }

  private int pending(String hazardId) {
    return jdbc.queryForObject("select count(*) from wf_pending_event where aggregate_id = ?", Integer.class, hazardId);
  }

  private String instance(String hazardId) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(HazardRectificationProcess.KEY)
        .processInstanceBusinessKey(hazardId).singleResult().getId();
  }

  private Object variable(String hazardId, String name) {
    ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(hazardId).singleResult();
    return instance == null ? null : runtime.getVariable(instance.getId(), name);
  }
}
