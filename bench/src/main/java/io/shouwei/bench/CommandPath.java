package io.shouwei.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Scenario 1: the command path through the gateway ({@link CommandPathSimulation}, Gatling, open
 * model) at rising arrival rates, and the baseline of the same run: single-row JDBC inserts of
 * copies of the event rows the commands stored, into a table of the event store's layout in the
 * same PostgreSQL database, each insert its own transaction.
 */
final class CommandPath {

  private static final int BASELINE_THREADS = 4;
  private static final int BASELINE_SECONDS = 15;

  record Level(double hazardsPerSecond, int seconds, JsonNode stats, long eventsStored) {}

  static void run(BenchStack stack, Api api, Results results, String mineId, Path benchDir, List<Double> rates,
      int warmUpSeconds, int seconds) {
    Path gatlingDir = benchDir.resolve("target/gatling");
    gatling(stack, api, mineId, rates.get(rates.size() / 2), warmUpSeconds, gatlingDir.resolve("warm-up"));
    List<Level> levels = new ArrayList<>();
    boolean profile = Boolean.getBoolean("bench.command.jfr");
    for (int i = 0; i < rates.size(); i++) {
      double rate = rates.get(i);
      boolean profiled = profile && i == rates.size() - 1;
      long before = eventCount(stack);
      Path dir = gatlingDir.resolve("rate-" + rate);
      if (profiled) {
        PROFILED.forEach(service -> Jcmd.run(stack.pid(service), "JFR.start", "name=command", "settings=profile"));
      }
      gatling(stack, api, mineId, rate, seconds, dir);
      if (profiled) {
        profile(stack, results, benchDir.resolve("target/jfr"), rate, seconds);
      }
      long stored = eventCount(stack) - before;
      levels.add(new Level(rate, seconds, globalStats(dir), stored));
      results.raw("command-path-gatling-rate-" + rate + ".txt", summary(dir));
    }
    double baseline = baseline(stack);

    StringBuilder table = new StringBuilder();
    table.append("| hazards/s (arrivals) | commands/s asked | commands OK/s | failed | events stored/s | p50 | p75 | p95 | p99 | max | p99 ≤ 50 ms |\n");
    table.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
    List<String> raw = new ArrayList<>(List.of("hazards_per_s,commands_ok,commands_ko,events_stored,seconds,p50,p75,p95,p99,max,mean_rps"));
    double sustained = 0;
    for (Level level : levels) {
      JsonNode s = level.stats();
      long ok = s.path(COUNT).path("ok").asLong();
      long ko = s.path(COUNT).path("ko").asLong();
      double p99 = s.path(P99).path("total").asDouble();
      double okPerSecond = ok / (double) level.seconds();
      boolean holds = p99 <= 50 && ko == 0;
      if (holds) {
        sustained = Math.max(sustained, okPerSecond);
      }
      table.append("| ").append(Stats.ms(level.hazardsPerSecond())).append(" | ").append(Stats.ms(level.hazardsPerSecond() * 5))
          .append(" | ").append(Stats.ms(okPerSecond)).append(" | ").append(ko).append(" | ")
          .append(Stats.ms(level.eventsStored() / (double) level.seconds())).append(" | ")
          .append(pct(s, P50)).append(" | ").append(pct(s, P75)).append(" | ")
          .append(pct(s, P95)).append(" | ").append(pct(s, P99)).append(" | ")
          .append(pct(s, MAX)).append(" | ").append(holds ? "yes" : "no").append(" |\n");
      raw.add(level.hazardsPerSecond() + "," + ok + "," + ko + "," + level.eventsStored() + "," + level.seconds() + ","
          + s.path(P50).path("total").asText() + "," + s.path(P75).path("total").asText() + ","
          + s.path(P95).path("total").asText() + "," + s.path(P99).path("total").asText() + ","
          + s.path(MAX).path("total").asText() + "," + s.path("mean throughput (rps)").path("total").asText());
    }
    results.raw("command-path.csv", raw);
    double ratio = sustained / baseline;
    results.markdown("command-path", "# Command path\n\n" + Results.environment(stack.hazardJdbcUrl())
        + "\nMethod: Gatling " + "3.15.1 (Java DSL, `bench/src/test/java/io/shouwei/bench/CommandPathSimulation.java`), open "
        + "model: new hazards arrive at a constant rate and each is reported, planned, started, completed and signed off "
        + "through the gateway (five commands, one after the other, each storing one event; the town office signs off). "
        + warmUpSeconds + " s of warm-up at " + Stats.ms(rates.get(rates.size() / 2)) + " hazards/s (not counted), then "
        + seconds + " s at each rate. Latency percentiles are over every command of the level, in ms (Gatling's response "
        + "time, over OK and failed commands). Events stored/s counts the rows added to `domainevententry` during the level (workflow-service's own "
        + "commands included). Gatling reports: `bench/target/gatling/` (not kept); raw: `raw/command-path.csv`, Gatling's summaries `raw/command-path-gatling-rate-*.txt`.\n\n"
        + "## Latency curve\n\n" + table
        + "\n## Against the baseline\n\nBaseline: " + BASELINE_THREADS + " threads insert copies of the event rows the run "
        + "stored (same payloads, metadata, types; new identifiers), one row per transaction (autocommit), into a table of "
        + "the layout of `domainevententry` (BIGSERIAL global index, the same unique constraints) in the same database, "
        + "for " + BASELINE_SECONDS + " s after 3 s of warm-up.\n\n"
        + "| figure | value |\n|---|---:|\n"
        + "| baseline: single-row JDBC inserts/s | " + Stats.ms(baseline) + " |\n"
        + "| command path: highest commands/s with p99 ≤ 50 ms and no failure | " + Stats.ms(sustained) + " |\n"
        + "| ratio (goal ≥ 0.5) | " + Stats.ms(ratio) + " — " + (ratio >= 0.5 ? "met" : "missed") + " |\n");
  }

