package io.shouwei.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
  private static final String TOWN_TOKEN_REQUEST =
      """
      {"sub":"wang.fang","name":"Wang Fang","roles":["TOWN_AGENCY"],"org":"xigang-office",
       "towns":["370406001"],"enterprise":null}""";
  private static final String AUDITOR_TOKEN_REQUEST =
      """
      {"sub":"chen.jing","name":"Chen Jing","roles":["AUDITOR"],"org":"audit-office",
       "towns":[],"enterprise":null}""";

  /** The 2022 守卫战 the local profile seeds. */
  private static final String SEEDED_CAMPAIGN = "68787785-ed55-323f-8e7d-5dfc3852fb76";
  private static final String ADMIN_TOKEN_REQUEST =
      """
      {"sub":"root","name":"Administrator","roles":["ADMIN"],"org":"shanting-bureau","towns":[]}""";

  private static StackConfig config;
  private static LocalStack stack;
  private static String token;
  private static String mineId;
  private static String firstHazardId;
  private static String majorHazardId;
  private static String majorHazardNumber;
  private static String generalHazardId;
  private static Instant beforeSignOff;

  @BeforeAll
  static void startStack() throws IOException {
    Path root = Path.of(System.getProperty("shouwei.root", "..")).toAbsolutePath().normalize();
    Path data = Files.createTempDirectory("shouwei-e2e-");
    config =
        StackConfig.fromEnvironment(root, name -> null)
            .withDataDir(data)
            .withFreePorts();
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


  @Test
  @Order(7)
  void majorHazard_reportedByTheTownOffice_plannedAndRectifiedByTheEnterprise_signedOffByTheTownOffice()
      throws Exception {
    String town = devToken(TOWN_TOKEN_REQUEST);
    HttpResponse<String> reported =
        call("POST", "/api/hazards", town, reportBody("AGENCY_INSPECTION", mineId, "North slope without online monitoring"), null);
    assertThat(reported.statusCode()).as(reported.body()).isEqualTo(201);
    JsonNode created = JSON.readTree(reported.body());
    majorHazardId = created.path("id").asText();
    majorHazardNumber = created.path("number").asText();
    assertThat(created.path("suggestedLevel").asText()).isEqualTo("MAJOR");
    assertThat(created.path("matchedCriteria").findValuesAsText("code")).containsExactly("OP-07.1");

    JsonNode classified = ok("POST", majorHazardId, "classification", town, """
        {"level":"MAJOR","criteria":["OP-07.1"],"reason":"210 m slope without online monitoring, confirmed on site"}""", "0");
    assertThat(classified.path("level").asText()).isEqualTo("MAJOR");
    JsonNode planned = ok("PUT", majorHazardId, "plan", token, """
        {"measures":["Install an online slope radar","Cut bench 3 back to the designed 12 m"],
         "funds":{"amountCny":850000,"source":"Safety budget"},
         "deadline":"%s",
         "responsibility":{"person":"Zhang San","position":"Mine manager","unit":"North pit"},
         "contingencyPlan":{"summary":"Evacuate benches 2-4 on radar alarm","documentRef":"doc://plans/slope-v3"}}"""
        .formatted(Instant.now().plus(Duration.ofDays(45))), "1");
    assertThat(planned.path("status").asText()).isEqualTo("PLANNED");
    ok("POST", majorHazardId, "rectification-start", token, null, "2");
    ok("POST", majorHazardId, "progress", token, "{\"note\":\"Radar mast up\",\"percent\":60}", "3");
    JsonNode submitted =
        ok("POST", majorHazardId, "completion", token, "{\"evidenceRefs\":[\"photo://radar-online\"]}", "4");
    assertThat(submitted.path("status").asText()).isEqualTo("SUBMITTED");

    HttpResponse<String> byEnterprise =
        call("POST", "/api/hazards/" + majorHazardId + "/verification", token, "{\"outcome\":\"ACCEPT\"}", null);
    assertThat(byEnterprise.statusCode()).as(byEnterprise.body()).isEqualTo(403);
    assertThat(JSON.readTree(byEnterprise.body()).path("rule").asText()).isEqualTo("MAJOR_VERIFICATION_NEEDS_AGENCY");

    beforeSignOff = Instant.now();
    Thread.sleep(5);
    JsonNode signedOff =
        ok("POST", majorHazardId, "verification", town, "{\"outcome\":\"ACCEPT\",\"reason\":\"Verified on site\"}", "5");
    assertThat(signedOff.path("status").asText()).isEqualTo("SIGNED_OFF");
    assertThat(signedOff.path("signedOff").path("userId").asText()).isEqualTo("wang.fang");
  }

  @Test
  @Order(8)
  void generalHazard_isClosedByTheEnterpriseItself() throws Exception {
    String district = devToken(DISTRICT_TOKEN_REQUEST);
    String underground = registerMine(district, """
        {"name":"Shanting East Underground Mine","enterpriseId":"ent-e2e","enterpriseName":"Shanting Mining Co.",
         "townCode":"370406001","type":"UNDERGROUND","facts":{}}""");
    HttpResponse<String> reported =
        call("POST", "/api/hazards", token, reportBody("SELF_INSPECTION", underground, "Handrail loose on the ladderway"), null);
    assertThat(reported.statusCode()).as(reported.body()).isEqualTo(201);
    generalHazardId = JSON.readTree(reported.body()).path("id").asText();
    assertThat(JSON.readTree(reported.body()).path("suggestedLevel").asText()).isEqualTo("GENERAL");

    ok("PUT", generalHazardId, "plan", token, """
        {"measures":["Replace the handrail"],"deadline":"%s",
         "responsibility":{"person":"Zhang San","position":"Safety manager","unit":"Shaft team"}}"""
        .formatted(Instant.now().plus(Duration.ofDays(7))), null);
    ok("POST", generalHazardId, "rectification-start", token, null, null);
    ok("POST", generalHazardId, "completion", token, "{\"evidenceRefs\":[\"photo://new-handrail\"]}", null);
    JsonNode closed = ok("POST", generalHazardId, "verification", token, "{\"outcome\":\"ACCEPT\"}", null);

    assertThat(closed.path("status").asText()).isEqualTo("SIGNED_OFF");
    assertThat(closed.path("signedOff").path("role").asText()).isEqualTo("ENTERPRISE");
  }

  @Test
  @Order(9)
  void auditor_readsEachHistory_aPastState_andAnIntactChain() throws Exception {
    String auditor = devToken(AUDITOR_TOKEN_REQUEST);
    for (String id : List.of(majorHazardId, generalHazardId)) {
      HttpResponse<String> history = send(get("/api/hazards/" + id + "/history", auditor));
      assertThat(history.statusCode()).as(history.body()).isEqualTo(200);
      JsonNode events = JSON.readTree(history.body()).path("events");
      assertThat(events.get(0).path("type").asText()).endsWith(".HazardReportedEvent");
      assertThat(events.get(events.size() - 1).path("type").asText()).endsWith(".HazardSignedOffEvent");
      for (int i = 1; i < events.size(); i++) {
        assertThat(events.get(i).path("prevHash").asText()).isEqualTo(events.get(i - 1).path("hash").asText());
      }
      HttpResponse<String> integrity = send(get("/api/hazards/" + id + "/integrity", auditor));
      assertThat(JSON.readTree(integrity.body()).path("intact").asBoolean()).as(integrity.body()).isTrue();
      assertThat(JSON.readTree(integrity.body()).path("events").asInt()).isEqualTo(events.size());
    }
    JsonNode majorHistory =
        JSON.readTree(send(get("/api/hazards/" + majorHazardId + "/history", auditor)).body()).path("events");
    List<String> types = new ArrayList<>();
    majorHistory.forEach(e -> types.add(e.path("type").asText().substring(e.path("type").asText().lastIndexOf('.') + 1)));
    assertThat(types)
        .containsExactly("HazardReportedEvent", "HazardClassifiedEvent", "RectificationPlannedEvent",
            "RectificationStartedEvent", "RectificationProgressRecordedEvent", "RectificationCompletedEvent",
            "HazardSignedOffEvent");
    assertThat(majorHistory.get(6).path("actor").path("userId").asText()).isEqualTo("wang.fang");

    HttpResponse<String> asReported = send(get("/api/hazards/" + majorHazardId + "?version=0", auditor));
    assertThat(asReported.statusCode()).as(asReported.body()).isEqualTo(200);
    assertThat(JSON.readTree(asReported.body()).path("status").asText()).isEqualTo("REPORTED");
    HttpResponse<String> asSubmitted = send(get("/api/hazards/" + majorHazardId + "?asOf=" + beforeSignOff, auditor));
    assertThat(asSubmitted.statusCode()).as(asSubmitted.body()).isEqualTo(200);
    assertThat(JSON.readTree(asSubmitted.body()).path("status").asText()).isEqualTo("SUBMITTED");
    assertThat(JSON.readTree(asSubmitted.body()).path("asOf").asText()).isEqualTo(beforeSignOff.toString());
  }


  @Test
  @Order(10)
  void agencies_findTheHazardsInSearch_ledger_summaryAndWorkReport_andARebuildChangesNoNumber() throws Exception {
    String district = devToken(DISTRICT_TOKEN_REQUEST);
    String town = devToken(TOWN_TOKEN_REQUEST);
    long start = System.nanoTime();
    JsonNode found =
        await("/api/reports/hazards?town=370406001&campaign=" + SEEDED_CAMPAIGN + "&status=SIGNED_OFF", town,
            r -> r.statusCode() == 200 && r.body().contains(majorHazardId) && r.body().contains(generalHazardId),
            Duration.ofSeconds(30));
    System.out.printf("both sign-offs searchable %d ms after the last request of the scenario%n",
        Duration.ofNanos(System.nanoTime() - start).toMillis());
    assertThat(found.path("total").asInt()).isEqualTo(2);

    JsonNode ledger = JSON.readTree(send(get("/api/reports/towns/370406001/ledger", town)).body());
    assertThat(ledger.toString()).contains(mineId);

    JsonNode summary = summary(district);
    assertThat(summary.path("totals").path("total").asLong()).isEqualTo(2);
    assertThat(summary.path("totals").path("signedOff").asLong()).isEqualTo(2);
    assertThat(summary.path("totals").path("major").asLong()).isEqualTo(1);
    assertThat(summary.path("totals").path("majorSignedOff").asLong()).isEqualTo(1);
    assertThat(summary.path("totals").path("closureRate").decimalValue()).isEqualByComparingTo("1");
    assertThat(summary.path("funds").path("totalCny").decimalValue()).isEqualByComparingTo("850000");

    HttpResponse<byte[]> xlsx = download("xlsx", district);
    assertThat(xlsx.statusCode()).isEqualTo(200);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      Sheet major = workbook.getSheet("重大隐患");
      assertThat(major.getLastRowNum()).as("a heading, the column names and one major hazard").isEqualTo(2);
      assertThat(major.getRow(2).getCell(0).getStringCellValue()).isEqualTo(majorHazardNumber);
    }
    HttpResponse<byte[]> pdf = download("pdf", district);
    assertThat(pdf.statusCode()).isEqualTo(200);
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("重大隐患");
      assertThat(text.replaceAll("\\s", "")).as("a narrow cell wraps the number").contains(majorHazardNumber);
    }

    String admin = devToken(ADMIN_TOKEN_REQUEST);
    HttpResponse<String> rebuild = call("POST", "/api/reports/admin/rebuild", admin, null, null);
    assertThat(rebuild.statusCode()).as(rebuild.body()).isEqualTo(202);
    JsonNode progress = await("/api/reports/admin/rebuild", admin,
        r -> r.statusCode() == 200 && (r.body().contains("\"DONE\"") || r.body().contains("\"FAILED\"")),
        Duration.ofSeconds(120));
    assertThat(progress.path("state").asText()).as(progress.toString()).isEqualTo("DONE");
    System.out.printf("rebuild of %d events at %.1f events/s%n",
        progress.path("eventsDone").asLong(), progress.path("eventsPerSecond").asDouble());
    JsonNode rebuilt = summary(district);
    assertThat(withoutAsOf(rebuilt)).isEqualTo(withoutAsOf(summary));
  }

  private static JsonNode summary(String bearer) throws Exception {
    HttpResponse<String> response = send(get("/api/reports/campaigns/" + SEEDED_CAMPAIGN + "/summary", bearer));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static JsonNode withoutAsOf(JsonNode summary) {
    JsonNode copy = summary.deepCopy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) copy).remove("asOf");
    return copy;
  }

  private static HttpResponse<byte[]> download(String format, String bearer) throws Exception {
    return HTTP.send(
        get("/api/reports/campaigns/" + SEEDED_CAMPAIGN + "/work-report?format=" + format, bearer),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  /** A command on a hazard through the gateway, with {@code If-Match} when a version is given; answers the 200 body. */
  private static JsonNode ok(String method, String hazardId, String command, String bearer, String body, String version)
      throws Exception {
    HttpResponse<String> response = call(method, "/api/hazards/" + hazardId + "/" + command, bearer, body, version);
    assertThat(response.statusCode()).as(method + " " + command + ": " + response.body()).isEqualTo(200);
    if (version != null) {
      assertThat(response.headers().firstValue("ETag")).contains("\"" + (Long.parseLong(version) + 1) + "\"");
    }
    return JSON.readTree(response.body());
  }

  @Test
  @Order(11)
  void everyServicesApiDocument_isServedThroughTheGateway_forItsOneSwaggerUi() throws Exception {
    JsonNode swagger = JSON.readTree(send(get("/v3/api-docs/gateway/swagger-config", null)).body());
    List<String> documents = new ArrayList<>();
    swagger.path("urls").forEach(u -> documents.add(u.path("url").asText()));
    assertThat(documents).containsExactlyInAnyOrder("/v3/api-docs/hazard", "/v3/api-docs/workflow", "/v3/api-docs/reporting");

    for (String document : documents) {
      HttpResponse<String> response = send(get(document, null));
      assertThat(response.statusCode()).as(document).isEqualTo(200);
      JsonNode openApi = JSON.readTree(response.body());
      assertThat(openApi.path("openapi").asText()).as(document).startsWith("3.");
      List<String> paths = new ArrayList<>();
      openApi.path("paths").fieldNames().forEachRemaining(paths::add);
      assertThat(paths).as(document).anySatisfy(path -> assertThat(path).startsWith("/api/"));
      assertThat(openApi.path("servers").path(0).path("url").asText()).as(document)
          .isEqualTo(config.gatewayUrl());
    }
  }

  private static HttpResponse<String> call(String method, String path, String bearer, String body, String version)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(config.gatewayUrl() + path))
            .header("Authorization", "Bearer " + bearer)
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (version != null) {
      request.header("If-Match", "\"" + version + "\"");
    }
    return send(request.build());
  }

  private static String registerOpenPit(String districtToken) throws Exception {
    return registerMine(districtToken, """
        {"name":"Shanting North Open Pit","enterpriseId":"ent-e2e","enterpriseName":"Shanting Mining Co.",
         "townCode":"370406001","type":"OPEN_PIT",
         "facts":{"slopeHeightMetres":210,"onlineSlopeMonitoring":false,"slopeStabilityAnalysisDone":true}}""");
  }

  private static String registerMine(String districtToken, String body) throws Exception {
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
         "description":"found on inspection","location":"north pit, level 3",
         "discoveredAt":"%s"}"""
        .formatted(mineId, title, Instant.now().minus(Duration.ofHours(2)));
  }

  /** A report in the seeded campaign. */
  private static String reportBody(String source, String mine, String title) {
    return """
        {"mineId":"%s","campaignId":"%s","source":"%s","category":"OPEN_PIT_SLOPE","title":"%s",
         "description":"found on inspection","location":"north pit, level 3",
         "discoveredAt":"%s"}"""
        .formatted(mine, SEEDED_CAMPAIGN, source, title, Instant.now().minus(Duration.ofHours(2)));
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
    return await(path, token, done, timeout);
  }

  private static JsonNode await(String path, String bearer, Predicate<HttpResponse<String>> done, Duration timeout)
      throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    HttpResponse<String> last = null;
    while (System.nanoTime() < deadline) {
      last = send(get(path, bearer));
      if (done.test(last)) {
        return JSON.readTree(last.body());
      }
      Thread.sleep(100);
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
