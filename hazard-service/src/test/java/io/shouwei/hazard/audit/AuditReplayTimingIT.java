package io.shouwei.hazard.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shouwei.embedded.DevTokens;
import io.shouwei.embedded.KafkaBroker;
import io.shouwei.embedded.PostgresDatabase;
import io.shouwei.hazard.hazard.view.HazardView;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The audit-replay figure of the benchmark (scenario 5), focused: one hazard with 1,000 events
 * built through the API on PostgreSQL with the production snapshot intervals (50), then its state
 * as of now and as of the middle of its life, read warm many times over, with the audit's
 * snapshots and without them (set aside under another revision) in the same run, over HTTP as an
 * auditor and in the process ({@link PastStates}, without HTTP and authorisation). The answers
 * must be the same; the figures (p50, p99, mean) are printed and written to
 * {@code target/audit-replay-timing.md}, with the plain read of the hazard's current view as the
 * baseline of what HTTP and authorisation cost.
 *
 * <p>Not part of {@code mvn verify} (it takes minutes): run it with {@code -Daudit.timing=true}
 * ({@code -Daudit.timing.samples=n} for other than 200 samples per figure). The equality of the
 * two paths is tested on every build by {@link PastStatesIT} and {@code AuditReplayIT}.
 */
@EnabledIfSystemProperty(named = "audit.timing", matches = "true")
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"shouwei.audit.snapshots.interval=50", "shouwei.snapshots.hazard-threshold=50"})
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class AuditReplayTimingIT {

  static final PostgresDatabase DB = PostgresDatabase.create("hazard_audit_timing");
  static final DevTokens TOKENS = DevTokens.generate();
  static final ObjectMapper JSON = new ObjectMapper();

  static final int EVENTS = 1000;
  static final int SAMPLES = Integer.getInteger("audit.timing.samples", 200);
  static final int WARM_UP = Math.max(20, SAMPLES / 5);
  static final String TOWN = "310115101";

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", DB::jdbcUrl);
    registry.add("spring.datasource.username", DB::username);
    registry.add("spring.datasource.password", DB::password);
    registry.add("spring.kafka.bootstrap-servers", () -> KafkaBroker.shared().bootstrapServers());
    registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", TOKENS::serveJwks);
  }

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired PastStates pastStates;
  @Autowired AuditedTypes types;

  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  static final String AUDITOR = TOKENS.token("auditor-wang", List.of("AUDITOR"), "audit-office", List.of(), null);
  static final String TOWN_AGENCY =
      TOKENS.token("inspector-li", List.of("TOWN_AGENCY"), "town-office-101", List.of(TOWN), null);
  static final String ENTERPRISE = TOKENS.token("safety-ent-a", List.of("ENTERPRISE"), "ent-a", List.of(), "ent-a");

  /** Percentiles (nearest rank) and mean of one series of milliseconds. */
  record Figures(double p50, double p99, double mean) {

    static Figures of(List<Double> millis) {
      List<Double> sorted = new ArrayList<>(millis);
      Collections.sort(sorted);
      return new Figures(rank(sorted, 50), rank(sorted, 99),
          sorted.stream().mapToDouble(Double::doubleValue).average().orElseThrow());
    }

    private static double rank(List<Double> sorted, int percentile) {
      int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
      return sorted.get(Math.max(rank, 1) - 1);
    }
  }

  @Test
  void asOf_aThousandEventHazard_withAndWithoutSnapshots() throws IOException {
    long buildStart = System.nanoTime();
    String id = hazardWithEvents(EVENTS);
    Instant middle = storedTimeOf(id, EVENTS / 2);
    double buildSeconds = (System.nanoTime() - buildStart) / 1e9;
    await().atMost(Duration.ofSeconds(60)).until(() -> snapshotCount(id) == EVENTS / 50);

    String path = "/api/hazards/" + id;
    String now = path + "?asOf=" + URLEncoder.encode(Instant.now().toString(), StandardCharsets.UTF_8);
    String mid = path + "?asOf=" + URLEncoder.encode(middle.toString(), StandardCharsets.UTF_8);
    AuditedType<HazardView> hazard = types.hazard();
    ReplayPoint nowPoint = new ReplayPoint.AsOf(Instant.now());
    ReplayPoint midPoint = new ReplayPoint.AsOf(middle);

    JsonNode nowWith = get(now);
    JsonNode midWith = get(mid);
    assertThat(nowWith.get("version").asLong()).isEqualTo(EVENTS - 1);
    assertThat(midWith.get("version").asLong()).isGreaterThanOrEqualTo(EVENTS / 2);
    List<String> rows = new ArrayList<>();
    Figures plainGet = time(() -> get(path));
    Figures httpNowWith = time(() -> get(now));
    Figures httpMidWith = time(() -> get(mid));
    Figures inNowWith = time(() -> pastStates.replay(hazard, id, nowPoint));
    Figures inMidWith = time(() -> pastStates.replay(hazard, id, midPoint));

    String revision = hazard.stateRevision();
    assertThat(jdbc.update("UPDATE audit_snapshot SET state_revision = 'set-aside' WHERE aggregate_id = ?", id))
        .isEqualTo(EVENTS / 50);
    assertThat(get(now)).as("the same answer without snapshots").isEqualTo(nowWith);
    assertThat(get(mid)).isEqualTo(midWith);
    assertThat(pastStates.replay(hazard, id, midPoint)).isEqualTo(pastStates.fromFirstEvent(hazard, id, midPoint));
    Figures httpNowWithout = time(() -> get(now));
    Figures httpMidWithout = time(() -> get(mid));
    Figures inNowWithout = time(() -> pastStates.replay(hazard, id, nowPoint));
    Figures inMidWithout = time(() -> pastStates.replay(hazard, id, midPoint));
    jdbc.update("UPDATE audit_snapshot SET state_revision = ? WHERE aggregate_id = ?", revision, id);

    rows.add(String.format(Locale.ROOT, "| `GET /api/hazards/{id}`, its current view (baseline: no replay) | HTTP, auditor"
        + " | %.2f / %.2f / %.2f ms | | |", plainGet.p50(), plainGet.p99(), plainGet.mean()));
    rows.add(row("`GET ?asOf=` now (1,000 events)", "HTTP, auditor", httpNowWith, httpNowWithout));
    rows.add(row("`GET ?asOf=` the middle (about 500 events)", "HTTP, auditor", httpMidWith, httpMidWithout));
    rows.add(row("state as of now", "in process (`PastStates`)", inNowWith, inNowWithout));
    rows.add(row("state as of the middle", "in process (`PastStates`)", inMidWith, inMidWithout));
    String table = "Audit replay of one hazard with " + EVENTS + " events (report, plan, start, progress), built in "
        + String.format(Locale.ROOT, "%.1f", buildSeconds) + " s through the API; PostgreSQL; audit snapshots every 50"
        + " events; " + WARM_UP + " warm-up then " + SAMPLES + " samples per figure, one request at a time;"
        + " without = the snapshots set aside in the same run.\n\n"
        + "| operation | path | with snapshots p50 / p99 / mean | without p50 / p99 / mean | p50 ratio |\n"
        + "|---|---|---:|---:|---:|\n" + String.join("\n", rows) + "\n";
    System.out.println("\n" + table);
    Files.writeString(Path.of("target", "audit-replay-timing.md"), table);
  }

  private static String row(String operation, String path, Figures with, Figures without) {
    return String.format(Locale.ROOT, "| %s | %s | %.2f / %.2f / %.2f ms | %.2f / %.2f / %.2f ms | ×%.1f |",
        operation, path, with.p50(), with.p99(), with.mean(), without.p50(), without.p99(), without.mean(),
        without.p50() / with.p50());
  }

  private static Figures time(Supplier<?> call) {
    for (int i = 0; i < WARM_UP; i++) {
      call.get();
    }
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < SAMPLES; i++) {
      long start = System.nanoTime();
      call.get();
      millis.add((System.nanoTime() - start) / 1e6);
    }
    return Figures.of(millis);
  }

  // ------------------------------------------------------------------ building the hazard

  /** Report, plan, start, then progress reports up to {@code events} events. */
  String hazardWithEvents(int events) {
    String mine = json(send("POST", "/api/mines", TOKENS.token("bureau-chen", List.of("DISTRICT_AGENCY"),
        "district-bureau", List.of(), null), """
        {"name": "北山露天采石场", "enterpriseId": "ent-a", "enterpriseName": "Enterprise A", "townCode": "%s",
         "type": "OPEN_PIT", "facts": {"slopeHeightMetres": 60, "onlineSlopeMonitoring": true,
         "slopeStabilityAnalysisDone": true}}
        """.formatted(TOWN), 201)).get("id").asText();
    String id = json(send("POST", "/api/hazards", TOWN_AGENCY, """
        {"mineId": "%s", "source": "AGENCY_INSPECTION", "category": "SLOPE", "title": "北帮台阶坡顶裂缝",
         "description": "A 12 m crack runs along the crest of bench 4.", "location": "North pit, bench 4",
         "discoveredAt": "%s"}
        """.formatted(mine, Instant.now().minus(Duration.ofHours(1))), 201)).get("id").asText();
    String path = "/api/hazards/" + id;
    send("PUT", path + "/plan", ENTERPRISE, """
        {"measures": ["Scale the loose rock"], "funds": {"amountCny": 5000.50, "source": "safety fund"},
         "deadline": "%s",
         "responsibility": {"person": "Zhang San", "position": "pit foreman", "unit": "Bench Mining Co."}}
        """.formatted(Instant.now().plus(Duration.ofDays(30))), 200);
    send("POST", path + "/rectification-start", ENTERPRISE, null, 200);
    for (int i = 3; i < events; i++) {
      send("POST", path + "/progress", ENTERPRISE, "{\"note\": \"step " + i + "\", \"percent\": " + (1 + i * 90 / events)
          + "}", 200);
    }
    return id;
  }

  Instant storedTimeOf(String id, long sequence) {
    return Instant.parse(jdbc.queryForObject(
        "SELECT timestamp FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = ?", String.class,
        id, sequence));
  }

  long snapshotCount(String id) {
    return jdbc.queryForObject("SELECT count(*) FROM audit_snapshot WHERE aggregate_id = ?", Long.class, id);
  }

  JsonNode get(String path) {
    return json(send("GET", path, AUDITOR, null, 200));
  }

  HttpResponse<String> send(String method, String path, String token, String body, int expected) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + token)
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(expected);
      return response;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + response.body(), e);
    }
  }
}
