package io.shouwei.bench;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Scenario 3: new hazards' {@code HazardReported} events are committed at a fixed rate (open
 * model); from the moment each is committed until reporting-service's read model answers {@code
 * GET /api/reports/hazards/{id}} with 200 is its lag. One poller asks reporting-service directly for
 * every hazard not yet seen, in turn, without pause.
 *
 * <p>Two sources of events:
 * <ul>
 *   <li>commands: {@code POST /api/hazards} through the gateway, committed when the 201 arrives;
 *   <li>the store: rows inserted straight into hazard-service's event store, one per transaction,
 *       each a copy of a stored {@code HazardReported} as a new hazard, as another replica of
 *       hazard-service would commit them. This reaches rates the command path does not hold on a
 *       2-core machine (the goal is set at 200/s), and measures the same path from the commit on:
 *       the forwarder finds the rows by the event store's poll, not by a local commit's wake-up.
 *       workflow-service is stopped meanwhile (it would start a process per hazard on the same two
 *       cores) and waited for afterwards until its consumer has caught up.
 * </ul>
 */
final class ProjectionLag {

  private static final String WORKFLOW_GROUP = "workflow-service";
  /** Threads asking reporting-service for the hazards not yet seen. */
  private static final int POLLERS = 4;
  private static final long POLL_PAUSE_MILLIS = 10;

  private static final String COMMANDS = "commands";
  private static final String COMMANDS_METHOD =
      "`POST /api/hazards` through the gateway, committed when its 201 arrives (the forwarder is woken by the commit)";
  private static final String STORE = "the store";
  private static final String STORE_METHOD =
      "rows inserted into hazard-service's event store (autocommit, one per transaction), copies of a stored "
          + "`HazardReported` as new hazards, as another replica would commit them (the forwarder finds them by the event "
          + "store's poll, `shouwei.publishing.store-poll-interval`); workflow-service stopped meanwhile";

  /** Commits one event for a new hazard; tells {@code committed} its id and when, or {@code failed}. */
  private interface Source {
    void commitOne(Committed committed, Runnable failed);
  }

  private interface Committed {
    void at(String hazardId, long nanoTime);
  }

  /** One hazard measured: when its event was committed (wall clock, ms) and its lag (ms). */
  private record Seen(String hazardId, double committedMs, long committedAtMillis, double lagMs) {}

  /** One measured level, its hazards filled in as they are seen. */
  private record Level(String source, double rate, int seconds, int committed, int failed, List<Seen> seen) {}

