package io.shouwei.workflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.shouwei.bpmn.HazardRectificationProcess;
import io.shouwei.bpmn.OrderToStopProcess;
import io.shouwei.contracts.Role;
import io.shouwei.contracts.hazard.HazardLevel;
import io.shouwei.contracts.hazard.RectificationCompleted;
import io.shouwei.contracts.hazard.RectificationPlanned;
import io.shouwei.contracts.order.OrderIssued;
import io.shouwei.contracts.order.OrderType;
import io.shouwei.workflow.WorkflowServiceTestBase;
import io.shouwei.workflow.process.hazardrectification.HazardRectification;
import io.shouwei.workflow.process.hazardrectification.StartHazardRectification;
import io.shouwei.workflow.process.ordertostop.OrderToStop;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** GET /api/tasks: every task in the task list of the organisation it is offered to, and nowhere else. */
class TaskApiIT extends WorkflowServiceTestBase {

  private static final String TOWN = "330102001";

  @Autowired HazardRectification hazards;
  @Autowired OrderToStop orders;

  @Test
  void withoutToken_is401() {
    assertThat(get("/api/tasks", null).statusCode()).isEqualTo(401);
  }

  @Test
  void aPageAboveTheCap_is400Problem() {
    String bearer = token(Role.DISTRICT_AGENCY, null, List.of());

    assertThat(get("/api/tasks?size=500", bearer).statusCode()).isEqualTo(200);
    assertInvalid(get("/api/tasks?size=501", bearer), "size");
    assertInvalid(get("/api/tasks?size=0", bearer), "size");
    assertInvalid(get("/api/tasks?page=-1", bearer), "page");
  }

  @Test
  void eachTask_isListedForItsOrganisation_only() {
    String enterprise = "ent-" + UUID.randomUUID();
    String hazardId = newHazardId();
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    hazards.start(new StartHazardRectification(hazardId, "mine-1", enterprise, TOWN, HazardLevel.MAJOR, now));
    String orderId = "ord-" + UUID.randomUUID();
    orders.issued(new OrderIssued(orderId, "N-1", "mine-1", enterprise, TOWN, OrderType.STOP_PRODUCTION,
        List.of(hazardId), null, "art. 65", null, now.plus(Duration.ofHours(24)), now));

    List<JsonNode> ownEnterprise = tasks(token(Role.ENTERPRISE, enterprise, List.of()), hazardId, orderId);
    assertThat(ownEnterprise).extracting(t -> t.get("taskDefinitionKey").asText())
        .containsExactlyInAnyOrder(HazardRectificationProcess.Elements.TASK_SUBMIT_RECTIFICATION_PLAN,
            OrderToStopProcess.Elements.TASK_ACKNOWLEDGE_ORDER);
    JsonNode plan = ownEnterprise.stream()
        .filter(t -> t.get("businessKey").asText().equals(hazardId)).findFirst().orElseThrow();
    assertThat(plan.get("processDefinitionKey").asText()).isEqualTo(HazardRectificationProcess.KEY);
    assertThat(plan.get("candidateGroup").asText()).isEqualTo("ENTERPRISE:" + enterprise);
    assertThat(Instant.parse(plan.get("dueAt").asText())).isEqualTo(now.plus(Duration.ofDays(3)));
    assertThat(tasks(token(Role.ENTERPRISE, "ent-other", List.of()), hazardId, orderId)).isEmpty();
    assertThat(tasks(token(Role.TOWN_AGENCY, null, List.of(TOWN)), hazardId, orderId)).isEmpty();

    hazards.planned(UUID.randomUUID(),
        new RectificationPlanned(hazardId, List.of("fence"), null, now.plus(Duration.ofDays(20)), null, null, now));
    hazards.completed(UUID.randomUUID(), new RectificationCompleted(hazardId, List.of(), "done", now));

    assertThat(tasks(token(Role.TOWN_AGENCY, null, List.of("330102009", TOWN)), hazardId, orderId))
        .extracting(t -> t.get("taskDefinitionKey").asText())
        .containsExactly(HazardRectificationProcess.Elements.TASK_VERIFY_MAJOR_HAZARD);
    assertThat(tasks(token(Role.TOWN_AGENCY, null, List.of("330102009")), hazardId, orderId)).isEmpty();
    assertThat(tasks(token(Role.ENTERPRISE, enterprise, List.of()), hazardId, orderId))
        .extracting(t -> t.get("taskDefinitionKey").asText())
        .containsExactly(OrderToStopProcess.Elements.TASK_ACKNOWLEDGE_ORDER);
    for (Role role : List.of(Role.DISTRICT_AGENCY, Role.ADMIN, Role.AUDITOR, Role.SERVICE)) {
      assertThat(tasks(token(role, null, List.of()), hazardId, orderId)).as(role.name()).isEmpty();
    }
  }

  /** The caller's tasks about these objects (other tests leave tasks of their own). */
  private List<JsonNode> tasks(String bearer, String... businessKeys) {
    HttpResponse<String> response = get("/api/tasks", bearer);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    List<String> keys = List.of(businessKeys);
    return StreamSupport.stream(body(response).spliterator(), false)
        .filter(t -> keys.contains(t.get("businessKey").asText()))
        .toList();
  }
}
