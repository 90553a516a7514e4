package io.shouwei.workflow.process.hazardrectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.shouwei.bpmn.HazardRectificationProcess;
import io.shouwei.bpmn.CandidateGroups;
import io.shouwei.bpmn.HazardRectificationProcess.Elements;
import io.shouwei.bpmn.HazardRectificationProcess.Variables;
import io.shouwei.workflow.WorkflowServiceTestBase;
import io.shouwei.workflow.process.ProcessStarts;
import io.shouwei.workflow.process.hazardrectification.HazardRectification.StartResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** At most one instance per hazard, on the real engine and PostgreSQL. */
class HazardRectificationIT extends WorkflowServiceTestBase {

  @Autowired HazardRectification hazardRectification;
  @Autowired ProcessStarts starts;
  @Autowired RuntimeService runtime;
  @Autowired RepositoryService repository;
  @Autowired JdbcTemplate jdbc;
  @Autowired TaskService tasks;

  @Test
  void concurrentStartsOfOneHazard_leaveOneInstance() throws Exception {
    String hazardId = newHazardId();
    StartHazardRectification command = new StartHazardRectification(hazardId, "mine-1", "ent-A", "330102001", null, Instant.now());
    int threads = 4;
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<StartResult>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        Callable<StartResult> start = () -> {
          go.await();
          return hazardRectification.start(command);
        };
        results.add(pool.submit(start));
      }
      go.countDown();
      List<StartResult> outcomes = new ArrayList<>();
      for (Future<StartResult> result : results) {
        outcomes.add(result.get());
      }

      assertThat(outcomes).containsOnlyOnce(StartResult.STARTED);
      assertThat(instances(hazardId)).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void businessKeyClaimedByAConcurrentStart_isNotStartedAgain() {
    String hazardId = newHazardId();
    starts.claim(HazardRectificationProcess.KEY, hazardId);

    StartResult result =
        hazardRectification.start(new StartHazardRectification(hazardId, "mine-1", "ent-A", "330102001", null, Instant.now()));

    assertThat(result).isEqualTo(StartResult.ALREADY_STARTED);
    assertThat(instances(hazardId)).isZero();
  }

  @Test
  void failedStart_releasesItsClaim_soARedeliveryCanStartIt() {
    String hazardId = newHazardId();
    StartHazardRectification command = new StartHazardRectification(hazardId, "mine-1", "ent-A", "330102001", null, Instant.now());
    repository.suspendProcessDefinitionByKey(HazardRectificationProcess.KEY);
    try {
      assertThatThrownBy(() -> hazardRectification.start(command)).isInstanceOf(ProcessEngineException.class);
      assertThat(claims(hazardId)).as("claim rolled back with the failed start").isZero();
    } finally {
      repository.activateProcessDefinitionByKey(HazardRectificationProcess.KEY);
    }

    assertThat(hazardRectification.start(command)).isEqualTo(StartResult.STARTED);
    assertThat(instances(hazardId)).isEqualTo(1);
    assertThat(claims(hazardId)).isEqualTo(1);
  }

  @Test
  void planDueTimer_firesOnTheJobExecutor_andTheTownOfficeIsAskedToChase() {
    String hazardId = newHazardId();
    Instant now = Instant.now();
    runtime.startProcessInstanceByKey(
        HazardRectificationProcess.KEY,
        hazardId,
        Map.of(
            Variables.HAZARD_ID, hazardId,
            Variables.MINE_ID, "mine-1",
            Variables.ENTERPRISE_ID, "ent-A",
            Variables.TOWN_CODE, "330102001",
            Variables.LEVEL, "GENERAL",
            Variables.STOP_DECISION_RAISED, false,
            Variables.PLANNING_SINCE, Date.from(now),
            Variables.PLAN_REMINDER_DATE, Date.from(now.plus(Duration.ofDays(1))),
            Variables.PLAN_DUE_DATE, Date.from(now.plusSeconds(1))));

    Task chase =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () -> tasks.createTaskQuery()
                    .processInstanceBusinessKey(hazardId)
                    .taskDefinitionKey(Elements.TASK_CHASE_PLAN)
                    .singleResult(),
                task -> task != null);

    assertThat(tasks.getIdentityLinksForTask(chase.getId()))
        .extracting(IdentityLink::getGroupId)
        .containsExactly(CandidateGroups.of(CandidateGroups.TOWN_AGENCY, "330102001"));
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(hazardId)
            .taskDefinitionKey(Elements.TASK_SUBMIT_RECTIFICATION_PLAN).count())
        .as("the plan task stays open")
        .isEqualTo(1);
  }

  private long instances(String hazardId) {
    return runtime.createProcessInstanceQuery()
        .processDefinitionKey(HazardRectificationProcess.KEY)
        .processInstanceBusinessKey(hazardId)
        .count();
  }

  private int claims(String hazardId) {
    return jdbc.queryForObject(
        "select count(*) from wf_process_start where process_key = ? and business_key = ?",
        Integer.class, HazardRectificationProcess.KEY, hazardId);
  }
}
