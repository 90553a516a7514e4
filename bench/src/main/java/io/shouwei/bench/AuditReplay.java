package io.shouwei.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Scenario 5: one hazard with 1,000 stored events (report, plan, start, then progress reports);
 * its state as of now and as of the middle of its life, its full history (two pages of 500), and a
 * command on it, first with snapshots (Axon's of the aggregate and the audit's sealed ones of the
 * view, every 50 events), then with both deleted and hazard-service restarted with both off.
 */
final class AuditReplay {

  static final int EVENTS = 1000;
  private static final int WARM_UP = 20;
  private static final int MEASURED = 100;
  private static final int COMMANDS = 30;

  static void run(BenchStack stack, Api api, Results results, String mineId) {
    String hazard = stack.serviceUrl(BenchStack.HAZARD);
    String id = api.reportHazard(hazard, mineId);
    Api.read(api.send(api.put(hazard + "/api/hazards/" + id + "/plan", api.enterpriseToken, Api.planBody())), 200);
    Api.read(api.send(api.post(hazard + "/api/hazards/" + id + "/rectification-start", api.enterpriseToken, "")), 200);
    long buildStart = System.nanoTime();
    Instant middle = null;
    for (int i = 3; i < EVENTS - COMMANDS * 2; i++) {
      if (i == EVENTS / 2) {
        middle = Instant.now();
      }
      Api.read(api.send(api.post(hazard + "/api/hazards/" + id + "/progress", api.enterpriseToken,
          Api.progressBody(1 + i * 90 / EVENTS))), 200);
    }
    double buildSeconds = (System.nanoTime() - buildStart) / 1e9;
    StringBuilder table = new StringBuilder();
    table.append("| snapshots | operation | samples | p50 | p99 | mean | goal |\n|---|---|---:|---:|---:|---:|---|\n");
    List<String> raw = new ArrayList<>(List.of("snapshots,operation,sample,ms"));
    measure("every 50 events", stack, api, id, middle, table, raw);
    try (Connection c = DriverManager.getConnection(stack.hazardJdbcUrl(), "postgres", "");
         Statement s = c.createStatement()) {
      s.executeUpdate("DELETE FROM snapshotevententry");
      s.executeUpdate("DELETE FROM audit_snapshot");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    stack.restart(BenchStack.HAZARD, Map.of(
        "SHOUWEI_SNAPSHOTS_HAZARDTHRESHOLD", "1000000000", "SHOUWEI_AUDIT_SNAPSHOTS_ENABLED", "false"));
    measure("none", stack, api, id, middle, table, raw);
    // the scenarios after this one (and hazard-service's next start) run with snapshots again
    stack.environment(BenchStack.HAZARD, Map.of(
        "SHOUWEI_SNAPSHOTS_HAZARDTHRESHOLD", Integer.toString(stack.snapshotThreshold()),
        "SHOUWEI_AUDIT_SNAPSHOTS_ENABLED", "true"));
    results.raw("audit-replay.csv", raw);
    results.markdown("audit-replay", "# Audit replay\n\n" + Results.environment(stack.hazardJdbcUrl())
        + "\nData: one hazard with " + EVENTS + " stored events (report, plan, start, then progress reports; the last "
        + COMMANDS * 2 + " are the measured commands of the two runs), built in " + Stats.ms(buildSeconds)
        + " s by commands sent straight to hazard-service. Each read is sent straight to hazard-service (auditor token), "
        + WARM_UP + " warm-up then " + MEASURED + " measured, one at a time; each command " + COMMANDS
        + " times (one warm-up excluded). With snapshots: the command loads the aggregate from Axon's latest snapshot, and"
        + " the as-of reads start from the audit's own sealed snapshot of the view (every 50 events, verified against the"
        + " hash chain, hazard-service `AuditService`); the full history reads every event either way. Without: both kinds"
        + " deleted and hazard-service restarted with both off. Raw data: `raw/audit-replay.csv`.\n\n"
        + table);
  }

  private static void measure(String snapshots, BenchStack stack, Api api, String id, Instant middle,
      StringBuilder table, List<String> raw) {
    String base = stack.serviceUrl(BenchStack.HAZARD) + "/api/hazards/" + id;
    String now = URLEncoder.encode(Instant.now().toString(), StandardCharsets.UTF_8);
    String mid = URLEncoder.encode(middle.toString(), StandardCharsets.UTF_8);
    row(snapshots, "state as of now (1,000 events replayed)", table, raw, WARM_UP, MEASURED,
        () -> Api.read(api.send(api.get(base + "?asOf=" + now, api.auditorToken)), 200), "≤ 20 ms");
    row(snapshots, "state as of the middle (500 events)", table, raw, WARM_UP, MEASURED,
        () -> Api.read(api.send(api.get(base + "?asOf=" + mid, api.auditorToken)), 200), "");
    row(snapshots, "full history (2 pages of 500)", table, raw, 5, 30, () -> {
      Api.read(api.send(api.get(base + "/history?page=0&size=500", api.auditorToken)), 200);
      Api.read(api.send(api.get(base + "/history?page=1&size=500", api.auditorToken)), 200);
    }, "");
    row(snapshots, "command on the hazard (progress)", table, raw, 1, COMMANDS - 1,
        () -> Api.read(api.send(api.post(base + "/progress", api.enterpriseToken, Api.progressBody(95))), 200), "");
  }

  private static void row(String snapshots, String operation, StringBuilder table, List<String> raw, int warmUp,
      int measured, Runnable call, String goal) {
    for (int i = 0; i < warmUp; i++) {
      call.run();
    }
    List<Double> times = new ArrayList<>();
    for (int i = 0; i < measured; i++) {
      long start = System.nanoTime();
      call.run();
      double ms = (System.nanoTime() - start) / 1e6;
      times.add(ms);
      raw.add(snapshots + "," + operation.replace(',', ' ') + "," + i + "," + Stats.ms(ms));
    }
    Stats s = Stats.of(times);
    String verdict = goal.isEmpty() ? "" : goal + ": " + (s.p50() <= 20 ? "met at p50" : "missed at p50")
        + (s.p99() <= 20 ? ", met at p99" : ", missed at p99");
    table.append("| ").append(snapshots).append(" | ").append(operation).append(" | ").append(measured).append(" | ")
        .append(Stats.ms(s.p50())).append(" ms | ").append(Stats.ms(s.p99())).append(" ms | ")
        .append(Stats.ms(s.mean())).append(" ms | ").append(verdict).append(" |\n");
  }
}
