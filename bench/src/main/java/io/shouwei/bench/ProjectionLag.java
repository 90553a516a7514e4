package io.shouwei.bench;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Scenario 3: hazards are reported through the gateway at a fixed rate (open model); the moment
 * each report's 201 arrives (its event is committed) until reporting-service's read model answers
 * {@code GET /api/reports/hazards/{id}} with 200 is its lag. One poller asks reporting-service
 * directly for every hazard not yet seen, in turn, without pause.
 */
final class ProjectionLag {

  static void run(BenchStack stack, Api api, Results results, String mineId, List<Double> rates, int warmUpSeconds,
      int seconds) {
    StringBuilder table = new StringBuilder();
    table.append("| commands/s asked | commands/s done | hazards measured | not seen in time | lag p50 | lag p99 | lag max | goal p99 ≤ 500 ms |\n");
    table.append("|---:|---:|---:|---:|---:|---:|---:|---|\n");
    List<String> raw = new ArrayList<>(List.of("rate,hazard,committed_ms,lag_ms"));
    for (double rate : rates) {
      level(stack, api, mineId, rate, warmUpSeconds, false, raw, null);
      level(stack, api, mineId, rate, seconds, true, raw, table);
    }
    results.raw("projection-lag.csv", raw);
    results.markdown("projection-lag", "# Projection lag\n\n" + Results.environment(stack.hazardJdbcUrl())
        + "\nMethod: at each rate, " + warmUpSeconds + " s of warm-up at that rate (not counted), then " + seconds
        + " s measured. Each command is `POST /api/hazards` (one `HazardReported` event) through the gateway, sent on schedule "
        + "whether or not earlier ones were answered. Lag = from the 201 (event committed in PostgreSQL) until reporting-service "
        + "(MongoDB read model, fed from Kafka) answers `GET /api/reports/hazards/{id}` with 200; one poller cycles through the "
        + "unseen hazards, so the lag includes up to one polling cycle. A hazard not seen within 30 s after the last command "
        + "counts as not seen. Raw data: `raw/projection-lag.csv`.\n\n" + table);
  }

  private static void level(BenchStack stack, Api api, String mineId, double rate, int seconds, boolean measured,
      List<String> raw, StringBuilder table) {
    Map<String, Long> committed = new ConcurrentHashMap<>();
    ConcurrentLinkedQueue<String> pending = new ConcurrentLinkedQueue<>();
    List<Double> lags = new ArrayList<>();
    AtomicInteger sent = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    int total = (int) Math.round(rate * seconds);
    long began = System.nanoTime();
    ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    long periodMicros = (long) (1_000_000 / rate);
    scheduler.scheduleAtFixedRate(() -> {
      if (sent.getAndIncrement() >= total) {
        return;
      }
      api.http().sendAsync(api.post(stack.gatewayUrl() + "/api/hazards", api.enterpriseToken, Api.reportBody(mineId)),
              HttpResponse.BodyHandlers.ofString())
          .whenComplete((response, error) -> {
            long at = System.nanoTime();
            if (error != null || response.statusCode() != 201) {
              failed.incrementAndGet();
              return;
            }
            String id = Api.read(response, 201).get("id").asText();
            committed.put(id, at);
            pending.add(id);
          });
    }, 0, periodMicros, TimeUnit.MICROSECONDS);
    String reporting = stack.serviceUrl(BenchStack.REPORTING);
    long sendEnd = began + (long) (seconds * 1e9);
    long giveUp = sendEnd + 30_000_000_000L;
    int seen = 0;
    while (System.nanoTime() < giveUp) {
      String id = pending.poll();
      if (id == null) {
        if (System.nanoTime() > sendEnd + 5_000_000_000L && committed.size() == seen) {
          break;
        }
        sleep(2);
        continue;
      }
      HttpResponse<String> response = api.send(api.get(reporting + "/api/reports/hazards/" + id, api.enterpriseToken));
      long at = System.nanoTime();
      if (response.statusCode() == 200) {
        double lag = (at - committed.get(id)) / 1e6;
        lags.add(lag);
        seen++;
        if (measured) {
          raw.add(rate + "," + id + "," + Stats.ms((committed.get(id) - began) / 1e6) + "," + Stats.ms(lag));
        }
      } else {
        pending.add(id);
      }
    }
    scheduler.shutdownNow();
    if (table != null) {
      Stats s = Stats.of(lags);
      double done = committed.size() / (double) seconds;
      table.append("| ").append(Stats.ms(rate)).append(" | ").append(Stats.ms(done)).append(" | ").append(s.count())
          .append(" | ").append(committed.size() - seen + failed.get()).append(" | ").append(Stats.ms(s.p50()))
          .append(" ms | ").append(Stats.ms(s.p99())).append(" ms | ").append(Stats.ms(s.max())).append(" ms | ")
          .append(s.p99() <= 500 ? "met" : "missed").append(" |\n");
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
