package io.shouwei.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Scenario 4: a full rebuild of the read models from Kafka offset 0 ({@code POST
 * /api/reports/admin/rebuild}), over every event the earlier scenarios stored; optionally recorded
 * with Java Flight Recorder in reporting-service.
 */
final class Rebuild {

  static void run(BenchStack stack, Api api, Results results, Path jfrFile) {
    String url = stack.serviceUrl(BenchStack.REPORTING) + "/api/reports/admin/rebuild";
    if (jfrFile != null) {
      Jcmd.run(stack.pid(BenchStack.REPORTING), "JFR.start", "name=rebuild", "settings=profile",
          "filename=" + jfrFile);
    }
    JsonNode started = Api.read(api.send(api.post(url, api.adminToken, "")), 202);
    long began = System.nanoTime();
    JsonNode progress = started;
    List<String> raw = new ArrayList<>(List.of("elapsed_s,state,events_done,events_total,events_per_second"));
    while (progress.get("state").asText().matches("REPLAYING|SWITCHING|IDLE")
        && System.nanoTime() - began < 600_000_000_000L) {
      sleep(500);
      progress = Api.read(api.send(api.get(url, api.adminToken)), 200);
      raw.add(Stats.ms((System.nanoTime() - began) / 1e9) + "," + progress.get("state").asText() + ","
          + progress.path("eventsDone").asText() + "," + progress.path("eventsTotal").asText() + ","
          + progress.path("eventsPerSecond").asText());
    }
    double seconds = (System.nanoTime() - began) / 1e9;
    if (jfrFile != null) {
      Jcmd.run(stack.pid(BenchStack.REPORTING), "JFR.stop", "name=rebuild");
    }
    long total = progress.path("eventsTotal").asLong();
    long done = progress.path("eventsDone").asLong();
    results.raw("rebuild" + (jfrFile != null ? "-jfr" : "") + ".csv", raw);
    String table = "| state | events in the topic at start | events replayed | wall time (POST → DONE) | events/s (service) | events/s (wall) | goal ≥ 20,000 ev/s |\n"
        + "|---|---:|---:|---:|---:|---:|---|\n"
        + "| " + progress.get("state").asText() + " | " + total + " | " + done + " | " + Stats.ms(seconds) + " s | "
        + progress.path("eventsPerSecond").asText() + " | " + Stats.ms(done / seconds) + " | "
        + (done / seconds >= 20_000 ? "met" : "missed") + " |\n";
    results.markdown("rebuild" + (jfrFile != null ? "-jfr" : ""), "# Read-model rebuild\n\n"
        + Results.environment(stack.hazardJdbcUrl())
        + "\nData: every event the earlier scenarios of the same run stored (Kafka topic `shouwei.events`, 6 partitions). "
        + "`POST /api/reports/admin/rebuild` straight to reporting-service (administrator token), then its progress polled "
        + "every 500 ms until `DONE`. " + (jfrFile != null ? "Recorded with JFR (settings=profile) in reporting-service. " : "")
        + "Raw progress: `raw/rebuild" + (jfrFile != null ? "-jfr" : "") + ".csv`.\n\n" + table);
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
