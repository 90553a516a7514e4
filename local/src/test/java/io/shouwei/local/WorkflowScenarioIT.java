package io.shouwei.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shouwei.embedded.Ports;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The escalation chain end to end, through the gateway of a whole local stack: hazard-service
 * records the facts, workflow-service decides who acts next and by when. The stack has no clock
 * control, so workflow-service runs with short periods instead ({@code SHOUWEI_WORKFLOW_*}): a day
 * overdue lasts five seconds and the escalation policy is applied every second (so the town office
 * is told within the first "day" however late the job executor picks up a firing). A major hazard
 * misses its deadline, is escalated to the town office and the district bureau, and the town office
 * gets the task to decide on an order to stop production; it issues one, the enterprise
 * acknowledges, rectifies, the town office signs the hazard off, reviews the application to resume,
 * the district bureau approves, and the mine is operating again. Each task is checked in the task
 * list of its organisation.
 */
class WorkflowScenarioIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final Duration ASYNC = Duration.ofSeconds(90);
  private static final String TOWN_CODE = "370406002";
  private static final String ENTERPRISE_ID = "ent-wf-e2e";

  private static StackConfig config;
  private static LocalStack stack;

  @BeforeAll
  static void startStack() throws IOException {
    Path root = Path.of(System.getProperty("shouwei.root", "..")).toAbsolutePath().normalize();
    Path data = Files.createTempDirectory("shouwei-workflow-e2e-");
    config =
        StackConfig.fromEnvironment(root, name -> null)
            .withDataDir(data)
            .withPorts(
                Map.of("gateway", Ports.free(), "hazard", Ports.free(), "workflow", Ports.free(),
                    "reporting", Ports.free(), "kafka", Ports.free(), "kafkaController", Ports.free(),
                    "mongo", Ports.free()))
            .withWorkflowSettings(Map.of(
                "SHOUWEI_WORKFLOW_HAZARDRECTIFICATION_OVERDUEDAY", "PT5S",
                "SHOUWEI_WORKFLOW_HAZARDRECTIFICATION_OVERDUEESCALATIONEVERY", "PT1S"));
    stack = new LocalStack(config).start();
    System.out.printf("local stack started in %d ms%n", stack.startupTime().toMillis());
  }

  @AfterAll
  static void stopStack() {
    if (stack != null) {
      stack.close();
    }
  }

  @Test
  void overdueMajorHazard_escalates_toAnOrderToStop_andTheMineResumesAfterSignOffAndApproval() throws Exception {
    String district = devToken("wf.district", "DISTRICT_AGENCY", "[]", null);
    String town = devToken("wf.town", "TOWN_AGENCY", "[\"" + TOWN_CODE + "\"]", null);
    String enterprise = devToken("wf.enterprise", "ENTERPRISE", "[]", ENTERPRISE_ID);
    String otherTown = devToken("wf.elsewhere", "TOWN_AGENCY", "[\"370406009\"]", null);

    String mineId = created(call("POST", "/api/mines", district, """
        {"name":"Xigang South Open Pit","enterpriseId":"%s","enterpriseName":"Xigang Mining Co.",
         "townCode":"%s","type":"OPEN_PIT",
         "facts":{"slopeHeightMetres":220,"onlineSlopeMonitoring":false,"slopeStabilityAnalysisDone":true}}"""
        .formatted(ENTERPRISE_ID, TOWN_CODE)));
    String hazardId = created(call("POST", "/api/hazards", town, """
        {"mineId":"%s","source":"AGENCY_INSPECTION","category":"OPEN_PIT_SLOPE","title":"South slope unmonitored",
         "description":"found on inspection","location":"south pit","discoveredAt":"%s"}"""
        .formatted(mineId, Instant.now().minus(Duration.ofHours(1)))));
    ok(call("POST", "/api/hazards/" + hazardId + "/classification", town,
        "{\"level\":\"MAJOR\",\"criteria\":[\"OP-07.1\"],\"reason\":\"220 m slope without online monitoring\"}"));
    awaitTask(enterprise, hazardId, "Task_SubmitRectificationPlan");
    ok(call("PUT", "/api/hazards/" + hazardId + "/plan", enterprise, """
        {"measures":["Install an online slope radar"],"funds":{"amountCny":400000,"source":"Safety budget"},
         "deadline":"%s",
         "responsibility":{"person":"Zhao Liu","position":"Mine manager","unit":"South pit"},
         "contingencyPlan":{"summary":"Evacuate the south benches on alarm","documentRef":"doc://plans/south"}}"""
        .formatted(Instant.now().plus(Duration.ofSeconds(6)))));
    ok(call("POST", "/api/hazards/" + hazardId + "/rectification-start", enterprise, null));

    JsonNode decide = awaitTask(town, hazardId, "Task_DecideOrderToStop");
    assertThat(notifications(town, hazardId)).contains("DEADLINE_OVERDUE");
    assertThat(notifications(district, hazardId)).contains("DEADLINE_OVERDUE");
    assertThat(tasks(otherTown, hazardId)).isEmpty();
    assertThat(body(call("GET", "/api/processes?supervised=true", town, null)).findValuesAsText("businessKey"))
        .contains(hazardId);
    assertThat(body(call("GET", "/api/processes?supervised=true", otherTown, null)).findValuesAsText("businessKey"))
        .doesNotContain(hazardId);

    String orderId = created(call("POST", "/api/orders", town, """
        {"mineId":"%s","type":"STOP_PRODUCTION","citedHazardIds":["%s"],"deadline":"%s",
         "legalBasis":"Work Safety Law art. 65"}""".formatted(mineId, hazardId, Instant.now().plus(Duration.ofDays(30)))));
    HttpResponse<String> decided = call("POST", "/api/tasks/" + decide.path("id").asText() + "/complete", town,
        "{\"decision\":\"ORDER_ISSUED\",\"orderId\":\"%s\"}".formatted(orderId));
    assertThat(decided.statusCode()).as(decided.body()).isEqualTo(204);

    awaitTask(enterprise, orderId, "Task_AcknowledgeOrder");
    ok(call("POST", "/api/orders/" + orderId + "/acknowledgement", enterprise, null));
    await(() -> body(call("GET", "/api/mines/" + mineId, district, null)),
        mine -> mine.path("productionStatus").asText().equals("STOPPED_BY_ORDER"));

    ok(call("POST", "/api/hazards/" + hazardId + "/completion", enterprise, "{\"evidenceRefs\":[\"photo://radar\"]}"));
    JsonNode verify = awaitTask(town, hazardId, "Task_VerifyMajorHazard");
    HttpResponse<String> notThroughTasks =
        call("POST", "/api/tasks/" + verify.path("id").asText() + "/complete", town, "{}");
    assertThat(notThroughTasks.statusCode()).isEqualTo(409);
    assertThat(JSON.readTree(notThroughTasks.body()).path("endpoint").asText()).isEqualTo("POST /api/hazards/" + hazardId + "/verification");
    ok(call("POST", "/api/hazards/" + hazardId + "/verification", town, "{\"outcome\":\"ACCEPT\",\"reason\":\"Radar online\"}"));

    awaitTask(enterprise, orderId, "Task_ApplyForResumption");
    ok(call("POST", "/api/orders/" + orderId + "/resumption-application", enterprise,
        "{\"rectificationReportRef\":\"doc://rectification\",\"assessmentReportRef\":\"doc://assessment\"}"));
    awaitTask(town, orderId, "Task_ReviewResumption");
    assertThat(tasks(otherTown, orderId)).isEmpty();
    ok(call("POST", "/api/orders/" + orderId + "/resumption-review", town, "{\"outcome\":\"PASS\",\"findings\":\"fine\"}"));
    awaitTask(district, orderId, "Task_ApproveResumption");
    assertThat(tasks(town, orderId)).isEmpty();
    ok(call("POST", "/api/orders/" + orderId + "/resumption-decision", district, "{\"decision\":\"APPROVE\"}"));

    await(() -> body(call("GET", "/api/mines/" + mineId, district, null)),
        mine -> mine.path("productionStatus").asText().equals("OPERATING"));
    JsonNode orderProcess = await(() -> body(call("GET", "/api/processes?orderId=" + orderId, town, null)),
        list -> list.size() == 1 && list.get(0).path("state").asText().equals("COMPLETED"));
    assertThat(orderProcess.get(0).path("history").findValuesAsText("activityId"))
        .contains("Task_AcknowledgeOrder", "Task_ApplyForResumption", "Task_ReviewResumption", "Task_ApproveResumption",
            "EndEvent_OrderLifted");
  }

  private static JsonNode awaitTask(String bearer, String businessKey, String taskDefinitionKey) throws Exception {
    JsonNode list = await(() -> tasks(bearer, businessKey),
        tasks -> tasks.findValuesAsText("taskDefinitionKey").contains(taskDefinitionKey));
    for (JsonNode task : list) {
      if (task.path("taskDefinitionKey").asText().equals(taskDefinitionKey)) {
        return task;
      }
    }
    throw new AssertionError(taskDefinitionKey);
  }

  /** The caller's open tasks about this object. */
  private static JsonNode tasks(String bearer, String businessKey) throws Exception {
    JsonNode all = body(call("GET", "/api/tasks", bearer, null));
    var mine = JSON.createArrayNode();
    all.forEach(t -> {
      if (t.path("businessKey").asText().equals(businessKey)) {
        mine.add(t);
      }
    });
    return mine;
  }

  private static java.util.List<String> notifications(String bearer, String objectId) throws Exception {
    return body(call("GET", "/api/notifications?objectId=" + objectId, bearer, null)).findValuesAsText("reason");
  }

  @FunctionalInterface
  private interface Read {
    JsonNode get() throws Exception;
  }

  private static JsonNode await(Read read, Predicate<JsonNode> done) throws Exception {
    long deadline = System.nanoTime() + ASYNC.toNanos();
    JsonNode last = null;
    while (System.nanoTime() < deadline) {
      last = read.get();
      if (done.test(last)) {
        return last;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("not done within " + ASYNC + "; last answer: " + last);
  }

  private static String created(HttpResponse<String> response) throws IOException {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return JSON.readTree(response.body()).path("id").asText();
  }

  private static void ok(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.request().uri() + ": " + response.body()).isEqualTo(200);
  }

  private static JsonNode body(HttpResponse<String> response) throws IOException {
    assertThat(response.statusCode()).as(response.request().uri() + ": " + response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static String devToken(String user, String role, String towns, String enterprise) throws Exception {
    String request = """
        {"sub":"%s","name":"%s","roles":["%s"],"org":"%s","towns":%s,"enterprise":%s}"""
        .formatted(user, user, role, user, towns, enterprise == null ? "null" : "\"" + enterprise + "\"");
    HttpResponse<String> response = HTTP.send(
        HttpRequest.newBuilder(URI.create(config.gatewayUrl() + "/auth/dev-token"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(request))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body()).path("access_token").asText();
  }

  private static HttpResponse<String> call(String method, String path, String bearer, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(config.gatewayUrl() + path))
        .header("Authorization", "Bearer " + bearer)
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
