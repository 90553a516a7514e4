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
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Who reaches what, on the whole local stack, through the gateway only: two enterprises in two
 * towns, a town office for each, the district bureau, a superior company over the first
 * enterprise, an auditor, an administrator and the public, against every endpoint family, on an
 * object of the first enterprise ("A") and one of the second ("B"). One table ({@link #MATRIX})
 * holds every expected answer. Then the rate limits of the local profile (kept in the gateway's
 * memory): the public tip endpoint per address, a client system's burst.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuthorizationMatrixIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final String TOWN_A = "370406001";
  private static final String TOWN_B = "370406002";
  private static final int PUBLIC_IP_CAPACITY = 6;
  private static final int CLIENT_CAPACITY = 150;

  /** The callers, in the order of the table's columns; "public" has no token. */
  private static final List<String> CALLERS =
      List.of("district", "townA", "townB", "entA", "entB", "superiorA", "auditor", "admin", "public");

  /**
   * Method and path ({A}/{B}: the object of that family belonging to enterprise A or B), then one
   * answer per caller: a status, or for a list "+" (200, the object is in it) and "-" (200, it is
   * not: a list of orders shows the orders of its mine, a town's ledger mine A, any other list
   * hazard A or tip A). A foreign object answers 404 like a missing one; a role that may never do
   * the thing 403 (reading tips: enterprises and superior companies). Recording progress on a
   * hazard that is only reported is refused by its state (409) to every caller that may read it.
   */
  private static final String MATRIX = """
      GET  /api/mines/{mineA}                     | 200 200 404 200 404 200 200 200 401
      GET  /api/mines/{mineB}                     | 200 404 200 404 200 404 200 200 401
      POST /api/mines                             | 201 201 403 403 403 403 403 201 401
      GET  /api/hazards/{hazardA}                 | 200 200 404 200 404 200 200 200 401
      GET  /api/hazards/{hazardB}                 | 200 404 200 404 200 404 200 200 401
      GET  /api/hazards/{hazardA}/history         | 200 200 404 200 404 200 200 200 401
      GET  /api/hazards/{hazardB}/integrity       | 200 404 200 404 200 404 200 200 401
      POST /api/hazards/{hazardB}/progress        | 409 404 409 404 409 404 403 409 401
      GET  /api/orders/{orderA}                   | 200 200 404 200 404 200 200 200 401
      GET  /api/orders/{orderB}                   | 200 404 200 404 200 404 200 200 401
      GET  /api/orders?mineId={mineA}             |  +   +  404  +  404  +   +   +  401
      GET  /api/orders?mineId={mineB}             |  +  404  +  404  +  404  +   +  401
      GET  /api/tips/{tipA}                       | 200 200 404 403 403 403 200 200 401
      GET  /api/tips/{tipCodeA}                   | 200 200 200 200 200 200 200 200 200
      GET  /api/tips?size=500                     |  +   +   -  403 403 403  +   +  401
      GET  /api/campaigns/{campaign}              | 200 200 200 200 200 200 200 200 401
      POST /api/campaigns                         | 201 403 403 403 403 403 403 201 401
      GET  /api/reports/hazards/{hazardA}         | 200 200 404 200 404 200 200 200 401
      GET  /api/reports/hazards/{hazardB}         | 200 404 200 404 200 404 200 200 401
      GET  /api/reports/hazards?size=200          |  +   +   -   +   -   +   +   +  401
      GET  /api/reports/orders/{orderA}           | 200 200 404 200 404 200 200 200 401
      GET  /api/reports/mines/{mineB}             | 200 404 200 404 200 404 200 200 401
      GET  /api/reports/towns/{townA}/ledger      |  +   +  404  +   -   +   +   +  401
      GET  /api/reports/campaigns/{campaign}/summary | 200 200 200 200 200 200 200 200 401
      GET  /api/reports/tips                      |  +   +   -  403 403 403  +   +  401
      GET  /api/processes?hazardId={hazardA}      |  +   +   -   +   -   +   +   +  401
      GET  /api/processes?hazardId={hazardB}      |  +   -   +   -   +   -   +   +  401
      GET  /api/reports/admin/projections         | 403 403 403 403 403 403 403 404 401
      GET  /actuator/prometheus                   | 403 403 403 403 403 403 403 200 401
      """;

  private static StackConfig config;
  private static LocalStack stack;
  private static final Map<String, String> tokens = new LinkedHashMap<>();
  private static final Map<String, String> ids = new LinkedHashMap<>();

  @BeforeAll
  static void startStack() throws Exception {
    Path root = Path.of(System.getProperty("shouwei.root", "..")).toAbsolutePath().normalize();
    config =
        StackConfig.fromEnvironment(root, name -> null)
            .withDataDir(Files.createTempDirectory("shouwei-authz-"))
            .withPorts(
                Map.of("gateway", Ports.free(), "hazard", Ports.free(), "workflow", Ports.free(),
                    "reporting", Ports.free(), "kafka", Ports.free(), "kafkaController", Ports.free(),
                    "mongo", Ports.free()))
            .withGatewayEnvironment(Map.of(
                "SHOUWEI_RATE_LIMIT_PUBLIC_IP_CAPACITY", Integer.toString(PUBLIC_IP_CAPACITY),
                "SHOUWEI_RATE_LIMIT_PUBLIC_IP_PERIOD", "1h",
                "SHOUWEI_RATE_LIMIT_CLIENT_CAPACITY", Integer.toString(CLIENT_CAPACITY),
                "SHOUWEI_RATE_LIMIT_CLIENT_PERIOD", "1h"));
    stack = new LocalStack(config).start();
    System.out.printf("local stack started in %d ms%n", stack.startupTime().toMillis());

    tokens.put("district", devToken("li.wei", "DISTRICT_AGENCY", "district-bureau", List.of(), null, List.of()));
    tokens.put("townA", devToken("wang.fang", "TOWN_AGENCY", "town-office-a", List.of(TOWN_A), null, List.of()));
    tokens.put("townB", devToken("zhao.lei", "TOWN_AGENCY", "town-office-b", List.of(TOWN_B), null, List.of()));
    tokens.put("entA", devToken("zhang.san", "ENTERPRISE", "ent-a", List.of(), "ent-a", List.of()));
    tokens.put("entB", devToken("liu.yang", "ENTERPRISE", "ent-b", List.of(), "ent-b", List.of()));
    tokens.put("superiorA", devToken("sun.hao", "SUPERIOR_COMPANY", "group-a", List.of(), null, List.of("ent-a")));
    tokens.put("auditor", devToken("chen.jing", "AUDITOR", "audit-office", List.of(), null, List.of()));
    tokens.put("admin", devToken("zhou.min", "ADMIN", "it-office", List.of(), null, List.of()));
    seed();
  }

  @AfterAll
  static void stopStack() {
    if (stack != null) {
      stack.close();
    }
  }

  /** Two mines, a hazard and an order on each, a tip in each town, a campaign; then waits for the read side. */
  private static void seed() throws Exception {
    String district = tokens.get("district");
    ids.put("mineA", created(call("POST", "/api/mines", district, mineBody("ent-a", TOWN_A))));
    ids.put("mineB", created(call("POST", "/api/mines", district, mineBody("ent-b", TOWN_B))));
    ids.put("hazardA", created(call("POST", "/api/hazards", tokens.get("entA"), hazardBody(ids.get("mineA")))));
    ids.put("hazardB", created(call("POST", "/api/hazards", tokens.get("entB"), hazardBody(ids.get("mineB")))));
    ids.put("orderA", created(call("POST", "/api/orders", district, orderBody(ids.get("mineA"), ids.get("hazardA")))));
    ids.put("orderB", created(call("POST", "/api/orders", district, orderBody(ids.get("mineB"), ids.get("hazardB")))));
    ids.put("campaign", created(call("POST", "/api/campaigns", district, campaignBody())));
    ids.put("townA", TOWN_A);

    String whatA = "Night blasting beyond the licence boundary " + UUID.randomUUID();
    HttpResponse<String> filed = call("POST", "/api/tips", null, tipBody(whatA, TOWN_A));
    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
    ids.put("tipCodeA", JSON.readTree(filed.body()).path("trackingCode").asText());
    JsonNode tips = JSON.readTree(call("GET", "/api/tips?size=500", district, null).body()).path("items");
    tips.forEach(t -> {
      if (t.path("what").asText().equals(whatA)) {
        ids.put("tipA", t.path("id").asText());
      }
    });
    assertThat(ids).containsKey("tipA");

    await("/api/reports/hazards/" + ids.get("hazardB"), r -> r.statusCode() == 200);
    await("/api/reports/orders/" + ids.get("orderA"), r -> r.statusCode() == 200);
    await("/api/reports/mines/" + ids.get("mineB"), r -> r.statusCode() == 200);
    await("/api/reports/campaigns/" + ids.get("campaign") + "/summary", r -> r.statusCode() == 200);
    await("/api/reports/tips", r -> r.statusCode() == 200 && r.body().contains(ids.get("tipA")));
    for (String hazard : List.of("hazardA", "hazardB")) {
      await("/api/processes?hazardId=" + ids.get(hazard), r -> r.statusCode() == 200 && r.body().contains(ids.get(hazard)));
    }
  }

  @Test
  @Order(1)
  void everyCaller_onEveryEndpointFamily_getsTheAnswerOfTheTable() throws Exception {
    SoftAssertions softly = new SoftAssertions();
    int cells = 0;
    for (String line : MATRIX.strip().split("\n")) {
      String[] halves = line.split("\\|");
      String[] request = halves[0].trim().split("\\s+");
      String[] expected = halves[1].trim().split("\\s+");
      assertThat(expected).as(line).hasSize(CALLERS.size());
      String path = resolve(request[1]);
      for (int i = 0; i < CALLERS.size(); i++) {
        String caller = CALLERS.get(i);
        HttpResponse<String> response = call(request[0], path, tokens.get(caller), bodyFor(request[0], request[1]));
        String objectId = listedObject(request[1]);
        String actual = switch (expected[i]) {
          case "+", "-" -> response.statusCode() != 200
              ? Integer.toString(response.statusCode())
              : response.body().contains(objectId) ? "+" : "-";
          default -> Integer.toString(response.statusCode());
        };
        softly.assertThat(actual).as("%s %s as %s: %s", request[0], request[1], caller, abbreviated(response.body()))
            .isEqualTo(expected[i]);
        if (response.statusCode() >= 400) {
          softly.assertThat(response.headers().firstValue("Content-Type").orElse(""))
              .as("%s %s as %s is problem+json", request[0], request[1], caller)
              .startsWith("application/problem+json");
        }
        cells++;
      }
    }
    System.out.printf("authorization matrix: %d cells%n", cells);
    softly.assertAll();
  }

  @Test
  @Order(2)
  void anEnterprise_neverSeesTheOtherOnesHazard_throughAnySearchOrReport() throws Exception {
    String foreign = ids.get("hazardB");
    String entA = tokens.get("entA");
    for (String path : List.of(
        "/api/reports/hazards?size=200", "/api/reports/hazards?mine=" + ids.get("mineB"),
        "/api/reports/hazards?town=" + TOWN_B, "/api/reports/hazards?enterprise=ent-b",
        "/api/reports/hazards?q=Crack",
        "/api/reports/orders", "/api/reports/mines", "/api/reports/towns/" + TOWN_A + "/ledger",
        "/api/reports/campaigns/" + ids.get("campaign") + "/summary",
        "/api/orders?mineId=" + ids.get("mineB"), "/api/processes?hazardId=" + foreign)) {
      HttpResponse<String> response = call("GET", path, entA, null);
      if (response.statusCode() == 200) {
        assertThat(response.body()).as(path).doesNotContain(foreign).doesNotContain(ids.get("mineB"))
            .doesNotContain(ids.get("orderB"));
      } else {
        // a foreign mine named in the query is not found, exactly like one that does not exist
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(404);
        assertThat(call("GET", path.replace(ids.get("mineB"), UUID.randomUUID().toString()), entA, null).statusCode())
            .isEqualTo(404);
      }
    }
  }

  @Test
  @Order(3)
  void theTipEndpoint_needsNoToken_andIsLimitedPerAddress() throws Exception {
    List<Integer> statuses = new ArrayList<>();
    HttpResponse<String> refused = null;
    for (int i = 0; i < PUBLIC_IP_CAPACITY + 2 && refused == null; i++) {
      HttpResponse<String> response = call("POST", "/api/tips", null, tipBody("Dust at night " + i, TOWN_B));
      statuses.add(response.statusCode());
      if (response.statusCode() == 429) {
        refused = response;
      }
    }

    assertThat(statuses).as("statuses").startsWith(201).contains(429);
    assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
        v -> assertThat(v).startsWith("application/problem+json"));
    assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(
        v -> assertThat(Long.parseLong(v)).isPositive());
    // a caller with a token is counted by its own buckets, not by the address
    assertThat(call("GET", "/api/tips/" + ids.get("tipA"), tokens.get("district"), null).statusCode()).isEqualTo(200);
  }

  @Test
  @Order(4)
  void aBurstBeyondAClientSystemsLimit_gets429() throws Exception {
    String system = devToken("agency-system", "DISTRICT_AGENCY", "burst-system-" + UUID.randomUUID(),
        List.of(), null, List.of());
    int passed = 0;
    HttpResponse<String> refused = null;
    for (int i = 0; i < CLIENT_CAPACITY + 10 && refused == null; i++) {
      HttpResponse<String> response = call("GET", "/api/mines/" + ids.get("mineA"), system, null);
      if (response.statusCode() == 429) {
        refused = response;
      } else {
        assertThat(response.statusCode()).isEqualTo(200);
        passed++;
      }
    }

    assertThat(refused).as("a 429 within the burst").isNotNull();
    assertThat(passed).isEqualTo(CLIENT_CAPACITY);
    assertThat(JSON.readTree(refused.body()).path("type").asText()).endsWith("/too-many-requests");
    assertThat(refused.headers().firstValue("Retry-After")).isPresent();
    assertThat(call("GET", "/api/mines/" + ids.get("mineA"), tokens.get("district"), null).statusCode())
        .as("other client systems go on").isEqualTo(200);
  }

  // --- helpers -------------------------------------------------------------------------------

  private static String resolve(String template) {
    String path = template;
    for (Map.Entry<String, String> id : ids.entrySet()) {
      path = path.replace("{" + id.getKey() + "}", id.getValue());
    }
    assertThat(path).as(template).doesNotContain("{");
    return path;
  }

  /** The object a list row looks for: the one its path names, or for a plain list hazard A / tip A. */
  private static String listedObject(String template) {
    if (template.contains("{")) {
      String name = template.substring(template.lastIndexOf('{') + 1, template.lastIndexOf('}'));
      String id = ids.get(name);
      return switch (name) {
        case "mineA" -> ids.get("orderA");
        case "mineB" -> ids.get("orderB");
        case "townA" -> ids.get("mineA");
        default -> id;
      };
    }
    return template.contains("tips") ? ids.get("tipA") : ids.get("hazardA");
  }

  private static String bodyFor(String method, String template) {
    if (!"POST".equals(method)) {
      return null;
    }
    return switch (template) {
      case "/api/mines" -> mineBody("ent-a", TOWN_A);
      case "/api/campaigns" -> campaignBody();
      default -> "{\"note\":\"matrix\",\"percent\":10}";
    };
  }

  private static String mineBody(String enterprise, String town) {
    return """
        {"name":"Open pit of %s","enterpriseId":"%s","enterpriseName":"%s Mining Co.","townCode":"%s",
         "type":"OPEN_PIT","facts":{"slopeHeightMetres":40,"onlineSlopeMonitoring":true,"slopeStabilityAnalysisDone":true}}"""
        .formatted(enterprise, enterprise, enterprise, town);
  }

  private static String hazardBody(String mineId) {
    return """
        {"mineId":"%s","source":"SELF_INSPECTION","category":"OPEN_PIT_SLOPE","title":"Crack at the crest of bench 4",
         "description":"found on inspection","location":"north pit, level 4","discoveredAt":"%s"}"""
        .formatted(mineId, Instant.now().minus(Duration.ofHours(2)));
  }

  private static String orderBody(String mineId, String hazardId) {
    return """
        {"mineId":"%s","type":"RECTIFY_WITHIN_DEADLINE","citedHazardIds":["%s"],"deadline":"%s",
         "legalBasis":"Work Safety Law, art. 65"}"""
        .formatted(mineId, hazardId, Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS));
  }

  private static String campaignBody() {
    LocalDate today = LocalDate.now();
    return """
        {"name":"Safeguard campaign","jurisdiction":{"districtCode":"370406","districtName":"Shanting","townCodes":["%s","%s"]},
         "phases":[{"kind":"MOBILISATION","name":"Mobilisation","startDate":"%s","endDate":"%s"},
                   {"kind":"CONCENTRATED_PUSH","name":"Push","startDate":"%s","endDate":"%s"},
                   {"kind":"SUMMARY","name":"Summary","startDate":"%s","endDate":"%s"}],
         "reportDueDate":"%s","legalBasis":"Notice 52","documentRef":"Notice 1","issuingOrganisation":"Shanting bureau"}"""
        .formatted(TOWN_A, TOWN_B, today.minusDays(10), today.minusDays(1), today, today.plusDays(20),
            today.plusDays(21), today.plusDays(35), today.plusDays(40));
  }

  private static String tipBody(String what, String town) {
    return """
        {"what":"%s","where":"north slope of the quarry","townCode":"%s","mineId":null,
         "contact":{"name":"Anonymous neighbour","phone":"13900000000","email":"n@example.cn"}}"""
        .formatted(what, town);
  }

  private static String created(HttpResponse<String> response) throws IOException {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return JSON.readTree(response.body()).path("id").asText();
  }

  private static String devToken(
      String sub, String role, String org, List<String> towns, String enterprise, List<String> group) throws Exception {
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("sub", sub);
    request.put("roles", List.of(role));
    request.put("org", org);
    request.put("towns", towns);
    request.put("enterprise", enterprise);
    request.put("groupEnterprises", group);
    HttpResponse<String> response = call("POST", "/auth/dev-token", null, JSON.writeValueAsString(request));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body()).path("access_token").asText();
  }

  /** Polls as a token of its own client system (so polling spends no caller's budget) until done. */
  private static void await(String path, Predicate<HttpResponse<String>> done) throws Exception {
    String poller = devToken("poller", "ADMIN", "poller-" + UUID.randomUUID(), List.of(), null, List.of());
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    HttpResponse<String> last = null;
    while (System.nanoTime() < deadline) {
      last = call("GET", path, poller, null);
      if (done.test(last)) {
        return;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("not done in time: GET " + path + " → "
        + (last == null ? "no answer" : last.statusCode() + " " + last.body()));
  }

  private static HttpResponse<String> call(String method, String path, String bearer, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(config.gatewayUrl() + path)).timeout(Duration.ofSeconds(30))
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String abbreviated(String body) {
    return body.length() > 300 ? body.substring(0, 300) + "…" : body;
  }
}
