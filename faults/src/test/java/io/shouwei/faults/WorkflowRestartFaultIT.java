package io.shouwei.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * workflow-service is stopped (SIGTERM) while the plan timers of some hazards are pending, stays
 * down until they are all due, and is started again: each due timer (the reminder and the overdue
 * notice of each hazard's plan) fires exactly once after the restart, and each notification is
 * sent once.
 */
class WorkflowRestartFaultIT extends FaultTest {

  private static final int HAZARDS = 4;
  private static final String ENTERPRISE = "ent-fault-workflow";
  private static final Duration FIRING = Duration.ofSeconds(120);


  @Test
  @Timeout(900)
  void workflowDownWhileTimersFallDue_everyDueTimerFiresOnceAfterRestart() throws Exception {
    String district = api.district();
    String town = api.town();
    String enterprise = api.enterprise(ENTERPRISE);
    // a 210 m slope without online monitoring: suggested MAJOR (OP-07.1), so the short plan period applies
    String mineId = Api.created(api.call("POST", "/api/mines", district, """
        {"name":"Fault Test Pit %s","enterpriseId":"%s","enterpriseName":"Fault Mining Co.",
         "townCode":"%s","type":"OPEN_PIT",
         "facts":{"slopeHeightMetres":210,"onlineSlopeMonitoring":false,"slopeStabilityAnalysisDone":true}}"""
        .formatted(ENTERPRISE, ENTERPRISE, Api.TOWN_CODE)));
    List<String> hazards = new ArrayList<>();
    for (int i = 0; i < HAZARDS; i++) {
      JsonNode reported = Api.JSON.readTree(
          api.call("POST", "/api/hazards", enterprise, Api.hazardBody(mineId, "Workflow fault " + i)).body());
      assertThat(reported.path("suggestedLevel").asText()).as(reported.toString()).isEqualTo("MAJOR");
      hazards.add(reported.path("id").asText());
    }

    List<Instant> dues = new ArrayList<>();
    for (String id : hazards) {
      JsonNode instance = Api.await(() -> api.getOrNull("/api/processes?hazardId=" + id, enterprise),
          list -> list.size() == 1 && list.get(0).path("currentSteps").findValuesAsText("activityId").contains("Timer_PlanDue"),
          FIRING).get(0);
      for (JsonNode step : instance.path("currentSteps")) {
        if (step.path("activityId").asText().equals("Timer_PlanDue")) {
          dues.add(Instant.parse(step.path("dueAt").asText()));
        }
      }
    }
    Instant lastDue = Collections.max(dues);
    Instant stoppedAt = Instant.now();
    stack.stack.stop("workflow-service");
    assertThat(stoppedAt).as("stopped before the first timer was due").isBefore(Collections.min(dues));
    System.out.printf("[faults] workflow: stopped with %d plan timers pending (+ %d reminders), due %s … %s%n",
        dues.size(), dues.size(), Collections.min(dues), lastDue);

    long wait = Duration.between(Instant.now(), lastDue).toMillis() + 1000;
    if (wait > 0) {
      Thread.sleep(wait);
    }
    long downSeconds = Duration.between(stoppedAt, Instant.now()).toSeconds();
    long began = System.nanoTime();
    stack.stack.restart("workflow-service");
    long restartMillis = (System.nanoTime() - began) / 1_000_000;

    int fired = 0;
    int reminders = 0;
    int overdueNotices = 0;
    int dueSoonNotices = 0;
    for (String id : hazards) {
      JsonNode instance = Api.await(() -> api.getOrNull("/api/processes?hazardId=" + id, enterprise),
          list -> list.size() == 1 && history(list.get(0)).contains("Task_NotifyPlanOverdue")
              && history(list.get(0)).contains("Task_NotifyPlanDueSoon"),
          FIRING).get(0);
      assertThat(history(instance)).as(id).containsOnlyOnce("Timer_PlanDue", "Timer_PlanReminder");
      fired++;
      reminders++;
    }
    long firedMillis = (System.nanoTime() - began) / 1_000_000;
    // a second firing would come within a few job-executor rounds: wait and look again
    Thread.sleep(5000);
    for (String id : hazards) {
      JsonNode instance = Api.ok(api.call("GET", "/api/processes?hazardId=" + id, enterprise, null)).get(0);
      assertThat(history(instance)).as(id)
          .containsOnlyOnce("Timer_PlanDue", "Timer_PlanReminder", "Task_NotifyPlanOverdue", "Task_NotifyPlanDueSoon");
      List<String> townReasons = reasons(town, id);
      List<String> enterpriseReasons = reasons(enterprise, id);
      assertThat(townReasons).as(id).containsOnlyOnce("PLAN_OVERDUE");
      assertThat(enterpriseReasons).as(id).containsOnlyOnce("PLAN_DUE_SOON");
      overdueNotices += Collections.frequency(townReasons, "PLAN_OVERDUE");
      dueSoonNotices += Collections.frequency(enterpriseReasons, "PLAN_DUE_SOON");
    }
    System.out.printf(
        "[faults] workflow: down %d s; restarted in %d ms; plan timers fired %d of %d, reminders %d of %d,"
            + " all within %d ms of the restart; notifications PLAN_OVERDUE %d, PLAN_DUE_SOON %d; duplicates 0%n",
        downSeconds, restartMillis,
        fired, HAZARDS, reminders, HAZARDS, firedMillis, overdueNotices, dueSoonNotices);
    assertThat(overdueNotices).isEqualTo(HAZARDS);
    assertThat(dueSoonNotices).isEqualTo(HAZARDS);
  }

  private static List<String> history(JsonNode instance) {
    return instance.path("history").findValuesAsText("activityId");
  }

  private static List<String> reasons(String bearer, String objectId) throws Exception {
    return Api.ok(api.call("GET", "/api/notifications?objectId=" + objectId, bearer, null)).findValuesAsText("reason");
  }
}
