package io.shouwei.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.shouwei.embedded.CockpitSession;
import java.net.http.HttpResponse;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Scenario 7: Camunda 7 in workflow-service, on PostgreSQL. (1) Process instances of {@value #KEY}
 * started from events: a burst of {@code HazardReported} events published straight onto {@value
 * #TOPIC} (copies of one hazard-service published, {@link EventCopies}), and a burst of hazard
 * reports through the gateway; each measured from the first send until Camunda's history table
 * holds that many more instances. Baseline: the same process with the same variables started
 * through the engine's REST API, one at a time. (2) Timer jobs fired: the clocks are moved through
 * the gateway's test clock control until the instances' plan timers are due, and the job executor
 * is timed until every timer job due by then has run. Baseline: timer jobs of the same model
 * executed through the engine's REST API ({@code POST /job/{id}/execute}), one at a time.
 */
final class CamundaRates {

  static final String KEY = "hazard-rectification";
  static final String TOPIC = "shouwei.events";
  /** workflow-service's default periods for a general hazard's plan (WorkflowProperties). */
  private static final Duration PLAN_DUE_GENERAL = Duration.ofDays(7);
  private static final Duration PLAN_REMINDER_BEFORE = Duration.ofDays(1);
  /** Warm-up instances report three days back: their plan timers fall due before the measured ones. */
  private static final Duration WARM_UP_REPORTED_BEFORE = Duration.ofDays(3);
  private static final Duration FIRST_MOVE = Duration.ofDays(5);
  private static final Duration SECOND_MOVE = Duration.ofDays(3);
  private static final int WARM_UP = 40;
  private static final long WAIT_LIMIT_NANOS = 900_000_000_000L;

  /** One way of starting instances, measured. */
  record Starts(String path, int sent, int failed, double seconds, boolean complete, List<String> businessKeys) {

    double perSecond() {
      return (sent - failed) / seconds;
    }
  }

  /** Timer jobs run, measured. */
  record Timers(String path, int jobs, int succeeded, int failed, double seconds, double firstMillis,
      double steadyPerSecond, Map<String, Integer> byActivity) {

    double perSecond() {
      return succeeded / seconds;
    }
  }

  private CamundaRates() {}

  static void run(BenchStack stack, Api api, Results results, String mineId, int instances, int clients) {
    String db = stack.workflowJdbcUrl();
    List<String> raw = new ArrayList<>(List.of("phase,elapsed_ms,done"));
    String template = publishedHazardReported(stack.kafkaBootstrap());
    CockpitSession cockpit = CockpitSession.login(stack.serviceUrl(BenchStack.WORKFLOW), "admin");
    Starts rest;
    Starts kafka;
    Starts gateway;
    List<String> warmUpRest;
    try (KafkaProducer<String, String> producer = producer(stack.kafkaBootstrap())) {
      System.out.println("camunda: warm-up");
      viaKafka(db, producer, template, WARM_UP, "warm-up kafka", Instant.now().minus(WARM_UP_REPORTED_BEFORE), raw, 0);
      viaGateway(db, api, stack.gatewayUrl(), mineId, WARM_UP / 4, clients, "warm-up gateway", raw);
      warmUpRest = viaRest(db, cockpit, mineId, WARM_UP, "warm-up rest", raw).businessKeys();
      System.out.println("camunda: " + instances + " starts each way");
      rest = viaRest(db, cockpit, mineId, instances, "rest", raw);
      kafka = viaKafka(db, producer, template, instances, "kafka", Instant.now(), raw, WARM_UP);
      gateway = viaGateway(db, api, stack.gatewayUrl(), mineId, instances, clients, "gateway", raw);
    }
    Timers direct;
    Timers executor;
    try {
      executeDirectly(db, cockpit, warmUpRest, "warm-up direct", raw);
      direct = executeDirectly(db, cockpit, rest.businessKeys(), "direct", raw);
      moveClocksAndWait(db, api, stack.gatewayUrl(), FIRST_MOVE, "warm-up executor", raw);
      executor = moveClocksAndWait(db, api, stack.gatewayUrl(), SECOND_MOVE, "executor", raw);
    } finally {
      resetClocks(api, stack.gatewayUrl());
    }
    results.raw("camunda.csv", raw);
    write(stack, results, instances, clients, rest, kafka, gateway, direct, executor);
  }

  // ---- starts

  private static Starts viaRest(String db, CockpitSession cockpit, String mineId, int n, String phase, List<String> raw) {
    long before = instanceCount(db);
    List<String> keys = new ArrayList<>();
    int failed = 0;
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) {
      String hazardId = UUID.randomUUID().toString();
      HttpResponse<String> response = cockpit.post("process-definition/key/" + KEY + "/start",
          startBody(hazardId, mineId, Instant.now()));
      if (response.statusCode() == 200) {
        keys.add(hazardId);
      } else {
        failed++;
        System.out.println("camunda: REST start answered " + response.statusCode() + ": " + response.body());
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long counted = instanceCount(db) - before;
    raw.add(phase + "," + Math.round(seconds * 1000) + "," + counted);
    return new Starts("rest", n, failed, seconds, counted == keys.size(), keys);
  }

  /** The variables workflow-service starts the process with for a general hazard reported at {@code reportedAt}. */
  static String startBody(String hazardId, String mineId, Instant reportedAt) {
    Instant due = reportedAt.plus(PLAN_DUE_GENERAL);
    return "{\"businessKey\":\"" + hazardId + "\",\"variables\":{"
        + "\"hazardId\":{\"value\":\"" + hazardId + "\",\"type\":\"String\"},"
        + "\"mineId\":{\"value\":\"" + mineId + "\",\"type\":\"String\"},"
        + "\"enterpriseId\":{\"value\":\"ent-bench\",\"type\":\"String\"},"
        + "\"townCode\":{\"value\":\"" + Api.TOWN_CODE + "\",\"type\":\"String\"},"
        + "\"level\":{\"value\":\"GENERAL\",\"type\":\"String\"},"
        + "\"stopDecisionRaised\":{\"value\":false,\"type\":\"Boolean\"},"
        + "\"planningSince\":{\"value\":\"" + date(reportedAt) + "\",\"type\":\"Date\"},"
        + "\"planDueDate\":{\"value\":\"" + date(due) + "\",\"type\":\"Date\"},"
        + "\"planReminderDate\":{\"value\":\"" + date(due.minus(PLAN_REMINDER_BEFORE)) + "\",\"type\":\"Date\"}}}";
  }

  private static Starts viaKafka(String db, KafkaProducer<String, String> producer, String template, int n, String phase,
      Instant reportedAt, List<String> raw, int serialOffset) {
    long before = instanceCount(db);
    List<ProducerRecord<String, String>> records = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String hazardId = UUID.randomUUID().toString();
      keys.add(hazardId);
      records.add(new ProducerRecord<>(TOPIC, hazardId,
          EventCopies.hazardReported(template, hazardId, reportedAt, serialOffset + i)));
    }
    long start = System.nanoTime();
    records.forEach(producer::send);
    producer.flush();
    double sent = (System.nanoTime() - start) / 1e9;
    System.out.println("camunda: " + n + " events on " + TOPIC + " in " + Stats.ms(sent) + " s");
    boolean complete = awaitInstances(db, before + n, start, phase, raw);
    return new Starts("kafka", n, 0, (System.nanoTime() - start) / 1e9, complete, keys);
  }

  private static Starts viaGateway(String db, Api api, String gateway, String mineId, int n, int clients, String phase,
      List<String> raw) {
    long before = instanceCount(db);
    AtomicInteger next = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    List<String> keys = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    List<Future<?>> senders = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      senders.add(pool.submit(() -> {
        while (next.getAndIncrement() < n) {
          try {
            HttpResponse<String> response = api.send(api.post(gateway + "/api/hazards", api.enterpriseToken,
                Api.reportBody(mineId)));
            if (response.statusCode() == 201) {
              keys.add(Api.read(response, 201).get("id").asText());
            } else {
              failed.incrementAndGet();
            }
          } catch (RuntimeException e) {
            failed.incrementAndGet();
          }
        }
      }));
    }
    try {
      for (Future<?> sender : senders) {
        sender.get();
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      pool.shutdownNow();
    }
    boolean complete = awaitInstances(db, before + keys.size(), start, phase, raw);
    return new Starts("gateway", n, failed.get(), (System.nanoTime() - start) / 1e9, complete,
        List.copyOf(keys));
  }

  /** Polls Camunda's history table every 100 ms until it holds {@code target} instances of {@value #KEY}. */
  private static boolean awaitInstances(String db, long target, long start, String phase, List<String> raw) {
    while (true) {
      long count = instanceCount(db);
      long elapsed = System.nanoTime() - start;
      raw.add(phase + "," + elapsed / 1_000_000 + "," + count);
      if (count >= target) {
        return true;
      }
      if (elapsed > WAIT_LIMIT_NANOS) {
        System.out.println("camunda: " + phase + " stopped waiting at " + count + " of " + target + " instances");
        return false;
      }
      sleep(100);
    }
  }

  static long instanceCount(String db) {
    try (Connection c = StoreGrowth.connect(db);
         PreparedStatement s = c.prepareStatement("SELECT count(*) FROM act_hi_procinst WHERE proc_def_key_ = ?")) {
      s.setString(1, KEY);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A {@code HazardReported} record hazard-service's forwarder published (the warm-up's reports). */
  private static String publishedHazardReported(String bootstrap) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
      List<TopicPartition> partitions = consumer.partitionsFor(TOPIC).stream()
          .map(i -> new TopicPartition(TOPIC, i.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      long deadline = System.nanoTime() + 60_000_000_000L;
      while (System.nanoTime() < deadline) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofSeconds(1))) {
          if (EventCopies.isHazardReported(record.value())) {
            return record.value();
          }
        }
      }
    }
    throw new IllegalStateException("no HazardReported event on " + TOPIC);
  }

  private static KafkaProducer<String, String> producer(String bootstrap) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    return new KafkaProducer<>(p);
  }

  // ---- timers

  /** Runs the timer jobs of these instances through the engine's REST API, one at a time. */
  private static Timers executeDirectly(String db, CockpitSession cockpit, List<String> businessKeys, String phase,
      List<String> raw) {
    List<String> jobs = new ArrayList<>();
    Map<String, Integer> byActivity = new LinkedHashMap<>();
    try (Connection c = StoreGrowth.connect(db);
         PreparedStatement s = c.prepareStatement("SELECT j.id_, coalesce(d.act_id_, '?') FROM act_ru_job j "
             + "JOIN act_hi_procinst p ON p.id_ = j.process_instance_id_ LEFT JOIN act_ru_jobdef d ON d.id_ = j.job_def_id_ "
             + "WHERE j.type_ = 'timer' AND p.business_key_ = ANY(?) ORDER BY j.duedate_")) {
      s.setArray(1, c.createArrayOf("varchar", businessKeys.toArray()));
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          jobs.add(r.getString(1));
          byActivity.merge(r.getString(2), 1, Integer::sum);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    int failed = 0;
    long start = System.nanoTime();
    for (String job : jobs) {
      HttpResponse<String> response = cockpit.post("job/" + job + "/execute", null);
      if (response.statusCode() != 204) {
        failed++;
        System.out.println("camunda: executing job " + job + " answered " + response.statusCode() + ": " + response.body());
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    raw.add(phase + "," + Math.round(seconds * 1000) + "," + (jobs.size() - failed));
    return new Timers("direct", jobs.size(), jobs.size() - failed, failed, seconds, Double.NaN,
        jobs.size() > 1 ? (jobs.size() - failed - 1) / seconds : Double.NaN, byActivity);
  }

  /**
   * Notes every active timer job due by the engine's clock plus {@code by}, moves the three
   * services' clocks by {@code by} (workflow-service's last), and polls {@code ACT_RU_JOB} until none
   * of those jobs waits without an exception; the engine's job log gives when the first and the last
   * of them succeeded.
   */
  private static Timers moveClocksAndWait(String db, Api api, String gatewayUrl, Duration by, String phase,
      List<String> raw) {
    JsonNode clock = Api.read(api.send(api.get(gatewayUrl + "/api/test/clock/workflow", api.adminToken)), 200);
    Instant engineNow = Instant.parse(clock.path("followers").path("engine").asText());
    Instant cutoff = engineNow.plus(by);
    List<String> jobs = new ArrayList<>();
    Map<String, Integer> byActivity = new LinkedHashMap<>();
    try (Connection c = StoreGrowth.connect(db);
         PreparedStatement s = c.prepareStatement("SELECT j.id_, coalesce(d.act_id_, '?') FROM act_ru_job j "
             + "LEFT JOIN act_ru_jobdef d ON d.id_ = j.job_def_id_ WHERE j.type_ = 'timer' AND j.duedate_ <= ? "
             + "AND j.suspension_state_ = 1 AND j.retries_ > 0")) {
      s.setTimestamp(1, Timestamp.from(cutoff));
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          jobs.add(r.getString(1));
          byActivity.merge(r.getString(2), 1, Integer::sum);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    System.out.println("camunda: " + jobs.size() + " timer jobs fall due when the clocks move by " + by);
    String body = "{\"advance\":\"" + by + "\"}";
    for (String service : List.of("hazard", "reporting")) {
      Api.read(api.send(api.post(gatewayUrl + "/api/test/clock/" + service, api.adminToken, body)), 200);
    }
    Instant wallStart = Instant.now();
    long start = System.nanoTime();
    JsonNode moved = Api.read(api.send(api.post(gatewayUrl + "/api/test/clock/workflow", api.adminToken, body)), 200);
    Duration offset = offset(moved.path("offset"));
    int[] counts;
    while (true) {
      counts = pendingAndFailed(db, jobs);
      long elapsed = System.nanoTime() - start;
      raw.add(phase + "," + elapsed / 1_000_000 + "," + (jobs.size() - counts[0] - counts[1]));
      if (counts[0] == 0 || elapsed > WAIT_LIMIT_NANOS) {
        break;
      }
      sleep(200);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double firstMillis = Double.NaN;
    double steady = Double.NaN;
    int succeeded;
    try (Connection c = StoreGrowth.connect(db);
         PreparedStatement s = c.prepareStatement("SELECT count(DISTINCT job_id_), min(timestamp_), max(timestamp_) "
             + "FROM act_hi_job_log WHERE job_state_ = 2 AND job_id_ = ANY(?)")) {
      Array ids = c.createArrayOf("varchar", jobs.toArray());
      s.setArray(1, ids);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        succeeded = r.getInt(1);
        if (succeeded > 0) {
          Instant first = r.getTimestamp(2).toInstant().minus(offset);
          Instant last = r.getTimestamp(3).toInstant().minus(offset);
          firstMillis = Duration.between(wallStart, first).toNanos() / 1e6;
          double spread = Duration.between(first, last).toNanos() / 1e9;
          steady = succeeded > 1 && spread > 0 ? (succeeded - 1) / spread : Double.NaN;
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return new Timers("executor", jobs.size(), succeeded, counts[1], seconds, firstMillis, steady, byActivity);
  }

  /** Of these jobs, how many still wait without an exception, and how many carry one. */
  private static int[] pendingAndFailed(String db, List<String> jobs) {
    try (Connection c = StoreGrowth.connect(db);
         PreparedStatement s = c.prepareStatement("SELECT count(*) FILTER (WHERE exception_msg_ IS NULL), "
             + "count(*) FILTER (WHERE exception_msg_ IS NOT NULL) FROM act_ru_job WHERE id_ = ANY(?)")) {
      s.setArray(1, c.createArrayOf("varchar", jobs.toArray()));
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return new int[] {r.getInt(1), r.getInt(2)};
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The clock control's offset: an ISO-8601 duration, or seconds when written as a number. */
  static Duration offset(JsonNode offset) {
    if (offset.isNumber()) {
      return Duration.ofNanos(Math.round(offset.asDouble() * 1e9));
    }
    return Duration.parse(offset.asText());
  }

  private static void resetClocks(Api api, String gatewayUrl) {
    for (String service : List.of("workflow", "hazard", "reporting")) {
      try {
        HttpResponse<String> response = api.send(api.delete(gatewayUrl + "/api/test/clock/" + service, api.adminToken));
        if (response.statusCode() != 200) {
          System.out.println("camunda: resetting the clock of " + service + " answered " + response.statusCode());
        }
      } catch (RuntimeException e) {
        System.out.println("camunda: resetting the clock of " + service + " failed: " + e.getMessage());
      }
    }
  }

  // ---- results

  private static void write(BenchStack stack, Results results, int instances, int clients, Starts rest, Starts kafka,
      Starts gateway, Timers direct, Timers executor) {
    StringBuilder starts = new StringBuilder("| path | sent | failed | all counted | wall time | instances/s | ratio to the REST baseline |\n"
        + "|---|---:|---:|---|---:|---:|---:|\n");
    Map<Starts, String> names = new LinkedHashMap<>();
    names.put(rest, "baseline: engine REST API, `POST process-definition/key/" + KEY + "/start`, one at a time");
    names.put(kafka, "`HazardReported` published straight onto `" + TOPIC + "` (burst)");
    names.put(gateway, "`POST /api/hazards` through the gateway (burst, " + clients + " clients): command, forwarder, Kafka, engine");
    names.forEach((s, name) -> starts.append("| ").append(name).append(" | ").append(s.sent()).append(" | ")
        .append(s.failed()).append(" | ").append(s.complete() ? "yes" : "no (stopped waiting)").append(" | ")
        .append(Stats.ms(s.seconds())).append(" s | ").append(Stats.ms(s.perSecond())).append(" | ")
        .append(Stats.ms(s.perSecond() / rest.perSecond())).append(" |\n"));

    StringBuilder timers = new StringBuilder("| path | timer jobs | succeeded | failed | wall time | jobs/s (wall) | first fired after "
        + "| jobs/s between first and last | ratio to the REST baseline (wall) |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    timers.append("| baseline: engine REST API, `POST job/{id}/execute`, one at a time | ").append(direct.jobs()).append(" | ")
        .append(direct.succeeded()).append(" | ").append(direct.failed()).append(" | ").append(Stats.ms(direct.seconds()))
        .append(" s | ").append(Stats.ms(direct.perSecond())).append(" | — | ").append(Stats.ms(direct.steadyPerSecond()))
        .append(" | 1.00 |\n");
    timers.append("| job executor, after the clocks moved by ").append(SECOND_MOVE).append(" | ").append(executor.jobs())
        .append(" | ").append(executor.succeeded()).append(" | ").append(executor.failed()).append(" | ")
        .append(Stats.ms(executor.seconds())).append(" s | ").append(Stats.ms(executor.perSecond())).append(" | ")
        .append(Stats.ms(executor.firstMillis())).append(" ms | ").append(Stats.ms(executor.steadyPerSecond())).append(" | ")
        .append(Stats.ms(executor.perSecond() / direct.perSecond())).append(" |\n");

    results.markdown("camunda", "# Camunda: instances started from events, timer jobs fired\n\n"
        + Results.environment(stack.hazardJdbcUrl())
        + "\nCamunda 7.24 embedded in workflow-service, its tables in the stack's own PostgreSQL database, history level "
        + "full, the job executor as the `local` profile sets it (acquisition wait 1 s, at most 5 s when idle; Camunda's "
        + "default pool: 3 core threads, 3 jobs per acquisition). workflow-service reads `" + TOPIC + "` with one "
        + "consumer thread (Spring Kafka's default concurrency) and starts one instance of `" + KEY + "` per "
        + "`HazardReported`, after checking that none exists for the hazard and claiming it in `wf_process_start`, "
        + "in the engine's transaction. Raw progress: `raw/camunda.csv`.\n\n"
        + "## Process instances started from events\n\n"
        + "Warm-up (not counted): " + WARM_UP + " events straight onto Kafka, " + WARM_UP / 4 + " reports through the "
        + "gateway, " + WARM_UP + " REST starts. Then " + instances + " each way. Kafka: copies of a `HazardReported` "
        + "record hazard-service published in this run (the contract's envelope as its forwarder wrote it; new event, "
        + "hazard, correlation and causation ids, the time of the burst, a new hazard number; the hash is the "
        + "template's, which no consumer checks), all sent at once (acks=all), keyed by hazard id. Gateway: hazards "
        + "reported through the gateway by " + clients + " clients at once; each is a command in hazard-service, "
        + "forwarded to Kafka by its forwarder, then started by workflow-service. Time: from the first send until "
        + "`act_hi_procinst` (polled every 100 ms) holds that many more instances of `" + KEY + "`. "
        + "Baseline: the same process with the variables workflow-service gives a general hazard, started through the "
        + "engine's REST API (the Camunda webapp's, as Cockpit calls it, straight to workflow-service, admin session), "
        + "one request after the other: the engine's own start rate on the same database in the same run, without "
        + "Kafka and without workflow-service's duplicate check, one at a time as the single consumer thread starts "
        + "them. The Kafka row against it is the cost of consuming, checking and claiming; the gateway row adds the "
        + "command path before it.\n\n" + starts
        + "\n## Timer jobs fired\n\n"
        + "Every instance waits on its plan task with two timers: the reminder (due 6 days after the report) and the "
        + "plan's due date (7 days); each fires a notification into workflow-service's outbox, the second also opens the "
        + "town office's chase task. Baseline: the timer jobs of the " + instances + " REST-started instances executed "
        + "through the engine's REST API (`POST job/{id}/execute`), one after the other: the cost of the same jobs "
        + "without the job executor. Executor: the clocks of hazard-, reporting- and workflow-service (the engine's "
        + "clock with it) are moved through the gateway's test clock control (`POST /api/test/clock/{service}`, "
        + "administrator, as `local`'s WorkflowScenarioIT does): first by " + FIRST_MOVE + " to fire the warm-up "
        + "instances' timers (reported " + WARM_UP_REPORTED_BEFORE.toDays() + " days back; not counted), then by "
        + SECOND_MOVE + ": every active timer job due by then (noted from `act_ru_job` before the move: those of the "
        + "Kafka and gateway instances, and of any earlier hazard of the run still waiting for its plan) is timed from "
        + "the move until none of them waits in `act_ru_job` (polled every 200 ms). `act_hi_job_log` gives when the "
        + "first and the last of them succeeded (engine time less the clock's offset), hence the executor's pick-up "
        + "delay and its rate between first and last. The clocks are reset afterwards.\n\n"
        + "Timer jobs by activity, executor: " + executor.byActivity() + "; baseline: " + direct.byActivity() + ".\n\n"
        + timers);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The engine REST API's date format ({@code yyyy-MM-dd'T'HH:mm:ss.SSSZ}). */
  private static final DateTimeFormatter ENGINE_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneOffset.UTC);

  private static String date(Instant instant) {
    return ENGINE_DATE.format(instant);
  }
}
