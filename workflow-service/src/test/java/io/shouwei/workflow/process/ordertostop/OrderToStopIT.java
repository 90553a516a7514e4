package io.shouwei.workflow.process.ordertostop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.shouwei.bpmn.OrderToStopProcess;
import io.shouwei.bpmn.OrderToStopProcess.Elements;
import io.shouwei.bpmn.RevisitProcess;
import io.shouwei.contracts.AggregateTypes;
import io.shouwei.contracts.EventTypes;
import io.shouwei.contracts.Role;
import io.shouwei.contracts.hazard.HazardLevel;
import io.shouwei.contracts.hazard.HazardSignedOff;
import io.shouwei.contracts.order.OrderIssued;
import io.shouwei.contracts.order.OrderLifted;
import io.shouwei.contracts.order.OrderType;
import io.shouwei.contracts.order.ResumptionApplied;
import io.shouwei.contracts.order.ResumptionReviewed;
import io.shouwei.contracts.order.ReviewOutcome;
import io.shouwei.contracts.order.StopCause;
import io.shouwei.contracts.order.StopTookEffect;
import com.fasterxml.jackson.databind.JsonNode;
import io.shouwei.embedded.CockpitSession;
import io.shouwei.workflow.HazardServiceStub;
import io.shouwei.workflow.WorkflowServiceTestBase;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Process {@value OrderToStopProcess#KEY} on the running service: driven through Kafka by the
 * order's events and the cited hazards' sign-offs (in any order, duplicates harmless), and the
 * enforcement of an unacknowledged stop against hazard-service going down and coming back.
 */
class OrderToStopIT extends WorkflowServiceTestBase {

  private static final Duration ASYNC = Duration.ofSeconds(40);

  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired TaskService tasks;
  @Autowired OrderToStop orders;

  @Test
  void fromIssueToLift_throughKafka_withASignOffBeforeTheOrder_andDuplicates() {
    String orderId = "ord-" + UUID.randomUUID();
    String early = newHazardId();
    String late = newHazardId();
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    produce(early, toJson(signedOff(early)));
    produce(orderId, toJson(envelope(AggregateTypes.ORDER, orderId, 0, EventTypes.ORDER_ISSUED,
        issued(orderId, List.of(early, late), now.plus(Duration.ofHours(24))))));
    var stop = envelope(AggregateTypes.ORDER, orderId, 1, EventTypes.STOP_TOOK_EFFECT,
        new StopTookEffect(orderId, "mine-1", StopCause.ACKNOWLEDGED, now));
    produce(orderId, toJson(stop));
    produce(orderId, toJson(stop));

    ProcessInstance instance = awaitAt(orderId, Elements.TASK_AWAIT_CITED_HAZARD_SIGNED_OFF);
    var lateSignOff = signedOff(late);
    produce(late, toJson(lateSignOff));
    produce(late, toJson(lateSignOff));
    awaitAt(orderId, Elements.TASK_APPLY_FOR_RESUMPTION);

    produce(orderId, toJson(envelope(AggregateTypes.ORDER, orderId, 2, EventTypes.RESUMPTION_APPLIED,
        new ResumptionApplied(orderId, 1, "doc://r", "doc://a", now))));
    awaitAt(orderId, Elements.TASK_REVIEW_RESUMPTION);
    produce(orderId, toJson(envelope(AggregateTypes.ORDER, orderId, 3, EventTypes.RESUMPTION_REVIEWED,
        new ResumptionReviewed(orderId, ReviewOutcome.PASS, "restored", now))));
    awaitAt(orderId, Elements.TASK_APPROVE_RESUMPTION);
    produce(orderId, toJson(envelope(AggregateTypes.ORDER, orderId, 4, EventTypes.ORDER_LIFTED,
        new OrderLifted(orderId, "mine-1", "resumed", now))));

    awaitAt(orderId, Elements.CALL_MINE_REVISIT);
    Task lookBack = tasks.createTaskQuery().processInstanceBusinessKey(orderId)
        .taskDefinitionKey(RevisitProcess.Elements.TASK_REVISIT).singleResult();
    assertThat(tasks.getIdentityLinksForTask(lookBack.getId()))
        .extracting(IdentityLink::getGroupId).contains("TOWN_AGENCY:330102001");
    tasks.complete(lookBack.getId(), Map.of(RevisitProcess.Variables.OUTCOME, RevisitProcess.Outcomes.PASS));
    await().atMost(ASYNC).until(() ->
        history.createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).finished().count() == 1);
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
            .activityId(Elements.END_MINE_REVISITED).count())
        .isEqualTo(1);
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
            .activityId(Elements.TASK_ENFORCE_STOP).count())
        .isZero();
  }

  @Test
  void unacknowledged_hazardServiceDown_becomesAnIncident_andOnceBackUp_theRetryEnforcesTheStopOnce() {
    HAZARD_SERVICE.down();
    String orderId = "ord-" + UUID.randomUUID();
    orders.issued(issued(orderId, List.of(newHazardId()), Instant.now().plusSeconds(1)));
    ProcessInstance instance =
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(orderId).singleResult();

    await().atMost(ASYNC).until(() -> runtime.createIncidentQuery().processInstanceId(instance.getId()).count() == 1);
    Job failed = management.createJobQuery().processInstanceId(instance.getId()).activityId(Elements.TASK_ENFORCE_STOP)
        .singleResult();
    assertThat(failed.getRetries()).isZero();
    assertThat(failed.getExceptionMessage()).contains("not reachable");
    String path = "/api/orders/" + orderId + "/stop-enforcement";
    assertThat(HAZARD_SERVICE.received(path)).isEmpty();

    CockpitSession cockpit = CockpitSession.login(this::url, ADMIN_PASSWORD);
    JsonNode incidents = body(cockpit.get("incident?processInstanceId=" + instance.getId()));
    assertThat(incidents).hasSize(1);
    assertThat(incidents.get(0).path("incidentType").asText()).isEqualTo("failedJob");
    assertThat(incidents.get(0).path("activityId").asText()).isEqualTo(Elements.TASK_ENFORCE_STOP);
    assertThat(incidents.get(0).path("configuration").asText()).isEqualTo(failed.getId());

    HAZARD_SERVICE.up();
    // Cockpit's "retry" on the incident
    HttpResponse<String> retried = cockpit.put("job/" + failed.getId() + "/retries", "{\"retries\": 1}");
    assertThat(retried.statusCode()).as(retried.body()).isEqualTo(204);

    await().atMost(ASYNC).until(() -> history.createHistoricActivityInstanceQuery()
        .processInstanceId(instance.getId()).activityId(Elements.END_STOP_ENFORCED).finished().count() == 1);
    assertThat(runtime.createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
    List<HazardServiceStub.Received> calls = HAZARD_SERVICE.received(path);
    assertThat(calls).hasSize(1);
    assertThat(calls.get(0).method()).isEqualTo("POST");
    assertThat(calls.get(0).authorization()).startsWith("Bearer ");
    assertThat(calls.get(0).idempotencyKey()).isEqualTo("workflow-enforce-stop-" + orderId);
    assertThat(body(get("/api/notifications?objectId=" + orderId, token(Role.TOWN_AGENCY, null, List.of("330102001")))))
        .extracting(n -> n.get("reason").asText())
        .containsExactly("ACKNOWLEDGEMENT_OVERDUE");
  }

  @Test
  void anOrderToRectifyWithinADeadline_hasNoProcess() {
    String orderId = "ord-" + UUID.randomUUID();
    OrderIssued rectify = new OrderIssued(orderId, "N-2", "mine-1", "ent-A", "330102001",
        OrderType.RECTIFY_WITHIN_DEADLINE, List.of(newHazardId()), Instant.now().plus(Duration.ofDays(10)), "art. 65",
        null, null, Instant.now());

    orders.issued(rectify);

    assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(orderId).count()).isZero();
  }

  private ProcessInstance awaitAt(String orderId, String activityId) {
    return await().atMost(ASYNC).until(
        () -> runtime.createProcessInstanceQuery().processInstanceBusinessKey(orderId).activityIdIn(activityId)
            .singleResult(),
        i -> i != null);
  }

  private static OrderIssued issued(String orderId, List<String> hazards, Instant acknowledgementDeadline) {
    return new OrderIssued(orderId, "N-1", "mine-1", "ent-A", "330102001", OrderType.STOP_PRODUCTION, hazards, null,
        "art. 65", null, acknowledgementDeadline.truncatedTo(ChronoUnit.MILLIS), Instant.now());
  }

  private static io.shouwei.contracts.EventEnvelope<HazardSignedOff> signedOff(String hazardId) {
    return envelope(AggregateTypes.HAZARD, hazardId, 5, EventTypes.HAZARD_SIGNED_OFF,
        new HazardSignedOff(hazardId, HazardLevel.MAJOR, "fine", Instant.now()));
  }
}
