package io.shouwei.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * reporting-service is killed (SIGKILL) while it consumes a stream of events, and restarted: its
 * read models catch up with every stored event, and equal, document for document, the read models
 * of a full rebuild from offset 0 ({@code POST /api/reports/admin/rebuild}).
 */
class ReportingRestartFaultIT extends FaultTest {

  private static final int HAZARDS = 24;
  private static final String ENTERPRISE = "ent-fault-reporting";
  private static final Duration CATCH_UP = Duration.ofSeconds(150);


  @Test
  @Timeout(900)
  void reportingKilledMidBatch_catchesUpOnRestart_andItsReadModelsEqualARebuild() throws Exception {
    String district = api.district();
    String enterprise = api.enterprise(ENTERPRISE);
    String admin = api.admin();
    String mineId = api.registerMine(district, ENTERPRISE);
    AtomicInteger sent = new AtomicInteger();

    CompletableFuture<Long> killed = new CompletableFuture<>();
    Thread killer = new Thread(() -> {
      try {
        while (sent.get() < HAZARDS / 2) {
          Thread.sleep(20);
        }
        stack.stack.kill("reporting-service");
        System.out.printf("[faults] reporting: killed after %d commands%n", sent.get());
        killed.complete(System.nanoTime());
      } catch (Throwable t) {
        killed.completeExceptionally(t);
      }
    }, "kill-reporting");
    killer.start();

    List<String> hazards = new ArrayList<>();
    for (int i = 0; i < HAZARDS; i++) {
      String id = Api.created(api.call("POST", "/api/hazards", enterprise, Api.hazardBody(mineId, "Reporting fault " + i)));
      hazards.add(id);
      sent.incrementAndGet();
      Api.ok(api.call("POST", "/api/hazards/" + id + "/classification", district,
          "{\"level\":\"GENERAL\",\"reason\":\"checked\"}", "0"));
      sent.incrementAndGet();
    }
    killed.get();
    long began = System.nanoTime();
    stack.stack.restart("reporting-service");
    long restartMillis = (System.nanoTime() - began) / 1_000_000;

    long stored = 0;
    for (String id : hazards) {
      stored += store.count(id);
    }
    JsonNode caughtUp = Api.await(
        () -> api.getOrNull("/api/reports/hazards?mine=" + mineId + "&size=200", enterprise),
        p -> p.path("total").asLong() == HAZARDS
            && p.findValues("version").stream().allMatch(v -> v.asLong() == 1),
        CATCH_UP);
    long catchUpMillis = (System.nanoTime() - began) / 1_000_000;
    TreeMap<String, JsonNode> live = byId(caughtUp);
    JsonNode liveMine = Api.ok(api.call("GET", "/api/reports/mines/" + mineId, enterprise, null));

    JsonNode startedRebuild = Api.JSON.readTree(api.call("POST", "/api/reports/admin/rebuild", admin, null).body());
    assertThat(startedRebuild.path("state").asText()).as(startedRebuild.toString()).isIn("REPLAYING", "SWITCHING", "DONE");
    long generation = startedRebuild.path("generation").asLong();
    JsonNode progress = Api.await(
        () -> api.getOrNull("/api/reports/admin/rebuild", admin),
        p -> p.path("generation").asLong() == generation && !p.path("state").asText().matches("REPLAYING|SWITCHING"),
        Duration.ofSeconds(120));
    assertThat(progress.path("state").asText()).as(progress.toString()).isEqualTo("DONE");
    assertThat(progress.path("activeGeneration").asLong()).isEqualTo(generation);

    TreeMap<String, JsonNode> rebuilt =
        byId(Api.ok(api.call("GET", "/api/reports/hazards?mine=" + mineId + "&size=200", enterprise, null)));
    JsonNode rebuiltMine = Api.ok(api.call("GET", "/api/reports/mines/" + mineId, enterprise, null));
    long delivered = live.values().stream().mapToLong(h -> h.path("version").asLong() + 1).sum();
    System.out.printf(
        "[faults] reporting: commands sent %d, events stored %d, delivered to the live read model %d"
            + " (restart %d ms, caught up %d ms after the restart began); rebuild of generation %d replayed %d"
            + " records: %d documents equal to the live ones of %d%n",
        sent.get(), stored, delivered, restartMillis, catchUpMillis, generation,
        progress.path("eventsDone").asLong(), countEqual(live, rebuilt), live.size());
    assertThat(stored).isEqualTo(2L * HAZARDS);
    assertThat(delivered).isEqualTo(stored);
    assertThat(rebuilt).isEqualTo(live);
    assertThat(rebuiltMine).isEqualTo(liveMine);
  }

  private static TreeMap<String, JsonNode> byId(JsonNode page) {
    TreeMap<String, JsonNode> documents = new TreeMap<>();
    page.path("items").forEach(h -> documents.put(h.path("id").asText(), h));
    return documents;
  }

  private static long countEqual(TreeMap<String, JsonNode> a, TreeMap<String, JsonNode> b) {
    return a.entrySet().stream().filter(e -> e.getValue().equals(b.get(e.getKey()))).count();
  }
}