  static void run(BenchStack stack, Api api, Results results, String mineId, List<Double> rates,
      List<Double> storeRates, int warmUpSeconds, int seconds) {
    List<Level> levels = new ArrayList<>();
    Source commands = commands(stack, api, mineId);
    for (double rate : rates) {
      level(stack, api, COMMANDS, commands, rate, warmUpSeconds);
      levels.add(level(stack, api, COMMANDS, commands, rate, seconds));
    }
    if (!storeRates.isEmpty()) {
      stack.stop(BenchStack.WORKFLOW);
      try (Connection connection = StoreGrowth.connect(stack.hazardJdbcUrl())) {
        Source store = store(connection);
        for (double rate : storeRates) {
          level(stack, api, STORE, store, rate, warmUpSeconds);
          levels.add(level(stack, api, STORE, store, rate, seconds));
        }
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      } finally {
        stack.start(BenchStack.WORKFLOW);
      }
      double caughtUp = TopicCopies.awaitConsumed(stack.kafkaBootstrap(), WORKFLOW_GROUP, Duration.ofMinutes(15));
      System.out.println("workflow-service caught up with the store levels' events in " + Stats.ms(caughtUp) + " s");
    }
    Map<String, Long> sentAt = firstRecordTimes(stack.kafkaBootstrap());

    StringBuilder table = new StringBuilder();
    table.append("| events committed by | events/s asked | events/s done | hazards measured | not seen in time | lag p50 | lag p99 | lag max "
        + "| commit → on Kafka p50 / p99 | on Kafka → seen p50 / p99 | goal p99 ≤ 500 ms |\n");
    table.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
    List<String> raw = new ArrayList<>(List.of("source,rate,hazard,committed_ms,lag_ms,to_kafka_ms"));
    for (Level level : levels) {
      List<Double> lags = new ArrayList<>();
      List<Double> toKafka = new ArrayList<>();
      List<Double> fromKafka = new ArrayList<>();
      for (Seen seen : level.seen()) {
        lags.add(seen.lagMs());
        Long sent = sentAt.get(seen.hazardId());
        String toKafkaText = "";
        if (sent != null) {
          double onKafka = Math.max(0, sent - seen.committedAtMillis());
          toKafka.add(onKafka);
          fromKafka.add(Math.max(0, seen.lagMs() - onKafka));
          toKafkaText = Stats.ms(onKafka);
        }
        raw.add(level.source() + "," + level.rate() + "," + seen.hazardId() + "," + Stats.ms(seen.committedMs()) + ","
            + Stats.ms(seen.lagMs()) + "," + toKafkaText);
      }
      Stats s = Stats.of(lags);
      Stats k = Stats.of(toKafka);
      Stats f = Stats.of(fromKafka);
      table.append("| ").append(level.source()).append(" | ").append(Stats.ms(level.rate())).append(" | ")
          .append(Stats.ms(level.committed() / (double) level.seconds())).append(" | ").append(s.count()).append(" | ")
          .append(level.committed() - s.count() + level.failed()).append(" | ")
          .append(Stats.ms(s.p50())).append(" ms | ").append(Stats.ms(s.p99())).append(" ms | ").append(Stats.ms(s.max()))
          .append(" ms | ").append(Stats.ms(k.p50())).append(" / ").append(Stats.ms(k.p99())).append(" ms | ")
          .append(Stats.ms(f.p50())).append(" / ").append(Stats.ms(f.p99())).append(" ms | ")
          .append(s.p99() <= 500 ? "met" : "missed").append(" |\n");
    }
    results.raw("projection-lag.csv", raw);
    results.markdown("projection-lag", "# Projection lag\n\n" + Results.environment(stack.hazardJdbcUrl())
        + "\nMethod: at each rate, " + warmUpSeconds + " s of warm-up at that rate (not counted), then " + seconds
        + " s measured; each event is a new hazard's `HazardReported`, committed on schedule whether or not earlier ones "
        + "were. Lag = from the commit until reporting-service (MongoDB read model, fed from Kafka by hazard-service's "
        + "forwarder) answers `GET /api/reports/hazards/{id}` with 200. " + POLLERS + " pollers take the unseen hazards in "
        + "turn (each pausing " + POLL_PAUSE_MILLIS + " ms after a hazard not yet there), so the lag includes up to one polling cycle. A hazard not seen within 30 s after the last event counts as "
        + "not seen. The lag is split at the Kafka record's timestamp (set by the forwarder's producer when it sends): "
        + "commit → on Kafka is the forwarder's share, on Kafka → seen the broker's, reporting-service's and the poll's. "
        + "Events committed by:\n\n"
        + "- **" + COMMANDS + "**: " + COMMANDS_METHOD + ";\n"
        + "- **" + STORE + "**: " + STORE_METHOD + ".\n\n"
        + "Raw data: `raw/projection-lag.csv`.\n\n" + table);
  }

  /** The timestamp of each aggregate's first record on the topic, by aggregate id (the record key). */
  private static Map<String, Long> firstRecordTimes(String bootstrap) {
    Map<String, Long> first = new HashMap<>();
    for (String[] record : TopicCopies.read(bootstrap)) {
      first.merge(record[0], Long.parseLong(record[2]), Math::min);
    }
    return first;
  }

  private static Source commands(BenchStack stack, Api api, String mineId) {
    return (committed, failed) ->
        api.http().sendAsync(api.post(stack.gatewayUrl() + "/api/hazards", api.enterpriseToken, Api.reportBody(mineId)),
                HttpResponse.BodyHandlers.ofString())
            .whenComplete((response, error) -> {
              long at = System.nanoTime();
              if (error != null || response.statusCode() != 201) {
                failed.run();
                return;
              }
              committed.at(Api.read(response, 201).get("id").asText(), at);
            });
  }

