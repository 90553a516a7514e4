package io.shouwei.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The escalation chain end to end, through the gateway of a whole local stack: hazard-service
 * records the facts, workflow-service decides who acts next and by when. The services run with
 * their configured periods (a day overdue is 24 hours); time moves through the local stack's clock
 * control ({@code /api/test/clock/hazard}, {@code /workflow} and {@code /reporting}, moved alike),
 * so deadlines pass in seconds. A major hazard misses its deadline, is escalated to the town office
 * and the district bureau, and the town office gets the task to decide on an order to stop
 * production; it issues one, the enterprise acknowledges, rectifies, the town office signs the
 * hazard off, reviews the application to resume, the district bureau approves, the mine is
 * operating again, and the town office looks back at it. Each task is checked in the task list of
 * its organisation.
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
            .withFreePorts();
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
    String admin = devToken("wf.admin", "ADMIN", "[]", null);
    assertThat(call("POST", "/api/test/clock/workflow", town, "{\"advance\":\"P1D\"}").statusCode())
        .as("the clock control is an administrator's").isEqualTo(403);

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
        .formatted(Instant.now().plus(Duration.ofDays(1)))));
    ok(call("POST", "/api/hazards/" + hazardId + "/rectification-start", enterprise, null));
    // the overdue timer starts with the rectification task, once the start has come through Kafka:
    // moving the clocks before that would put its first firing a cycle later
    awaitTask(enterprise, hazardId, "Task_Rectify");

    // the escalation policy: the town office on the deadline's day, the district bureau from day 1,
    // the decision on an order to stop from day 5
    advanceClocks(admin, "PT25H");
    await(() -> JSON.valueToTree(notifications(town, hazardId)), reasons -> reasons.toString().contains("DEADLINE_OVERDUE"));
    assertThat(tasks(town, hazardId).findValuesAsText("taskDefinitionKey")).doesNotContain("Task_DecideOrderToStop");
    advanceClocks(admin, "P1D");
    await(() -> JSON.valueToTree(notifications(district, hazardId)),
        reasons -> reasons.toString().contains("DEADLINE_OVERDUE"));
    assertThat(tasks(town, hazardId).findValuesAsText("taskDefinitionKey")).doesNotContain("Task_DecideOrderToStop");
    advanceClocks(admin, "P4D");
    JsonNode decide = awaitTask(town, hazardId, "Task_DecideOrderToStop");
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
    JsonNode lookBack = awaitTask(town, orderId, "Task_Revisit");
    assertThat(tasks(otherTown, orderId)).isEmpty();
    HttpResponse<String> lookedBack = call("POST", "/api/tasks/" + lookBack.path("id").asText() + "/complete", town,
        "{\"outcome\":\"PASS\",\"findings\":\"Operating as approved\"}");
    assertThat(lookedBack.statusCode()).as(lookedBack.body()).isEqualTo(204);
    JsonNode orderProcess = await(() -> body(call("GET", "/api/processes?orderId=" + orderId, town, null)),
        list -> list.size() == 1 && list.get(0).path("state").asText().equals("COMPLETED"));
    assertThat(orderProcess.get(0).path("history").findValuesAsText("activityId"))
        .contains("Task_AcknowledgeOrder", "Task_ApplyForResumption", "Task_ReviewResumption", "Task_ApproveResumption",
            "CallActivity_MineRevisit", "EndEvent_MineRevisited");
  }

  /** Moves the services' clocks forward alike. */
  private static void advanceClocks(String admin, String duration) throws Exception {
    for (String service : java.util.List.of("hazard", "workflow", "reporting")) {
      JsonNode clock = body(call("POST", "/api/test/clock/" + service, admin, "{\"advance\":\"" + duration + "\"}"));
      assertThat(clock.path("offset").asText()).as(service).isNotEmpty();
    }
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
