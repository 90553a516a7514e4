package io.shouwei.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scenario 6: command throughput as hazard-service's event store grows. At each size the store is
 * filled up to that many events with copies of the events the run stored (other aggregates: new
 * aggregate ids, event ids and global indexes from the store's own sequence; see {@link #seed}),
 * hazard-service is started afresh, and the command path runs in a closed loop at a fixed number of
 * clients ({@link ClosedLoop}): warm-up, then the measured window. After each level the table's and
 * indexes' sizes and the plans of the store's read queries ({@code EXPLAIN (ANALYZE, BUFFERS)}).
 */
final class StoreGrowth {

  static final String TABLE = "domainevententry";

  /** Axon's event columns in the order of its {@code EventSchema.trackedEventFields()}. */
  private static final String TRACKED_FIELDS = "globalindex, eventidentifier, timestamp, payloadtype, payloadrevision, "
      + "payload, metadata, type, aggregateidentifier, sequencenumber";
  private static final int AXON_BATCH = 100;
  private static final int SEED_CHUNK_ROWS = 50_000;
  /** A copied aggregate has at most this many events: no snapshot would exist for it. */
  private static final int TEMPLATE_MAX_EVENTS = 40;
  private static final int TEMPLATE_AGGREGATES = 500;

  record Sizes(long rows, long heap, long toast, long indexes, Map<String, Long> index) {}

  record Level(long target, long rowsAtStart, long seeded, double seedSeconds, ClosedLoop.Outcome outcome,
      long eventsStored, Sizes sizes, Map<String, ExplainPlan[]> plans) {}

  private StoreGrowth() {}

  static void run(BenchStack stack, Api api, Results results, String mineId, List<Long> sizes, int clients,
      int warmUpSeconds, int seconds) {
    String url = stack.hazardJdbcUrl();
    List<Level> levels = new ArrayList<>();
    String templateNote = null;
    for (long target : sizes.stream().sorted().toList()) {
      quiesceAndStop(stack, url);
      long seeded = 0;
      double seedSeconds = 0;
      long rowsAtStart;
      try {
        long rowsBefore = count(url);
        if (rowsBefore < target) {
          long began = System.nanoTime();
          String note = seed(url, target - rowsBefore, "growth-" + target);
          templateNote = templateNote == null ? note : templateNote;
          seeded = target - rowsBefore;
          seedSeconds = (System.nanoTime() - began) / 1e9;
        }
        prepare(url);
        rowsAtStart = count(url);
        System.out.println("store growth: " + rowsAtStart + " events stored (" + seeded + " seeded in "
            + Stats.ms(seedSeconds) + " s); starting hazard-service");
      } finally {
        stack.start(BenchStack.HAZARD);
      }
      ClosedLoop.run(api, stack.gatewayUrl(), mineId, clients, warmUpSeconds);
      long before = count(url);
      ClosedLoop.Outcome outcome = ClosedLoop.run(api, stack.gatewayUrl(), mineId, clients, seconds);
      long stored = count(url) - before;
      System.out.println("store growth at " + rowsAtStart + " events: " + Stats.ms(outcome.okPerSecond())
          + " commands/s, " + outcome.failed() + " failed");
      Sizes sizesNow = sizes(url);
      Map<String, ExplainPlan[]> plans = explain(url, results, rowsAtStart);
      levels.add(new Level(target, rowsAtStart, seeded, seedSeconds, outcome, stored, sizesNow, plans));
    }
    write(stack, results, levels, clients, warmUpSeconds, seconds, templateNote);
  }

  /**
   * Waits until every tracking processor of hazard-service (the Kafka forwarder above all) has
   * handled every stored event, then stops hazard-service; seeded events must be inserted behind
   * their tokens only, or the forwarder would publish them.
   */
  private static void quiesceAndStop(BenchStack stack, String url) {
    for (int attempt = 1; ; attempt++) {
      awaitTokensAtHead(url);
      stack.stop(BenchStack.HAZARD);
      if (lowestToken(url) >= head(url)) {
        return;
      }
      if (attempt == 3) {
        throw new IllegalStateException("hazard-service's processors did not catch up with the store before stopping");
      }
      stack.start(BenchStack.HAZARD);
    }
  }

  private static void awaitTokensAtHead(String url) {
    long head = head(url);
    long deadline = System.nanoTime() + 300_000_000_000L;
    while (lowestToken(url) < head) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("hazard-service's processors stayed behind global index " + head);
      }
      sleep(500);
    }
  }

  /** The smallest position of hazard-service's tracking processors. */
  private static long lowestToken(String url) {
    long lowest = Long.MAX_VALUE;
    int positions = 0;
    try (Connection c = connect(url); Statement s = c.createStatement();
         ResultSet r = s.executeQuery("SELECT processorname, tokentype, token FROM tokenentry")) {
      while (r.next()) {
        if (TrackingTokens.isPosition(r.getString(2))) {
          lowest = Math.min(lowest, TrackingTokens.index(r.getBytes(3)));
          positions++;
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    if (positions == 0) {
      throw new IllegalStateException("no tracking token in tokenentry: the Kafka forwarder has not run");
    }
    return lowest;
  }

  /**
   * Inserts {@code rows} copies of the stored events of up to {@value #TEMPLATE_AGGREGATES} real
   * aggregates with at most {@value #TEMPLATE_MAX_EVENTS} events each (the most recent ones): copy
   * {@code c} of aggregate {@code a} gets the id {@code md5(a/salt/c)} as a UUID, its events keep their
   * sequence numbers, types, payload and metadata (the aggregate id replaced inside both), get new
   * event ids and the next global indexes of the store's sequence, in the template's order, copy after
   * copy, in chunks of {@value #SEED_CHUNK_ROWS} rows, one transaction each. Then the tracking tokens
   * are moved past the copies. Answers how the template was made.
   */
  static String seed(String url, long rows, String salt) {
    try (Connection c = connect(url); Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS pg_temp.seed_template");
      s.execute("CREATE TEMP TABLE seed_template AS "
          + "SELECT e.globalindex, e.aggregateidentifier, e.sequencenumber, e.type, e.metadata, e.payload, "
          + "e.payloadrevision, e.payloadtype, e.timestamp FROM " + TABLE + " e WHERE e.aggregateidentifier IN ("
          + "SELECT aggregateidentifier FROM " + TABLE + " GROUP BY aggregateidentifier HAVING count(*) <= "
          + TEMPLATE_MAX_EVENTS + " AND min(sequencenumber) = 0 ORDER BY max(globalindex) DESC LIMIT "
          + TEMPLATE_AGGREGATES + ")");
      long templateRows;
      String templateNote;
      try (ResultSet r = s.executeQuery("SELECT count(*), count(DISTINCT aggregateidentifier), "
          + "string_agg(DISTINCT type, ', ' ORDER BY type) FROM seed_template")) {
        r.next();
        templateRows = r.getLong(1);
        templateNote = r.getLong(1) + " events of " + r.getLong(2) + " aggregates (" + r.getString(3) + ")";
      }
      if (templateRows == 0) {
        throw new IllegalStateException("no stored events to copy");
      }
      long copiesPerChunk = Math.max(1, SEED_CHUNK_ROWS / templateRows);
      long inserted = 0;
      long copy = 1;
      try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + TABLE + " (aggregateidentifier, "
          + "sequencenumber, type, eventidentifier, metadata, payload, payloadrevision, payloadtype, timestamp) "
          + "SELECT n.id, t.sequencenumber, t.type, gen_random_uuid()::text, "
          + "convert_to(replace(convert_from(t.metadata, 'UTF8'), t.aggregateidentifier, n.id), 'UTF8'), "
          + "convert_to(replace(convert_from(t.payload, 'UTF8'), t.aggregateidentifier, n.id), 'UTF8'), "
          + "t.payloadrevision, t.payloadtype, t.timestamp "
          + "FROM generate_series(?::bigint, ?::bigint) AS g(k) CROSS JOIN seed_template t "
          + "CROSS JOIN LATERAL (SELECT md5(t.aggregateidentifier || '/' || ? || '/' || g.k)::uuid::text AS id) n "
          + "ORDER BY g.k, t.globalindex LIMIT ?")) {
        while (inserted < rows) {
          long last = copy + copiesPerChunk - 1;
          insert.setLong(1, copy);
          insert.setLong(2, last);
          insert.setString(3, salt);
          insert.setLong(4, Math.min(rows - inserted, copiesPerChunk * templateRows));
          inserted += insert.executeUpdate();
          copy = last + 1;
          System.out.println("seeded " + inserted + " of " + rows + " events");
        }
      }
      long head = head(url);
      try (PreparedStatement move = c.prepareStatement(
          "UPDATE tokenentry SET token = ? WHERE tokentype = ? AND processorname = ? AND segment = ?");
           ResultSet r = s.executeQuery("SELECT processorname, segment, tokentype FROM tokenentry")) {
        while (r.next()) {
          if (TrackingTokens.isPosition(r.getString(3))) {
            move.setBytes(1, TrackingTokens.at(head));
            move.setString(2, TrackingTokens.GAP_AWARE);
            move.setString(3, r.getString(1));
            move.setInt(4, r.getInt(2));
            move.executeUpdate();
          }
        }
      }
      return templateNote;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** As a store that has lived with its rows would be: vacuumed, analysed, checkpointed. */
  private static void prepare(String url) {
    try (Connection c = connect(url); Statement s = c.createStatement()) {
      s.execute("VACUUM (ANALYZE) " + TABLE);
      s.execute("CHECKPOINT");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Sizes sizes(String url) {
    try (Connection c = connect(url); Statement s = c.createStatement()) {
      long rows;
      long heap;
      long toast;
      long indexes;
      try (ResultSet r = s.executeQuery("SELECT (SELECT count(*) FROM " + TABLE + "), pg_relation_size('" + TABLE
          + "'), coalesce(pg_total_relation_size(reltoastrelid), 0), pg_indexes_size('" + TABLE
          + "') FROM pg_class WHERE oid = '" + TABLE + "'::regclass")) {
        r.next();
        rows = r.getLong(1);
        heap = r.getLong(2);
        toast = r.getLong(3);
        indexes = r.getLong(4);
      }
      Map<String, Long> index = new LinkedHashMap<>();
      try (ResultSet r = s.executeQuery("SELECT indexrelid::regclass::text, pg_relation_size(indexrelid) FROM pg_index "
          + "WHERE indrelid = '" + TABLE + "'::regclass ORDER BY 1")) {
        while (r.next()) {
          index.put(r.getString(1), r.getLong(2));
        }
      }
      return new Sizes(rows, heap, toast, indexes, index);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * {@code EXPLAIN (ANALYZE, BUFFERS)} of the statements Axon's JDBC storage engine (4.13,
   * {@code JdbcEventStorageEngineStatements}) sends to load an aggregate and to feed a tracking
   * processor such as the Kafka forwarder, each planned for its values (custom plan) and as a
   * prepared statement's generic plan (what the driver's server-side prepared statements may settle
   * on after five executions). The plans go to {@code raw/store-growth-explain-<events>.txt}.
   */
  private static Map<String, ExplainPlan[]> explain(String url, Results results, long events) {
    Map<String, ExplainPlan[]> plans = new LinkedHashMap<>();
    List<String> raw = new ArrayList<>();
    try (Connection c = connect(url); Statement s = c.createStatement()) {
      String aggregate;
      try (ResultSet r = s.executeQuery("SELECT aggregateidentifier FROM " + TABLE
          + " WHERE type = 'Hazard' ORDER BY globalindex DESC LIMIT 1")) {
        r.next();
        aggregate = r.getString(1);
      }
      long head = head(url);
      String id = "'" + aggregate.replace("'", "''") + "'";
      Map<String, String[]> queries = new LinkedHashMap<>();
      queries.put("aggregate load (readEventDataForAggregate, a hazard's events from sequence 0, batch " + AXON_BATCH + ")",
          new String[] {"(varchar, bigint, bigint)", "SELECT " + TRACKED_FIELDS + " FROM " + TABLE
              + " WHERE aggregateidentifier = $1 AND sequencenumber >= $2 AND sequencenumber < $3 ORDER BY sequencenumber ASC",
              id + ", 0, " + AXON_BATCH});
      queries.put("aggregate's last sequence (lastSequenceNumberFor)",
          new String[] {"(varchar)", "SELECT max(sequencenumber) FROM " + TABLE + " WHERE aggregateidentifier = $1", id});
      queries.put("snapshot read (readSnapshotData)",
          new String[] {"(varchar)", "SELECT eventidentifier, timestamp, payloadtype, payloadrevision, payload, metadata, "
              + "type, aggregateidentifier, sequencenumber FROM snapshotevententry WHERE aggregateidentifier = $1 "
              + "ORDER BY sequencenumber DESC", id});
      queries.put("forwarder batch after its token (readEventDataWithoutGaps, " + AXON_BATCH + " events before the head)",
          new String[] {"(bigint, bigint)", "SELECT " + TRACKED_FIELDS + " FROM " + TABLE
              + " WHERE (globalindex > $1 AND globalindex <= $2) ORDER BY globalindex ASC",
              (head - AXON_BATCH) + ", " + head});
      queries.put("forwarder batch with 3 gaps (readEventDataWithGaps)",
          new String[] {"(bigint, bigint, bigint, bigint, bigint)", "SELECT " + TRACKED_FIELDS + " FROM " + TABLE
              + " WHERE (globalindex > $1 AND globalindex <= $2) OR globalindex IN ($3, $4, $5) ORDER BY globalindex ASC",
              (head - AXON_BATCH) + ", " + head + ", " + (head - 150) + ", " + (head - 140) + ", " + (head - 130)});
      queries.put("next event after the token (fetchTrackedEvents)",
          new String[] {"(bigint)", "SELECT min(globalindex) FROM " + TABLE + " WHERE globalindex > $1",
              Long.toString(head - AXON_BATCH)});
      raw.add("-- EXPLAIN (ANALYZE, BUFFERS) at " + events + " stored events; aggregate " + aggregate + ", head " + head);
      int n = 0;
      for (Map.Entry<String, String[]> query : queries.entrySet()) {
        String name = "q" + n++;
        String[] q = query.getValue();
        s.execute("PREPARE " + name + q[0] + " AS " + q[1]);
        ExplainPlan[] both = new ExplainPlan[2];
        String[] modes = {"force_custom_plan", "force_generic_plan"};
        for (int m = 0; m < 2; m++) {
          s.execute("SET plan_cache_mode = " + modes[m]);
          List<String> lines = new ArrayList<>();
          try (ResultSet r = s.executeQuery("EXPLAIN (ANALYZE, BUFFERS) EXECUTE " + name + "(" + q[2] + ")")) {
            while (r.next()) {
              lines.add(r.getString(1));
            }
          }
          both[m] = ExplainPlan.parse(lines);
          raw.add("");
          raw.add("-- " + query.getKey() + ", " + modes[m]);
          raw.add("-- " + q[1].replace("\n", " ") + "  with (" + q[2] + ")");
          raw.addAll(lines);
        }
        s.execute("RESET plan_cache_mode");
        s.execute("DEALLOCATE " + name);
        plans.put(query.getKey(), both);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    results.raw("store-growth-explain-" + events + ".txt", raw);
    return plans;
  }

  private static void write(BenchStack stack, Results results, List<Level> levels, int clients, int warmUpSeconds,
      int seconds, String templateNote) {
    Level base = levels.get(0);
    StringBuilder throughput = new StringBuilder();
    throughput.append("| target | events stored at start | seeded at this level (s) | commands OK/s | hazards closed/s | failed "
        + "| events stored/s | p50 | p99 | ratio to the smallest store (commands/s) | p50 ratio |\n");
    throughput.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    List<String> raw = new ArrayList<>(List.of("target,events_at_start,seeded,seed_seconds,seconds,commands_ok,commands_failed,"
        + "hazards_closed,events_stored,p50_ms,p99_ms,heap_bytes,toast_bytes,index_bytes"));
    Stats baseStats = Stats.of(base.outcome().millis());
    for (Level level : levels) {
      ClosedLoop.Outcome o = level.outcome();
      Stats s = Stats.of(o.millis());
      throughput.append("| ").append(String.format(Locale.ROOT, "%,d", level.target())).append(" | ")
          .append(String.format(Locale.ROOT, "%,d", level.rowsAtStart())).append(" | ")
          .append(String.format(Locale.ROOT, "%,d", level.seeded())).append(" (").append(Stats.ms(level.seedSeconds()))
          .append(" s) | ").append(Stats.ms(o.okPerSecond())).append(" | ").append(Stats.ms(o.hazardsPerSecond()))
          .append(" | ").append(o.failed()).append(" | ").append(Stats.ms(level.eventsStored() / o.seconds()))
          .append(" | ").append(Stats.ms(s.p50())).append(" ms | ").append(Stats.ms(s.p99())).append(" ms | ")
          .append(Stats.ms(o.okPerSecond() / base.outcome().okPerSecond())).append(" | ")
          .append(Stats.ms(s.p50() / baseStats.p50())).append(" |\n");
      raw.add(level.target() + "," + level.rowsAtStart() + "," + level.seeded() + "," + Stats.ms(level.seedSeconds()) + ","
          + o.seconds() + "," + o.ok() + "," + o.failed() + "," + o.hazardsClosed() + "," + level.eventsStored() + ","
          + Stats.ms(s.p50()) + "," + Stats.ms(s.p99()) + "," + level.sizes().heap() + "," + level.sizes().toast() + ","
          + level.sizes().indexes());
    }
    results.raw("store-growth.csv", raw);

    StringBuilder sizes = new StringBuilder("| rows after the level | table (heap) | TOAST | ");
    List<String> indexNames = List.copyOf(base.sizes().index().keySet());
    indexNames.forEach(i -> sizes.append("`").append(i).append("` | "));
    sizes.append("indexes together |\n|---:|---:|---:|").append("---:|".repeat(indexNames.size())).append("---:|\n");
    for (Level level : levels) {
      Sizes z = level.sizes();
      sizes.append("| ").append(String.format(Locale.ROOT, "%,d", z.rows())).append(" | ").append(mib(z.heap()))
          .append(" | ").append(mib(z.toast())).append(" | ");
      indexNames.forEach(i -> sizes.append(mib(z.index().getOrDefault(i, 0L))).append(" | "));
      sizes.append(mib(z.indexes())).append(" |\n");
    }

    StringBuilder plans = new StringBuilder("| events stored | query | custom plan | ms | shared hit/read | generic plan | ms |\n"
        + "|---:|---|---|---:|---:|---|---:|\n");
    List<String> bends = new ArrayList<>();
    for (Level level : levels) {
      for (Map.Entry<String, ExplainPlan[]> p : level.plans().entrySet()) {
        ExplainPlan custom = p.getValue()[0];
        ExplainPlan generic = p.getValue()[1];
        plans.append("| ").append(String.format(Locale.ROOT, "%,d", level.rowsAtStart())).append(" | ").append(p.getKey())
            .append(" | ").append(custom.summary()).append(" | ").append(Stats.ms(custom.executionMillis())).append(" | ")
            .append(custom.sharedHit()).append('/').append(custom.sharedRead()).append(" | ").append(generic.summary())
            .append(" | ").append(Stats.ms(generic.executionMillis())).append(" |\n");
        for (int m = 0; m < 2; m++) {
          if (p.getValue()[m].sequentialScanOf(TABLE) || p.getValue()[m].sequentialScanOf("snapshotevententry")) {
            bends.add("at " + level.rowsAtStart() + " events, " + p.getKey() + " (" + (m == 0 ? "custom" : "generic")
                + " plan): " + p.getValue()[m].summary());
          }
        }
      }
    }
    String bendText = bends.isEmpty()
        ? "No plan bends with size: at every level every query reads `" + TABLE + "` through an index (no sequential "
            + "scan in the custom or the generic plan); the buffers each touches stay of the same order as the store grows."
        : "Plans with a sequential scan (they read more of the table as it grows):\n\n- " + String.join("\n- ", bends);

    results.markdown("store-growth", "# Store growth\n\n" + Results.environment(stack.hazardJdbcUrl())
        + "\nMethod: at each size the event store (`" + TABLE + "`, PostgreSQL) is first filled up to about that many "
        + "events, then hazard-service is started afresh and the command path runs through the gateway in a closed loop: "
        + clients + " clients, each reporting, planning, starting, completing and signing off one hazard after the other "
        + "(five commands, each storing one event; the next command leaves as soon as the last is answered), so the "
        + "commands completed per second are the measure. " + warmUpSeconds + " s of warm-up (not counted), then "
        + seconds + " s measured. Latency percentiles are over the successful commands of the window. "
        + "workflow-service and reporting-service take every real event as usual.\n\n"
        + "Seed: copies of real stored events (" + (templateNote == null ? "none needed" : templateNote + ", the run's "
        + "most recent aggregates with at most " + TEMPLATE_MAX_EVENTS + " events") + "), inserted by SQL "
        + "(`INSERT … SELECT` over `generate_series`, " + SEED_CHUNK_ROWS + " rows per transaction) while hazard-service "
        + "is stopped: every copy is another aggregate (a new id, replaced inside payload and metadata as well), its "
        + "events keep their sequence numbers 0…n, types, payloads and metadata, get new event ids and the next global "
        + "indexes of the store's own sequence, so the table, its three unique indexes and the global-index sequence "
        + "grow as with real traffic. Before the seed, hazard-service's tracking processors (the Kafka forwarder, the "
        + "order's mine effects) are waited for until they have handled every real event; after it, their tokens "
        + "(`tokenentry`) are moved past the copies, so the copies are never published to Kafka and reach neither "
        + "workflow-service nor reporting-service. Then `VACUUM (ANALYZE)` and `CHECKPOINT`, as on a store that has "
        + "lived with its rows. Not seeded: the read-side tables (`hazard_view` and the other views, `audit_chain_head`) "
        + "and the snapshots (no copied aggregate has enough events for one); the copies' hash chains do not verify "
        + "(the hash covers the aggregate id), which no command reads.\n\n"
        + "Baseline of the same run: the smallest store. Raw: `raw/store-growth.csv`, plans "
        + "`raw/store-growth-explain-<events>.txt`.\n\n"
        + "## Throughput against the store's size\n\n" + throughput
        + "\n## Table and indexes (`pg_relation_size`, MiB)\n\n" + sizes
        + "\n## Query plans of the event store (`EXPLAIN (ANALYZE, BUFFERS)`)\n\n"
        + "The statements of Axon 4.13's JDBC storage engine (`JdbcEventStorageEngineStatements`, batch size "
        + AXON_BATCH + "), prepared, then executed once with the custom plan for their values and once with the generic "
        + "plan (the PostgreSQL driver switches to server-side prepared statements after five executions, and the server "
        + "may then settle on the generic plan). The aggregate is the most recently stored hazard; the forwarder's "
        + "batch is the last " + AXON_BATCH + " events before the head.\n\n" + plans + "\n" + bendText + "\n");
  }

  private static String mib(long bytes) {
    return String.format(Locale.ROOT, "%.1f", bytes / 1024.0 / 1024.0);
  }

  static long count(String url) {
    return single(url, "SELECT count(*) FROM " + TABLE);
  }

  private static long head(String url) {
    return single(url, "SELECT coalesce(max(globalindex), 0) FROM " + TABLE);
  }

  private static long single(String url, String sql) {
    try (Connection c = connect(url); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static Connection connect(String url) throws SQLException {
    return DriverManager.getConnection(url, "postgres", "");
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
