package io.shouwei.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shouwei.local.MatrixCoverage.Operation;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
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
 * enterprise, an auditor, an administrator and the public, against every operation of every
 * service, on an object of the first enterprise ("A") and one of the second ("B"). One table
 * ({@link #MATRIX}) holds every expected answer. Every 404 is also compared with the answer to the
 * same request about an object that does not exist: status and problem must be the same, so that
 * neither tells that the caller's foreign object exists.
 *
 * <p>The table is complete: a test reads the OpenAPI document of each service through the gateway
 * and fails naming every documented operation (method and path template) that no row reaches, and
 * every row that reaches no documented operation (a stale row). The clock controls of the local
 * profile count at the gateway's paths ({@code /api/test/clock/<service>}); the few operations the
 * gateway answers itself ({@link #GATEWAY_OWN}: its token issuer of the local profile, its metrics)
 * are documented nowhere and listed here instead, and need their rows too. How a row is matched
 * to an operation: {@link MatrixCoverage}.
 *
 * <p>Running the table changes nothing a later row looks at. Reads are reads; every command is
 * sent to an object in a state that refuses it (a closed mine, an acknowledged order, a dismissed
 * tip, a hazard that is only reported or already rectifying, a task another user holds), so a
 * caller that passes every check of authorization gets 409 (or 422 for a rule that refuses it, 400
 * for the clock without a duration) and nothing is stored. The only commands that succeed create
 * objects no row looks for (a mine, a campaign, a tip, tokens) or rebuild reporting-service's read
 * models (the last row). Then the rate limits of the local profile (kept in the gateway's memory):
 * the public tip endpoint per address, a client system's burst.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuthorizationMatrixIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final String TOWN_A = "370406001";
  private static final String TOWN_B = "370406002";
  /** Above what the seed and the table spend from one address without a token (tips filed and followed). */
  private static final int PUBLIC_IP_CAPACITY = 12;
  /** Above what the seed and the table spend per client system (one request per row and caller). */
  private static final int CLIENT_CAPACITY = 400;
  private static final List<String> SERVICES = List.of("hazard", "workflow", "reporting");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

  /** The callers, in the order of the table's columns; "public" has no token. */
  private static final List<String> CALLERS =
      List.of("district", "townA", "townB", "entA", "entB", "superiorA", "auditor", "admin", "public");

  /** What the gateway answers itself: documented by no service, in the table all the same. */
  private static final List<Operation> GATEWAY_OWN = List.of(
      new Operation("gateway", "POST", "/auth/dev-token"),
      new Operation("gateway", "POST", "/auth/token"),
      new Operation("gateway", "GET", "/auth/jwks.json"),
      new Operation("gateway", "GET", "/actuator/prometheus"));

  /**
   * One row a request: method, path, then optionally the object a list must show ({@code {orderA}})
   * and the name of the body to send ({@code <facts>}, see {@link #body}); then one answer per
   * caller. {@code {A}}/{@code {B}}: the object of that kind belonging to enterprise A or B, or
   * lying in its town. An answer is a status, or for a list "+" (200, the object is in it) or "-"
   * (200, it is not). A foreign object answers 404 like a missing one; a role that may never do
   * the thing 403 (the auditor anything but reading; enterprises and superior companies reading
   * tips; …); no token 401, except for filing and following a tip and the local profile's token
   * issuer. Lines starting with # are comments.
   */
  private static final String MATRIX = """
      # mines (hazard-service); closedA/B are closed mines, which accept no more changes
      GET    /api/mines/{mineA}                                   | 200 200 404 200 404 200 200 200 401
      GET    /api/mines/{mineB}                                   | 200 404 200 404 200 404 200 200 401
      GET    /api/mines/{mineA}?version=0                         | 200 200 404 200 404 200 200 200 401
      GET    /api/mines/{mineB}?asOf=2100-01-01T00:00:00Z         | 200 404 200 404 200 404 200 200 401
      GET    /api/mines/{mineA}/history                           | 200 200 404 200 404 200 200 200 401
      GET    /api/mines/{mineB}/history                           | 200 404 200 404 200 404 200 200 401
      GET    /api/mines/{mineA}/integrity                         | 200 200 404 200 404 200 200 200 401
      GET    /api/mines/{mineB}/integrity                         | 200 404 200 404 200 404 200 200 401
      POST   /api/mines                         <mine>            | 201 201 403 403 403 403 403 201 401
      PUT    /api/mines/{closedA}/facts         <facts>           | 409 409 404 409 404 403 403 409 401
      PUT    /api/mines/{closedB}/facts         <facts>           | 409 404 409 404 409 403 403 409 401
      POST   /api/mines/{closedA}/closure       <closure>         | 409 409 404 403 403 403 403 403 401
      POST   /api/mines/{closedB}/closure       <closure>         | 409 404 409 403 403 403 403 403 401
      # hazards: hazardA/B are reported only; rectifyingA/B are being rectified, their extension request 1 was refused
      POST   /api/hazards                       <hazardOnClosedA> | 409 409 404 409 404 409 403 409 401
      POST   /api/hazards                       <hazardOnClosedB> | 409 404 409 404 409 404 403 409 401
      GET    /api/hazards/{hazardA}                               | 200 200 404 200 404 200 200 200 401
      GET    /api/hazards/{hazardB}                               | 200 404 200 404 200 404 200 200 401
      GET    /api/hazards/{hazardA}?version=0                     | 200 200 404 200 404 200 200 200 401
      GET    /api/hazards/{hazardB}?asOf=2100-01-01T00:00:00Z     | 200 404 200 404 200 404 200 200 401
      GET    /api/hazards/{hazardA}/history                       | 200 200 404 200 404 200 200 200 401
      GET    /api/hazards/{hazardB}/history                       | 200 404 200 404 200 404 200 200 401
      GET    /api/hazards/{hazardA}/integrity                     | 200 200 404 200 404 200 200 200 401
      GET    /api/hazards/{hazardB}/integrity                     | 200 404 200 404 200 404 200 200 401
      POST   /api/hazards/{rectifyingA}/classification <classification> | 409 409 404 409 404 409 403 409 401
      POST   /api/hazards/{rectifyingB}/classification <classification> | 409 404 409 404 409 404 403 409 401
      PUT    /api/hazards/{rectifyingA}/plan    <plan>            | 409 409 404 409 404 409 403 409 401
      PUT    /api/hazards/{rectifyingB}/plan    <plan>            | 409 404 409 404 409 404 403 409 401
      POST   /api/hazards/{hazardA}/rectification-start           | 409 409 404 409 404 409 403 409 401
      POST   /api/hazards/{hazardB}/rectification-start           | 409 404 409 404 409 404 403 409 401
      POST   /api/hazards/{hazardA}/progress    <progress>        | 409 409 404 409 404 409 403 409 401
      POST   /api/hazards/{hazardB}/progress    <progress>        | 409 404 409 404 409 404 403 409 401
      POST   /api/hazards/{hazardA}/completion  <completion>      | 409 409 404 409 404 409 403 409 401
      POST   /api/hazards/{hazardB}/completion  <completion>      | 409 404 409 404 409 404 403 409 401
      POST   /api/hazards/{hazardA}/verification <verification>   | 409 409 404 409 404 409 403 409 401
      POST   /api/hazards/{hazardB}/verification <verification>   | 409 404 409 404 409 404 403 409 401
      POST   /api/hazards/{hazardA}/deadline-extensions <extension> | 409 409 404 409 404 409 403 409 401
      POST   /api/hazards/{hazardB}/deadline-extensions <extension> | 409 404 409 404 409 404 403 409 401
      POST   /api/hazards/{rectifyingA}/deadline-extensions/1/decision <extensionDecision> | 409 409 404 409 404 409 403 409 401
      POST   /api/hazards/{rectifyingB}/deadline-extensions/1/decision <extensionDecision> | 409 404 409 404 409 404 403 409 401
      POST   /api/hazards/{hazardA}/reopening   <reopening>       | 409 409 404 409 404 409 403 409 401
      POST   /api/hazards/{hazardB}/reopening   <reopening>       | 409 404 409 404 409 404 403 409 401
      # orders: orderA/B order rectification within a deadline and are acknowledged
      POST   /api/orders                        <orderOnClosedA>  | 409 409 404 403 403 403 403 403 401
      POST   /api/orders                        <orderOnClosedB>  | 409 404 409 403 403 403 403 403 401
      GET    /api/orders?size=500               {orderA}          |  +   +   -   +   -   +   +   +  401
      GET    /api/orders?mineId={mineA}         {orderA}          |  +   +  404  +  404  +   +   +  401
      GET    /api/orders?mineId={mineB}         {orderB}          |  +  404  +  404  +  404  +   +  401
      GET    /api/orders/{orderA}                                 | 200 200 404 200 404 200 200 200 401
      GET    /api/orders/{orderB}                                 | 200 404 200 404 200 404 200 200 401
      GET    /api/orders/{orderA}?asOf=2100-01-01T00:00:00Z       | 200 200 404 200 404 200 200 200 401
      GET    /api/orders/{orderB}?version=0                       | 200 404 200 404 200 404 200 200 401
      GET    /api/orders/{orderA}/history                         | 200 200 404 200 404 200 200 200 401
      GET    /api/orders/{orderB}/history                         | 200 404 200 404 200 404 200 200 401
      GET    /api/orders/{orderA}/integrity                       | 200 200 404 200 404 200 200 200 401
      GET    /api/orders/{orderB}/integrity                       | 200 404 200 404 200 404 200 200 401
      POST   /api/orders/{orderA}/acknowledgement                 | 403 403 403 409 404 403 403 403 401
      POST   /api/orders/{orderB}/acknowledgement                 | 403 403 403 404 409 403 403 403 401
      POST   /api/orders/{orderA}/resumption-application <resumptionApplication> | 403 403 403 409 404 403 403 403 401
      POST   /api/orders/{orderB}/resumption-application <resumptionApplication> | 403 403 403 404 409 403 403 403 401
      POST   /api/orders/{orderA}/resumption-review <resumptionReview> | 409 409 404 403 403 403 403 403 401
      POST   /api/orders/{orderB}/resumption-review <resumptionReview> | 409 404 409 403 403 403 403 403 401
      POST   /api/orders/{orderA}/resumption-decision <resumptionDecision> | 409 403 403 403 403 403 403 403 401
      POST   /api/orders/{orderB}/resumption-decision <resumptionDecision> | 409 403 403 403 403 403 403 403 401
      POST   /api/orders/{orderA}/stop-enforcement                | 403 403 403 403 403 403 403 403 401
      POST   /api/orders/{orderB}/stop-enforcement                | 403 403 403 403 403 403 403 403 401
      POST   /api/orders/{orderA}/fulfilment    <fulfilment>      | 422 422 404 403 403 403 403 403 401
      POST   /api/orders/{orderB}/fulfilment    <fulfilment>      | 422 404 422 403 403 403 403 403 401
      # campaigns belong to no enterprise: everyone reads them, only the district bureau changes them
      GET    /api/campaigns?size=500            {campaign}        |  +   +   +   +   +   +   +   +  401
      GET    /api/campaigns/{campaign}                            | 200 200 200 200 200 200 200 200 401
      POST   /api/campaigns                     <campaign>        | 201 403 403 403 403 403 403 201 401
      PUT    /api/campaigns/{campaign}/phases/MOBILISATION <phaseDates> | 422 403 403 403 403 403 403 403 401
      PUT    /api/campaigns/{campaign}/report-due-date <reportDueDate> | 422 403 403 403 403 403 403 403 401
      POST   /api/campaigns/{campaign}/conclusion <conclusion>    | 422 403 403 403 403 403 403 403 401
      # tips: tipA/B lie in town A/B and are dismissed
      POST   /api/tips                          <tip>             | 201 201 201 201 201 201 403 201 201
      GET    /api/tips?size=500                 {tipA}            |  +   +   -  403 403 403  +   +  401
      GET    /api/tips/{tipA}                                     | 200 200 404 403 403 403 200 200 401
      GET    /api/tips/{tipB}                                     | 200 404 200 403 403 403 200 200 401
      GET    /api/tips/{tipCodeA}                                 | 200 200 200 200 200 200 200 200 200
      POST   /api/tips/{tipA}/triage            <triage>          | 409 409 404 403 403 403 403 403 401
      POST   /api/tips/{tipB}/triage            <triage>          | 409 404 409 403 403 403 403 403 401
      # each service's clock (local profile only)
      GET    /api/test/clock/hazard                               | 403 403 403 403 403 403 403 200 401
      POST   /api/test/clock/hazard             <noAdvance>       | 403 403 403 403 403 403 403 400 401
      DELETE /api/test/clock/hazard                               | 403 403 403 403 403 403 403 200 401
      GET    /api/test/clock/workflow                             | 403 403 403 403 403 403 403 200 401
      POST   /api/test/clock/workflow           <noAdvance>       | 403 403 403 403 403 403 403 400 401
      DELETE /api/test/clock/workflow                             | 403 403 403 403 403 403 403 200 401
      GET    /api/test/clock/reporting                            | 403 403 403 403 403 403 403 200 401
      POST   /api/test/clock/reporting          <noAdvance>       | 403 403 403 403 403 403 403 400 401
      DELETE /api/test/clock/reporting                            | 403 403 403 403 403 403 403 200 401
      # workflow-service: taskA/B plan hazardA/B, offered to enterprise A/B, held by a colleague of the caller;
      # read by whoever reaches the hazard, acted on only by the enterprise (a supervising agency: 403)
      GET    /api/tasks                         {taskA}           |  -   -   -   +   -   -   -   -  401
      GET    /api/tasks/{taskA}                                   | 200 200 404 200 404 200 200 200 401
      GET    /api/tasks/{taskB}                                   | 200 404 200 404 200 404 200 200 401
      POST   /api/tasks/{taskA}/claim                             | 403 403 404 409 404 403 403 403 401
      POST   /api/tasks/{taskB}/claim                             | 403 404 403 404 409 403 403 403 401
      POST   /api/tasks/{taskA}/unclaim                           | 403 403 404 409 404 403 403 403 401
      POST   /api/tasks/{taskB}/unclaim                           | 403 404 403 404 409 403 403 403 401
      POST   /api/tasks/{taskA}/complete                          | 403 403 404 409 404 403 403 403 401
      POST   /api/tasks/{taskB}/complete                          | 403 404 403 404 409 403 403 403 401
      GET    /api/processes?hazardId={hazardA}  {hazardA}         |  +   +   -   +   -   +   +   +  401
      GET    /api/processes?hazardId={hazardB}  {hazardB}         |  +   -   +   -   +   -   +   +  401
      GET    /api/notifications                 {hazardA}         |  -   -   -   +   -   -   +   +  401
      GET    /api/notifications?objectId={hazardB} {hazardB}      |  -   -   -   -   +   -   +   +  401
      # reporting-service
      GET    /api/reports/hazards?size=200      {hazardA}         |  +   +   -   +   -   +   +   +  401
      GET    /api/reports/hazards/{hazardA}                       | 200 200 404 200 404 200 200 200 401
      GET    /api/reports/hazards/{hazardB}                       | 200 404 200 404 200 404 200 200 401
      GET    /api/reports/orders?size=200       {orderA}          |  +   +   -   +   -   +   +   +  401
      GET    /api/reports/orders/{orderA}                         | 200 200 404 200 404 200 200 200 401
      GET    /api/reports/orders/{orderB}                         | 200 404 200 404 200 404 200 200 401
      GET    /api/reports/mines?size=200        {mineA}           |  +   +   -   +   -   +   +   +  401
      GET    /api/reports/mines/{mineA}                           | 200 200 404 200 404 200 200 200 401
      GET    /api/reports/mines/{mineB}                           | 200 404 200 404 200 404 200 200 401
      GET    /api/reports/towns/{townA}/ledger  {mineA}           |  +   +  404  +   -   +   +   +  401
      GET    /api/reports/towns/{townB}/ledger  {mineB}           |  +  404  +   -   +   -   +   +  401
      GET    /api/reports/tips?size=200         {tipA}            |  +   +   -  403 403 403  +   +  401
      GET    /api/reports/campaigns/{campaign}/summary            | 200 200 200 200 200 200 200 200 401
      GET    /api/reports/campaigns/{campaign}/work-report        | 200 200 200 200 200 200 200 200 401
      GET    /api/reports/admin/rebuild                           | 403 403 403 403 403 403 403 200 401
      # the gateway's own
      GET    /actuator/prometheus                                 | 403 403 403 403 403 403 403 200 401
      POST   /auth/dev-token                    <devToken>        | 200 200 200 200 200 200 403 200 200
      POST   /auth/token                        <clientCredentials> | 200 200 200 200 200 200 403 200 200
      GET    /auth/jwks.json                                      | 200 200 200 200 200 200 200 200 200
      # last: the administrator's rebuild replays the read models while the old ones keep answering
      POST   /api/reports/admin/rebuild                           | 403 403 403 403 403 403 403 202 401
      """;

  /** One row of {@link #MATRIX}. */
  private record Row(String method, String path, String listed, String body, List<String> expected, String line) {

    static Row parse(String line) {
      String[] halves = line.split("\\|");
      String[] request = halves[0].trim().split("\\s+");
      String listed = null;
      String body = null;
      for (int i = 2; i < request.length; i++) {
        if (request[i].startsWith("{")) {
          listed = request[i].substring(1, request[i].length() - 1);
        } else if (request[i].startsWith("<")) {
          body = request[i].substring(1, request[i].length() - 1);
        } else {
          throw new IllegalArgumentException("neither {listed} nor <body>: " + request[i] + " in " + line);
        }
      }
      return new Row(request[0], request[1], listed, body, List.of(halves[1].trim().split("\\s+")), line);
    }
  }

  private static final List<Row> ROWS = MATRIX.lines()
      .map(String::strip)
      .filter(line -> !line.isEmpty() && !line.startsWith("#"))
      .map(Row::parse)
      .toList();

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
            .withFreePorts()
            .withGatewayEnvironment(Map.of(
                "SHOUWEI_RATE_LIMIT_PUBLIC_IP_CAPACITY", Integer.toString(PUBLIC_IP_CAPACITY),
                "SHOUWEI_RATE_LIMIT_PUBLIC_IP_PERIOD", "1h",
                "SHOUWEI_RATE_LIMIT_CLIENT_CAPACITY", Integer.toString(CLIENT_CAPACITY),
                "SHOUWEI_RATE_LIMIT_CLIENT_PERIOD", "1h"))
            // the reminder of a plan falls due at once (before the plan's due date), so every hazard
            // has a notification to its enterprise without moving a clock
            .withWorkflowSettings(Map.of("SHOUWEI_WORKFLOW_HAZARDRECTIFICATION_PLANREMINDERBEFORE", "P8D"));
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
    long seeding = System.nanoTime();
    seed();
    System.out.printf("seeded in %d ms%n", Duration.ofNanos(System.nanoTime() - seeding).toMillis());
  }

  @AfterAll
  static void stopStack() {
    if (stack != null) {
      stack.close();
    }
  }

  /**
   * For each enterprise: a mine, a closed mine, a hazard that is only reported (with its plan task
   * held by a colleague of the enterprise's caller, and its plan reminder), one that is being
   * rectified (its request for more time refused), an acknowledged order, a dismissed tip in its
   * town; a campaign. Then waits for the read side and the processes.
   */
  private static void seed() throws Exception {
    String district = tokens.get("district");
    ids.put("townA", TOWN_A);
    ids.put("townB", TOWN_B);
    ids.put("mineA", created(call("POST", "/api/mines", district, mineBody("ent-a", TOWN_A))));
    ids.put("mineB", created(call("POST", "/api/mines", district, mineBody("ent-b", TOWN_B))));
    ids.put("closedA", closedMine("ent-a", TOWN_A));
    ids.put("closedB", closedMine("ent-b", TOWN_B));
    ids.put("hazardA", created(call("POST", "/api/hazards", tokens.get("entA"), hazardBody(ids.get("mineA")))));
    ids.put("hazardB", created(call("POST", "/api/hazards", tokens.get("entB"), hazardBody(ids.get("mineB")))));
    ids.put("rectifyingA", rectifying(tokens.get("entA"), ids.get("mineA")));
    ids.put("rectifyingB", rectifying(tokens.get("entB"), ids.get("mineB")));
    ids.put("orderA", created(call("POST", "/api/orders", district, orderBody(ids.get("mineA"), ids.get("hazardA")))));
    ids.put("orderB", created(call("POST", "/api/orders", district, orderBody(ids.get("mineB"), ids.get("hazardB")))));
    ok(call("POST", "/api/orders/" + ids.get("orderA") + "/acknowledgement", tokens.get("entA"), (String) null));
    ok(call("POST", "/api/orders/" + ids.get("orderB") + "/acknowledgement", tokens.get("entB"), (String) null));
    ids.put("campaign", created(call("POST", "/api/campaigns", district, campaignBody())));

    String whatA = "Night blasting beyond the licence boundary " + UUID.randomUUID();
    String whatB = "Tailings pumped into the river " + UUID.randomUUID();
    HttpResponse<String> filed = call("POST", "/api/tips", null, tipBody(whatA, TOWN_A));
    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
    ids.put("tipCodeA", JSON.readTree(filed.body()).path("trackingCode").asText());
    assertThat(call("POST", "/api/tips", null, tipBody(whatB, TOWN_B)).statusCode()).isEqualTo(201);
    JsonNode tips = JSON.readTree(call("GET", "/api/tips?size=500", district, (String) null).body()).path("items");
    tips.forEach(t -> {
      if (t.path("what").asText().equals(whatA)) {
        ids.put("tipA", t.path("id").asText());
      } else if (t.path("what").asText().equals(whatB)) {
        ids.put("tipB", t.path("id").asText());
      }
    });
    assertThat(ids).containsKeys("tipA", "tipB");
    for (String tip : List.of("tipA", "tipB")) {
      ok(call("POST", "/api/tips/" + ids.get(tip) + "/triage", district,
          "{\"decision\":\"DISMISS\",\"reason\":\"Nothing found on site.\"}"));
    }

    ids.put("taskA", planTaskHeldByAColleague("ent-a", ids.get("hazardA")));
    ids.put("taskB", planTaskHeldByAColleague("ent-b", ids.get("hazardB")));

    for (String kind : List.of("hazards", "orders", "mines")) {
      for (String owner : List.of("A", "B")) {
        String id = ids.get(kind.substring(0, kind.length() - 1) + owner);
        await("/api/reports/" + kind + "/" + id, r -> r.statusCode() == 200);
      }
    }
    await("/api/reports/campaigns/" + ids.get("campaign") + "/summary", r -> r.statusCode() == 200);
    await("/api/reports/tips?size=200", r -> r.statusCode() == 200 && r.body().contains(ids.get("tipA")));
    for (String hazard : List.of("hazardA", "hazardB")) {
      await("/api/processes?hazardId=" + ids.get(hazard), r -> r.statusCode() == 200 && r.body().contains(ids.get(hazard)));
      await("/api/notifications?objectId=" + ids.get(hazard), r -> r.statusCode() == 200 && r.body().contains(ids.get(hazard)));
    }
  }

  @Test
  @Order(1)
  void everyOperationOfEveryService_hasARowInTheTable_andEveryRowAnOperation() throws Exception {
    List<Operation> operations = new ArrayList<>(GATEWAY_OWN);
    for (String service : SERVICES) {
      HttpResponse<String> document = call("GET", "/v3/api-docs/" + service, null, (String) null);
      assertThat(document.statusCode()).as("/v3/api-docs/" + service).isEqualTo(200);
      List<Operation> documented = MatrixCoverage.documented(service, JSON.readTree(document.body()));
      assertThat(documented).as("the operations of " + service).isNotEmpty();
      operations.addAll(documented);
    }
    List<Operation> rows = ROWS.stream().map(row -> Operation.row(row.method(), row.path())).toList();

    SoftAssertions softly = new SoftAssertions();
    softly.assertThat(MatrixCoverage.uncovered(operations, rows)).as("operations without a row in MATRIX").isEmpty();
    softly.assertThat(MatrixCoverage.stale(rows, operations)).as("rows of MATRIX that reach no operation").isEmpty();
    softly.assertAll();
    System.out.printf("authorization matrix: %d rows over %d operations%n", rows.size(), operations.size());
  }

  @Test
  @Order(2)
  void everyCaller_onEveryOperation_getsTheAnswerOfTheTable() throws Exception {
    SoftAssertions softly = new SoftAssertions();
    int cells = 0;
    int comparedWithMissing = 0;
    long start = System.nanoTime();
    for (Row row : ROWS) {
      assertThat(row.expected()).as(row.line()).hasSize(CALLERS.size());
      String path = resolve(row.path());
      Body template = body(row.body());
      Body body = template == null ? null : new Body(template.contentType(), withIds(template.text()));
      String subject = subject(row, template);
      for (int i = 0; i < CALLERS.size(); i++) {
        String caller = CALLERS.get(i);
        HttpResponse<String> response = call(row.method(), path, tokens.get(caller), body);
        String expected = row.expected().get(i);
        String actual = switch (expected) {
          case "+", "-" -> response.statusCode() != 200
              ? Integer.toString(response.statusCode())
              : response.body().contains(ids.get(row.listed())) ? "+" : "-";
          default -> Integer.toString(response.statusCode());
        };
        softly.assertThat(actual).as("%s %s as %s: %s", row.method(), row.path(), caller, abbreviated(response.body()))
            .isEqualTo(expected);
        if (response.statusCode() >= 400) {
          softly.assertThat(response.headers().firstValue("Content-Type").orElse(""))
              .as("%s %s as %s is problem+json", row.method(), row.path(), caller)
              .startsWith("application/problem+json");
        }
        if (response.statusCode() == 404 && subject != null) {
          String id = ids.get(subject);
          softly.assertThat(answerAboutAMissingObject(row.method(), path, body, tokens.get(caller), id))
              .as("%s %s as %s answers as if %s did not exist", row.method(), row.path(), caller, subject)
              .isEqualTo("404 " + response.body().replace(id, "<id>"));
          comparedWithMissing++;
        }
        cells++;
      }
    }
    System.out.printf("authorization matrix: %d cells (%d rows × %d callers), %d answers of 404 compared with one"
        + " about a missing object, in %d ms%n", cells, ROWS.size(), CALLERS.size(), comparedWithMissing,
        Duration.ofNanos(System.nanoTime() - start).toMillis());
    softly.assertAll();
  }

  @Test
  @Order(3)
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
      HttpResponse<String> response = call("GET", path, entA, (String) null);
      if (response.statusCode() == 200) {
        assertThat(response.body()).as(path).doesNotContain(foreign).doesNotContain(ids.get("mineB"))
            .doesNotContain(ids.get("orderB"));
      } else {
        // a foreign mine named in the query is not found, exactly like one that does not exist
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(404);
        assertThat(call("GET", path.replace(ids.get("mineB"), UUID.randomUUID().toString()), entA, (String) null)
            .statusCode()).isEqualTo(404);
      }
    }
  }

  @Test
  @Order(4)
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
    assertThat(call("GET", "/api/tips/" + ids.get("tipA"), tokens.get("district"), (String) null).statusCode())
        .isEqualTo(200);
  }

  @Test
  @Order(5)
  void aBurstBeyondAClientSystemsLimit_gets429() throws Exception {
    String system = devToken("agency-system", "DISTRICT_AGENCY", "burst-system-" + UUID.randomUUID(),
        List.of(), null, List.of());
    int passed = 0;
    HttpResponse<String> refused = null;
    for (int i = 0; i < CLIENT_CAPACITY + 10 && refused == null; i++) {
      HttpResponse<String> response = call("GET", "/api/mines/" + ids.get("mineA"), system, (String) null);
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
    assertThat(call("GET", "/api/mines/" + ids.get("mineA"), tokens.get("district"), (String) null).statusCode())
        .as("other client systems go on").isEqualTo(200);
  }

  // --- seeding -------------------------------------------------------------------------------

  /** A mine of this enterprise that the district bureau registered and closed. */
  private static String closedMine(String enterprise, String town) throws Exception {
    String mine = created(call("POST", "/api/mines", tokens.get("district"), mineBody(enterprise, town)));
    ok(call("POST", "/api/mines/" + mine + "/closure", tokens.get("district"), "{\"reason\":\"Licence revoked.\"}"));
    return mine;
  }

  /**
   * A hazard the enterprise reported on its mine, planned and started rectifying, with its request
   * for more time refused by the district bureau.
   */
  private static String rectifying(String enterprise, String mineId) throws Exception {
    String hazard = created(call("POST", "/api/hazards", enterprise, hazardBody(mineId)));
    ok(call("PUT", "/api/hazards/" + hazard + "/plan", enterprise, planBody()));
    ok(call("POST", "/api/hazards/" + hazard + "/rectification-start", enterprise, (String) null));
    HttpResponse<String> requested =
        call("POST", "/api/hazards/" + hazard + "/deadline-extensions", enterprise, body("extension").text());
    assertThat(requested.statusCode()).as(requested.body()).isEqualTo(201);
    ok(call("POST", "/api/hazards/" + hazard + "/deadline-extensions/1/decision", tokens.get("district"),
        "{\"decision\":\"REFUSE\",\"reason\":\"The rain has stopped.\"}"));
    return hazard;
  }

  /**
   * The task to plan the hazard, offered to its enterprise, once it is there; claimed by another
   * user of the enterprise, so that no caller of the table can claim, give back or complete it.
   */
  private static String planTaskHeldByAColleague(String enterprise, String hazardId) throws Exception {
    String colleague = devToken("colleague-of-" + enterprise, "ENTERPRISE", enterprise + "-colleague-" + UUID.randomUUID(),
        List.of(), enterprise, List.of());
    HttpResponse<String> tasks = await(colleague, "/api/tasks", r -> r.statusCode() == 200 && r.body().contains(hazardId));
    String task = StreamSupport.stream(JSON.readTree(tasks.body()).spliterator(), false)
        .filter(t -> t.path("businessKey").asText().equals(hazardId))
        .filter(t -> t.path("taskDefinitionKey").asText().equals("Task_SubmitRectificationPlan"))
        .map(t -> t.path("id").asText())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no plan task of " + hazardId + " in " + tasks.body()));
    ok(call("POST", "/api/tasks/" + task + "/claim", colleague, (String) null));
    return task;
  }

  // --- requests ------------------------------------------------------------------------------

  /** A body of a request: its media type and its text. */
  private record Body(String contentType, String text) {
    static Body json(String text) {
      return new Body("application/json", text);
    }
  }

  /** The body a row names, its objects still as {@code {name}}; or {@code null} for none. */
  private static Body body(String name) {
    if (name == null) {
      return null;
    }
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    LocalDate today = LocalDate.now();
    Body body = switch (name) {
      case "mine" -> Body.json(mineBody("ent-a", TOWN_A));
      case "facts" -> Body.json("{\"slopeHeightMetres\":40,\"onlineSlopeMonitoring\":true,\"slopeStabilityAnalysisDone\":true}");
      case "closure" -> Body.json("{\"reason\":\"Worked out.\"}");
      case "hazardOnClosedA" -> Body.json(hazardBody("{closedA}"));
      case "hazardOnClosedB" -> Body.json(hazardBody("{closedB}"));
      case "classification" -> Body.json("{\"level\":\"GENERAL\",\"reason\":\"Checked on site.\"}");
      case "plan" -> Body.json(planBody());
      case "progress" -> Body.json("{\"note\":\"matrix\",\"percent\":10}");
      case "completion" -> Body.json("{\"evidenceRefs\":[\"photo://crest-cut-back\"]}");
      case "verification" -> Body.json("{\"outcome\":\"ACCEPT\",\"reason\":\"Verified on site.\"}");
      case "extension" -> Body.json(
          "{\"requestedDeadline\":\"%s\",\"reason\":\"Rain.\"}".formatted(now.plus(Duration.ofDays(60))));
      case "extensionDecision" -> Body.json("{\"decision\":\"APPROVE\",\"reason\":\"Rain.\"}");
      case "reopening" -> Body.json("{\"reason\":\"The crack opened again.\",\"reviewReference\":\"LB-1\"}");
      case "orderOnClosedA" -> Body.json(orderBody("{closedA}", "{hazardA}"));
      case "orderOnClosedB" -> Body.json(orderBody("{closedB}", "{hazardB}"));
      case "resumptionApplication" -> Body.json(
          "{\"rectificationReportRef\":\"doc://rectification\",\"assessmentReportRef\":\"doc://assessment\"}");
      case "resumptionReview" -> Body.json("{\"outcome\":\"PASS\"}");
      case "resumptionDecision" -> Body.json("{\"decision\":\"APPROVE\"}");
      case "fulfilment" -> Body.json("{\"remark\":\"All signed off.\"}");
      case "campaign" -> Body.json(campaignBody());
      case "phaseDates" -> Body.json(
          "{\"startDate\":\"%s\",\"endDate\":\"%s\"}".formatted(today.plusDays(1), today.plusDays(2)));
      case "reportDueDate" -> Body.json("{\"reportDueDate\":\"2020-01-01\"}");
      case "conclusion" -> Body.json("{\"note\":\"Done.\"}");
      case "tip" -> Body.json(tipBody("Trucks leave the quarry at night " + UUID.randomUUID(), TOWN_A));
      case "triage" -> Body.json("{\"decision\":\"DISMISS\",\"reason\":\"Nothing found on site.\"}");
      case "noAdvance" -> Body.json("{}");
      case "devToken" -> Body.json(
          "{\"sub\":\"matrix\",\"roles\":[\"ENTERPRISE\"],\"org\":\"ent-a\",\"towns\":[],\"enterprise\":\"ent-a\"}");
      case "clientCredentials" -> new Body("application/x-www-form-urlencoded",
          "grant_type=client_credentials&client_id=xigang-office-system&client_secret=xigang-office-system-secret");
      default -> throw new IllegalArgumentException("no body named " + name);
    };
    return body;
  }

  /** The object a row is about: the first known one its path names, else the first its body names. */
  private static String subject(Row row, Body body) {
    Matcher placeholder = PLACEHOLDER.matcher(row.path() + (body == null ? "" : " " + body.text()));
    while (placeholder.find()) {
      if (ids.containsKey(placeholder.group(1))) {
        return placeholder.group(1);
      }
    }
    return null;
  }

  /**
   * The status and body of the same request about an object that does not exist in place of
   * {@code id}, that object's id shown as {@code <id>}.
   */
  private static String answerAboutAMissingObject(String method, String path, Body body, String bearer, String id)
      throws IOException, InterruptedException {
    // a town is named by its code, any other object by a UUID
    String missing = id.matches("\\d+") ? "9".repeat(id.length()) : UUID.randomUUID().toString();
    Body aboutMissing = body == null ? null : new Body(body.contentType(), body.text().replace(id, missing));
    HttpResponse<String> response = call(method, path.replace(id, missing), bearer, aboutMissing);
    return response.statusCode() + " " + response.body().replace(missing, "<id>");
  }

  /** The template with each {@code {name}} of a known object replaced by its id. */
  private static String withIds(String template) {
    String text = template;
    for (Map.Entry<String, String> id : ids.entrySet()) {
      text = text.replace("{" + id.getKey() + "}", id.getValue());
    }
    return text;
  }

  private static String resolve(String template) {
    String path = withIds(template);
    assertThat(path).as(template).doesNotContain("{");
    return path;
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

  private static String planBody() {
    return """
        {"measures":["Cut the crest of bench 4 back"],"funds":{"amountCny":50000,"source":"safety production fund"},
         "deadline":"%s","responsibility":{"person":"Zhang San","position":"mine manager","unit":"Mining Co."},
         "contingencyPlan":{"summary":"keep off bench 4","documentRef":"EP-4"}}"""
        .formatted(Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS));
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

  private static void ok(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.uri() + ": " + response.body()).isEqualTo(200);
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
    await(devToken("poller", "ADMIN", "poller-" + UUID.randomUUID(), List.of(), null, List.of()), path, done);
  }

  /** Polls as {@code bearer} until done; answers the last response. */
  private static HttpResponse<String> await(String bearer, String path, Predicate<HttpResponse<String>> done)
      throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    HttpResponse<String> last = null;
    while (System.nanoTime() < deadline) {
      last = call("GET", path, bearer, (String) null);
      if (done.test(last)) {
        return last;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("not done in time: GET " + path + " → "
        + (last == null ? "no answer" : last.statusCode() + " " + last.body()));
  }

  private static HttpResponse<String> call(String method, String path, String bearer, String json)
      throws IOException, InterruptedException {
    return call(method, path, bearer, json == null ? null : Body.json(json));
  }

  private static HttpResponse<String> call(String method, String path, String bearer, Body body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(config.gatewayUrl() + path)).timeout(Duration.ofSeconds(30))
            .method(method, body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body.text()));
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    if (body != null) {
      request.header("Content-Type", body.contentType());
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String abbreviated(String body) {
    return body.length() > 300 ? body.substring(0, 300) + "…" : body;
  }
}