  private static final String COUNT = "request count";
  private static final String P50 = "response time 50th percentile (ms)";
  private static final String P75 = "response time 75th percentile (ms)";
  private static final String P95 = "response time 95th percentile (ms)";
  private static final String P99 = "response time 99th percentile (ms)";
  private static final String MAX = "max response time (ms)";

  private static String pct(JsonNode s, String name) {
    return Math.round(s.path(name).path("total").asDouble()) + " ms";
  }

  /** The services recorded with {@code -Dbench.command.jfr=true}. */
  private static final List<String> PROFILED = List.of(BenchStack.HAZARD, BenchStack.WORKFLOW, BenchStack.GATEWAY);

  /** The packages whose methods the profile's inclusive tables list: ours and the libraries that do the work (not the web plumbing). */
  static final List<String> PROFILE_PREFIXES =
      List.of("io.shouwei.", "org.axonframework.", "org.camunda.", "camundajar.", "org.postgresql.", "com.zaxxer.",
          "org.apache.kafka.", "org.springframework.kafka.", "org.springframework.jdbc.", "com.fasterxml.", "com.nimbusds.",
          "org.springframework.security.oauth2.", "io.github.resilience4j.");

  /**
   * Stops the recordings of the highest level, keeps them under {@code target/jfr} (too large for
   * the repository: rerun to get them) and writes where each service spent its CPU.
   */
  private static void profile(BenchStack stack, Results results, Path jfrDir, double rate, int seconds) {
    StringBuilder md = new StringBuilder("# Command path: where the CPU goes (JFR)\n\n")
        .append("Recorded with `jcmd <pid> JFR.start settings=profile` in each service during the command path's highest level (")
        .append(Stats.ms(rate)).append(" hazards/s, ").append(Stats.ms(rate * 5)).append(" commands/s, ").append(seconds)
        .append(" s; `-Dbench.command.jfr=true`), read with `JfrProfile` (`jdk.ExecutionSample` events). The recordings are in `")
        .append(jfrDir.getFileName()).append("` under `bench/target/`, not kept. Inclusive rows list methods of ")
        .append(JfrProfile.describe(PROFILE_PREFIXES)).append(".\n\n");
    try {
      Files.createDirectories(jfrDir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (String service : PROFILED) {
      Path file = jfrDir.resolve("command-" + service + ".jfr").toAbsolutePath();
      Jcmd.run(stack.pid(service), "JFR.dump", "name=command", "filename=" + file);
      Jcmd.run(stack.pid(service), "JFR.stop", "name=command");
      md.append(JfrProfile.markdown(service, file, PROFILE_PREFIXES, 25));
    }
    results.markdown("command-path-profile", md.toString());
  }

  private static void gatling(BenchStack stack, Api api, String mineId, double rate, int seconds, Path resultsDir) {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-XX:+UseSerialGC", "--add-opens=java.base/java.lang=ALL-UNNAMED",
        "-Dgatling.data.enableAnalytics=false",
        "-Dbench.gateway=" + stack.gatewayUrl(),
        "-Dbench.enterpriseToken=" + api.enterpriseToken,
        "-Dbench.townToken=" + api.townToken,
        "-Dbench.mine=" + mineId,
        "-Dbench.rate=" + rate,
        "-Dbench.seconds=" + seconds,
        "-cp", System.getProperty("java.class.path"),
        "io.gatling.app.Gatling",
        "--simulation", "io.shouwei.bench.CommandPathSimulation",
        "--results-folder", resultsDir.toAbsolutePath().toString(),
        "--launcher", "bench"));
    try {
      Files.createDirectories(resultsDir);
      Process p = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(resultsDir.resolve("gatling.log").toFile()).start();
      int exit = p.waitFor();
      System.out.println("gatling at " + rate + " hazards/s for " + seconds + " s: exit " + exit);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Gatling's closing summary, as it printed it. */
  private static List<String> summary(Path resultsDir) {
    try {
      List<String> lines = Files.readAllLines(resultsDir.resolve("gatling.log"));
      int start = 0;
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).startsWith("---- Global Information")) {
          start = i;
        }
      }
      return lines.subList(start, lines.size());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The "Global Information" block Gatling prints at the end of a run, as {@code {"<line>":
   * {"total": n, "ok": n, "ko": n}}} (a "-" column is absent).
   */
  static JsonNode globalStats(Path resultsDir) {
    try {
      List<String> lines = Files.readAllLines(resultsDir.resolve("gatling.log"));
      int start = -1;
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).startsWith("---- Global Information")) {
          start = i;
        }
      }
      if (start < 0) {
        throw new IllegalStateException("no Gatling summary in " + resultsDir.resolve("gatling.log"));
      }
      ObjectNode stats = Api.JSON.createObjectNode();
      for (int i = start + 1; i < lines.size() && lines.get(i).startsWith("> "); i++) {
        String[] cells = lines.get(i).substring(2).split("\\|");
        ObjectNode row = stats.putObject(cells[0].trim());
        String[] columns = {"total", "ok", "ko"};
        for (int c = 0; c < columns.length && c + 1 < cells.length; c++) {
          String value = cells[c + 1].trim().replace(",", ""); // thousands are grouped: 10,576
          if (!value.equals("-")) {
            row.put(columns[c], Double.parseDouble(value));
          }
        }
      }
      return stats;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static long eventCount(BenchStack stack) {
    try (Connection c = DriverManager.getConnection(stack.hazardJdbcUrl(), "postgres", "");
         Statement s = c.createStatement();
         ResultSet r = s.executeQuery("SELECT count(*) FROM domainevententry")) {
      r.next();
      return r.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Single-row inserts per second (see the class comment). */
  static double baseline(BenchStack stack) {
    String url = stack.hazardJdbcUrl();
    List<Object[]> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(url, "postgres", "");
         Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS bench_baseline_event");
      s.execute("""
          CREATE TABLE bench_baseline_event (
              globalindex BIGSERIAL NOT NULL, aggregateidentifier VARCHAR(255) NOT NULL, sequencenumber BIGINT NOT NULL,
              type VARCHAR(255), eventidentifier VARCHAR(255) NOT NULL, metadata BYTEA, payload BYTEA NOT NULL,
              payloadrevision VARCHAR(255), payloadtype VARCHAR(255) NOT NULL, timestamp VARCHAR(255) NOT NULL,
              PRIMARY KEY (globalindex), UNIQUE (aggregateidentifier, sequencenumber), UNIQUE (eventidentifier))""");
      try (ResultSet r = s.executeQuery("SELECT type, metadata, payload, payloadrevision, payloadtype, timestamp "
          + "FROM domainevententry ORDER BY globalindex DESC LIMIT 2000")) {
        while (r.next()) {
          rows.add(new Object[] {r.getString(1), r.getBytes(2), r.getBytes(3), r.getString(4), r.getString(5), r.getString(6)});
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    insertFor(url, rows, 3);
    long inserted = insertFor(url, rows, BASELINE_SECONDS);
    return inserted / (double) BASELINE_SECONDS;
  }

  private static long insertFor(String url, List<Object[]> rows, int seconds) {
    AtomicBoolean stop = new AtomicBoolean();
    ExecutorService pool = Executors.newFixedThreadPool(BASELINE_THREADS);
    List<Future<Long>> counts = new ArrayList<>();
    for (int t = 0; t < BASELINE_THREADS; t++) {
      counts.add(pool.submit(() -> {
        long n = 0;
        try (Connection c = DriverManager.getConnection(url, "postgres", "");
             PreparedStatement insert = c.prepareStatement("INSERT INTO bench_baseline_event (aggregateidentifier, "
                 + "sequencenumber, type, eventidentifier, metadata, payload, payloadrevision, payloadtype, timestamp) "
                 + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
          c.setAutoCommit(true);
          String aggregate = UUID.randomUUID().toString();
          while (!stop.get()) {
            Object[] row = rows.get((int) (n % rows.size()));
            insert.setString(1, aggregate);
            insert.setLong(2, n);
            insert.setString(3, (String) row[0]);
            insert.setString(4, UUID.randomUUID().toString());
            insert.setBytes(5, (byte[]) row[1]);
            insert.setBytes(6, (byte[]) row[2]);
            insert.setString(7, (String) row[3]);
            insert.setString(8, (String) row[4]);
            insert.setString(9, (String) row[5]);
            insert.executeUpdate();
            n++;
          }
        }
        return n;
      }));
    }
    try {
      Thread.sleep(seconds * 1000L);
      stop.set(true);
      long total = 0;
      for (Future<Long> f : counts) {
        total += f.get();
      }
      return total;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      pool.shutdownNow();
    }
  }
}
