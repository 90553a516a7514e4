package io.shouwei.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scenario 4: a full rebuild of the read models from Kafka offset 0 ({@code POST
 * /api/reports/admin/rebuild}), over every event the earlier scenarios stored, then over the topic
 * grown to larger sizes ({@code bench.rebuild.sizes}); optionally recorded with Java Flight
 * Recorder in reporting-service.
 */
final class Rebuild {

  /** reporting-service's consumer group ({@code shouwei.reporting.consumer-group}). */
  private static final String REPORTING_GROUP = "reporting-service";

  /**
   * Rebuilds over what the run stored, then, for each of {@code sizes} above that, once the topic
   * was grown to it with copies ({@link TopicCopies}) and reporting-service's live consumer has
   * applied them all (the rebuild never overtakes it). workflow-service is stopped first when the
   * topic is grown, so that it starts no process for the copies.
   */
  static void run(BenchStack stack, Api api, Results results, Path jfrFile, List<Long> sizes) {
    String bootstrap = stack.kafkaBootstrap();
    List<String> rows = new ArrayList<>();
    List<String> raw = new ArrayList<>(List.of("topic_records,elapsed_s,state,events_done,events_total,events_per_second"));
    List<String> notes = new ArrayList<>();
    rows.add(measure(stack, api, jfrFile, raw, "as stored by the run"));
    List<String[]> originals = null;
    for (long size : sizes) {
      long before = TopicCopies.size(bootstrap);
      if (size <= before) {
        continue;
      }
      if (originals == null) {
        originals = TopicCopies.read(bootstrap);
        stack.stop(BenchStack.WORKFLOW);
        notes.add("workflow-service stopped before the copies (" + originals.size() + " records per round)");
      }
      long began = System.nanoTime();
      long sent = TopicCopies.growTo(bootstrap, originals, size);
      double publishing = (System.nanoTime() - began) / 1e9;
      double applying = TopicCopies.awaitConsumed(bootstrap, REPORTING_GROUP, Duration.ofMinutes(40));
      notes.add(String.format(Locale.ROOT,
          "to %,d records: %,d copies published in %s s, applied by the live consumer %s s later (%s events/s)",
          size, sent, Stats.ms(publishing), Stats.ms(applying), Stats.ms(sent / Math.max(0.001, publishing + applying))));
      rows.add(measure(stack, api, null, raw, "grown with copies"));
    }
    results.raw("rebuild" + (jfrFile != null ? "-jfr" : "") + ".csv", raw);
    String table = "| topic | state | events in the topic at start | events replayed | wall time (POST → DONE) | events/s (service) | events/s (wall) | goal ≥ 20,000 ev/s |\n"
        + "|---|---|---:|---:|---:|---:|---:|---|\n" + String.join("", rows);
    results.markdown("rebuild" + (jfrFile != null ? "-jfr" : ""), "# Read-model rebuild\n\n"
        + Results.environment(stack.hazardJdbcUrl())
        + "\nData: every event the earlier scenarios of the same run stored (Kafka topic `shouwei.events`, 6 partitions)"
        + (sizes.isEmpty() ? ". " : "; then the topic grown to " + sizes + " records with copies of those events, every"
            + " UUID renamed per round (bench `TopicCopies`): " + String.join("; ", notes) + ". ")
        + "`POST /api/reports/admin/rebuild` straight to reporting-service (administrator token), then its progress polled "
        + "every 500 ms until `DONE`. " + (jfrFile != null ? "Recorded with JFR (settings=profile) in reporting-service. " : "")
        + "Raw progress: `raw/rebuild" + (jfrFile != null ? "-jfr" : "") + ".csv`.\n\n" + table);
  }

  private static String measure(BenchStack stack, Api api, Path jfrFile, List<String> raw, String topic) {
    String url = stack.serviceUrl(BenchStack.REPORTING) + "/api/reports/admin/rebuild";
    if (jfrFile != null) {
      Jcmd.run(stack.pid(BenchStack.REPORTING), "JFR.start", "name=rebuild", "settings=profile",
          "filename=" + jfrFile);
    }
    JsonNode started = Api.read(api.send(api.post(url, api.adminToken, "")), 202);
    long began = System.nanoTime();
    JsonNode progress = started;
    while (progress.get("state").asText().matches("REPLAYING|SWITCHING|IDLE")
        && System.nanoTime() - began < 1_800_000_000_000L) {
      sleep(500);
      progress = Api.read(api.send(api.get(url, api.adminToken)), 200);
      raw.add(progress.path("eventsTotal").asText() + "," + Stats.ms((System.nanoTime() - began) / 1e9) + ","
          + progress.get("state").asText() + "," + progress.path("eventsDone").asText() + ","
          + progress.path("eventsTotal").asText() + "," + progress.path("eventsPerSecond").asText());
    }
    double seconds = (System.nanoTime() - began) / 1e9;
    if (jfrFile != null) {
      Jcmd.run(stack.pid(BenchStack.REPORTING), "JFR.stop", "name=rebuild");
    }
    long total = progress.path("eventsTotal").asLong();
    long done = progress.path("eventsDone").asLong();
    System.out.printf("rebuild over %d events: %s, %.1f s%n", total, progress.get("state").asText(), seconds);
    return "| " + topic + " | " + progress.get("state").asText() + " | " + total + " | " + done + " | "
        + Stats.ms(seconds) + " s | " + progress.path("eventsPerSecond").asText() + " | " + Stats.ms(done / seconds)
        + " | " + (done / seconds >= 20_000 ? "met" : "missed") + " |\n";
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
