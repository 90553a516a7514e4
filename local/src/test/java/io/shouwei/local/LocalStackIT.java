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
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The whole stack as separate processes, started by the same launcher as {@code ./shouwei}, driven
 * only through the gateway, as a client system would.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalStackIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final String ENTERPRISE_TOKEN_REQUEST =
      """
      {"sub":"zhang.san","name":"Zhang San","roles":["ENTERPRISE"],"org":"ent-e2e",
       "towns":[],"enterprise":"ent-e2e"}""";

  private static final String DISTRICT_TOKEN_REQUEST =
      """
      {"sub":"li.wei","name":"Li Wei","roles":["DISTRICT_AGENCY"],"org":"shanting-bureau",
       "towns":[],"enterprise":null}""";
  private static final String AUDITOR_TOKEN_REQUEST =
      """
      {"sub":"chen.jing","name":"Chen Jing","roles":["AUDITOR"],"org":"audit-office",
       "towns":[],"enterprise":null}""";

  private static StackConfig config;
  private static LocalStack stack;
  private static String token;
  private static String mineId;
  private static String firstHazardId;

  @BeforeAll
  static void startStack() throws IOException {
    Path root = Path.of(System.getProperty("shouwei.root", "..")).toAbsolutePath().normalize();
    Path data = Files.createTempDirectory("shouwei-e2e-");
    config =
        StackConfig.fromEnvironment(root, name -> null)
            .withDataDir(data)
            .withPorts(
                Map.of("gateway", Ports.free(), "hazard", Ports.free(), "workflow", Ports.free(),
                    "reporting", Ports.free(), "kafka", Ports.free(), "kafkaController", Ports.free(),
                    "mongo", Ports.free()));
    stack = new LocalStack(config).start();
    System.out.printf("local stack started in %d ms; resident memory (MiB): %s%n",
        stack.startupTime().toMillis(), stack.residentMemoryMiB());
  }

  @AfterAll
  static void stopStack() {
    if (stack != null) {
      stack.close();
    }
  }

  @Test
  @Order(1)
  void requestWithoutToken_isRefusedWithProblemJson() throws Exception {
    HttpResponse<String> response = send(get("/api/hazards/anything", null));
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        v -> assertThat(v).startsWith("application/problem+json"));
    assertThat(JSON.readTree(response.body()).path("status").asInt()).isEqualTo(401);
  }

  @Test
  @Order(2)
  void reportedHazard_reachesReportingAndStartsItsProcess() throws Exception {
    mineId = registerOpenPit(devToken(DISTRICT_TOKEN_REQUEST));
    token = devToken(ENTERPRISE_TOKEN_REQUEST);
    JsonNode reported = report("Bench height exceeds design on level 3");
    firstHazardId = reported.path("id").asText();
    assertThat(reported.path("number").asText()).matches("YH-370406001-\\d{4}-\\d{4}");
    assertThat(reported.path("suggestedLevel").asText()).isEqualTo("MAJOR");
    assertThat(reported.path("matchedCriteria").findValuesAsText("code")).contains("OP-07.1");

    HttpResponse<String> read = send(get("/api/hazards/" + firstHazardId, token));
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(read.body()).path("status").asText()).isEqualTo("REPORTED");

    JsonNode row = await("/api/reports/hazards/" + firstHazardId, r -> r.statusCode() == 200, Duration.ofSeconds(60));
    assertThat(row.path("title").asText()).isEqualTo("Bench height exceeds design on level 3");

    JsonNode processes =
        await("/api/processes?hazardId=" + firstHazardId,
            r -> r.statusCode() == 200 && r.body().contains(firstHazardId), Duration.ofSeconds(60));
    assertThat(processes).hasSize(1);
    assertThat(processes.get(0).path("businessKey").asText()).isEqualTo(firstHazardId);
    assertThat(processes.get(0).path("processDefinitionKey").asText()).isEqualTo("hazard-rectification");
  }

  @Test
  @Order(3)
  void cockpit_isServedThroughTheGateway() throws Exception {
    HttpResponse<String> entry = send(get("/camunda/app/cockpit/", null));
    assertThat(entry.statusCode()).isIn(200, 302);
    if (entry.statusCode() == 302) {
      assertThat(entry.headers().firstValue("Location")).hasValueSatisfying(
          location -> assertThat(location).startsWith("/camunda/app/cockpit/"));
    }
    HttpResponse<String> page = send(get("/camunda/app/cockpit/default/", null));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Camunda Cockpit");
  }

  @Test
  @Order(4)
  void withTheBrokerDown_hazardIsStoredAndReachesReportingOnceTheBrokerIsBack() throws Exception {
    stack.kafka().stop();
    String id = report("Drainage ditch blocked below the waste dump").path("id").asText();
    assertThat(send(get("/api/hazards/" + id, token)).statusCode()).isEqualTo(200);
    assertThat(send(get("/api/reports/hazards/" + id, token)).statusCode()).isEqualTo(404);

    stack.kafka().start();
    JsonNode row = await("/api/reports/hazards/" + id, r -> r.statusCode() == 200, Duration.ofSeconds(150));
    assertThat(row.path("title").asText()).isEqualTo("Drainage ditch blocked below the waste dump");
  }

  @Test
  @Order(5)
  void restartedStack_keepsItsDataAndItsSigningKey() throws Exception {
    stack.close();
    stack = new LocalStack(config).start();
    System.out.printf("local stack restarted in %d ms%n", stack.startupTime().toMillis());

    HttpResponse<String> read = send(get("/api/hazards/" + firstHazardId, token));
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(send(get("/api/reports/hazards/" + firstHazardId, token)).statusCode()).isEqualTo(200);
  }

  @Test
  @Order(6)
  void auditor_readsTheHistoryAndFindsItIntact() throws Exception {
    String auditor = devToken(AUDITOR_TOKEN_REQUEST);
    HttpResponse<String> history = send(get("/api/hazards/" + firstHazardId + "/history", auditor));
    assertThat(history.statusCode()).as(history.body()).isEqualTo(200);
    assertThat(history.body()).contains("HazardReported").contains("zhang.san");
    HttpResponse<String> integrity = send(get("/api/hazards/" + firstHazardId + "/integrity", auditor));
    assertThat(integrity.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(integrity.body()).path("intact").asBoolean()).isTrue();
    HttpResponse<String> write =
        send(HttpRequest.newBuilder(URI.create(config.gatewayUrl() + "/api/hazards"))
            .header("Authorization", "Bearer " + auditor)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(reportBody("An auditor may not report")))
            .build());
    assertThat(write.statusCode()).as(write.body()).isEqualTo(403);
  }

  private static String registerOpenPit(String districtToken) throws Exception {
    String body =
        """
        {"name":"Shanting North Open Pit","enterpriseId":"ent-e2e","enterpriseName":"Shanting Mining Co.",
         "townCode":"370406001","type":"OPEN_PIT",
         "facts":{"slopeHeightMetres":210,"onlineSlopeMonitoring":false,"slopeStabilityAnalysisDone":true}}""";
    HttpResponse<String> response =
        send(HttpRequest.newBuilder(URI.create(config.gatewayUrl() + "/api/mines"))
            .header("Authorization", "Bearer " + districtToken)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return JSON.readTree(response.body()).path("id").asText();
  }

  private static String reportBody(String title) {
    return """
        {"mineId":"%s","source":"SELF_INSPECTION","category":"OPEN_PIT_SLOPE","title":"%s",
         "description":"found on the monthly self-inspection","location":"north pit, level 3",
         "discoveredAt":"2026-11-20T08:00:00Z"}"""
        .formatted(mineId, title);
  }

  private static JsonNode report(String title) throws Exception {
    String body = reportBody(title);
    HttpResponse<String> response =
        send(HttpRequest.newBuilder(URI.create(config.gatewayUrl() + "/api/hazards"))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .header("X-Correlation-Id", "e2e-" + System.nanoTime())
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return JSON.readTree(response.body());
  }

  private static String devToken(String request) throws Exception {
    HttpResponse<String> response =
        send(HttpRequest.newBuilder(URI.create(config.gatewayUrl() + "/auth/dev-token"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(request))
            .build());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body()).path("access_token").asText();
  }

  private static JsonNode await(String path, Predicate<HttpResponse<String>> done, Duration timeout)
      throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    HttpResponse<String> last = null;
    while (System.nanoTime() < deadline) {
      last = send(get(path, token));
      if (done.test(last)) {
        return JSON.readTree(last.body());
      }
      Thread.sleep(500);
    }
    throw new AssertionError("not done within " + timeout + ": GET " + path + " → "
        + (last == null ? "no answer" : last.statusCode() + " " + last.body()));
  }

  private static HttpRequest get(String path, String bearer) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(config.gatewayUrl() + path)).GET();
    if (bearer != null) {
      b.header("Authorization", "Bearer " + bearer);
    }
    return b.build();
  }

  private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