  /**
   * Inserts into {@code connection}'s event store, one row per transaction, copies of its newest
   * {@code HazardReported} as new hazards: a new aggregate id (inside payload and metadata too) and
   * event id, the rest as stored.
   */
  private static Source store(Connection connection) throws SQLException {
    PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO " + StoreGrowth.TABLE + " (aggregateidentifier, sequencenumber, type, eventidentifier, "
            + "metadata, payload, payloadrevision, payloadtype, timestamp) "
            + "SELECT ?, 0, type, ?, "
            + "convert_to(replace(convert_from(metadata, 'UTF8'), aggregateidentifier, ?), 'UTF8'), "
            + "convert_to(replace(convert_from(payload, 'UTF8'), aggregateidentifier, ?), 'UTF8'), "
            + "payloadrevision, payloadtype, timestamp FROM " + StoreGrowth.TABLE + " WHERE globalindex = ?");
    insert.setLong(5, template(connection));
    return (committed, failed) -> {
      String id = UUID.randomUUID().toString();
      try {
        insert.setString(1, id);
        insert.setString(2, UUID.randomUUID().toString());
        insert.setString(3, id);
        insert.setString(4, id);
        if (insert.executeUpdate() != 1) {
          failed.run();
          return;
        }
        committed.at(id, System.nanoTime());
      } catch (SQLException e) {
        failed.run();
      }
    };
  }

  /** The global index of the newest stored {@code HazardReported}. */
  private static long template(Connection connection) throws SQLException {
    try (Statement s = connection.createStatement();
         ResultSet r = s.executeQuery("SELECT max(globalindex) FROM " + StoreGrowth.TABLE
             + " WHERE type = 'Hazard' AND sequencenumber = 0 AND payloadtype LIKE '%HazardReported%'")) {
      r.next();
      long index = r.getLong(1);
      if (r.wasNull()) {
        throw new IllegalStateException("no stored HazardReported to copy");
      }
      return index;
    }
  }

  private static Level level(BenchStack stack, Api api, String name, Source source, double rate, int seconds) {
    Map<String, long[]> committed = new ConcurrentHashMap<>();
    LinkedBlockingQueue<String> pending = new LinkedBlockingQueue<>();
    List<Seen> seen = Collections.synchronizedList(new ArrayList<>());
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
      source.commitOne((id, at) -> {
        committed.put(id, new long[] {at, System.currentTimeMillis()});
        pending.add(id);
      }, failed::incrementAndGet);
    }, 0, periodMicros, TimeUnit.MICROSECONDS);
    String reporting = stack.serviceUrl(BenchStack.REPORTING);
    long sendEnd = began + (long) (seconds * 1e9);
    long giveUp = sendEnd + 30_000_000_000L;
    ExecutorService pollers = Executors.newFixedThreadPool(POLLERS);
    for (int p = 0; p < POLLERS; p++) {
      pollers.execute(() -> {
        while (System.nanoTime() < giveUp) {
          String id = poll(pending);
          if (id == null) {
            if (System.nanoTime() > sendEnd + 5_000_000_000L && committed.size() == seen.size()) {
              return;
            }
            continue;
          }
          HttpResponse<String> response = api.send(api.get(reporting + "/api/reports/hazards/" + id, api.enterpriseToken));
          long at = System.nanoTime();
          long[] commit = committed.get(id);
          if (response.statusCode() == 200) {
            seen.add(new Seen(id, (commit[0] - began) / 1e6, commit[1], (at - commit[0]) / 1e6));
          } else {
            pending.add(id);
            pause();
          }
        }
      });
    }
    pollers.shutdown();
    try {
      pollers.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      scheduler.shutdownNow();
      pollers.shutdownNow();
    }
    return new Level(name, rate, seconds, committed.size(), failed.get(), List.copyOf(seen));
  }

  private static String poll(LinkedBlockingQueue<String> pending) {
    try {
      return pending.poll(2, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** After a hazard not yet seen, so that the pollers do not keep reporting-service busy answering 404s. */
  private static void pause() {
    try {
      Thread.sleep(POLL_PAUSE_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
