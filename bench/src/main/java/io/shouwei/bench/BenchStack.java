package io.shouwei.bench;

import io.shouwei.embedded.PostgresDatabase;
import io.shouwei.local.LocalStack;
import io.shouwei.local.StackConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The stack the benchmarks run against: the local launcher's stack ({@link LocalStack}: the
 * services' executable jars as {@code ./shouwei} runs them, profile {@code local}, same heaps and
 * JVM flags) on free ports, with a fresh Kafka log and MongoDB-wire file, but the event store of
 * hazard-service and Camunda's tables on PostgreSQL (a new database each, dropped at the end)
 * instead of H2, and the gateway's rate limits raised so that no request is refused.
 */
final class BenchStack implements AutoCloseable {

  static final String HAZARD = "hazard-service";
  static final String WORKFLOW = "workflow-service";
  static final String REPORTING = "reporting-service";
  static final String GATEWAY = "gateway";

  private static final Duration READY_TIMEOUT = Duration.ofMinutes(10);

  private final Path root;
  private final Path dataDir;
  private final int snapshotThreshold;
  private final Map<String, Map<String, String>> envs = new LinkedHashMap<>();
  private LocalStack stack;
  private PostgresDatabase hazardDb;
  private PostgresDatabase workflowDb;

  BenchStack(Path root, Path dataDir, int snapshotThreshold) {
    this.root = root;
    this.dataDir = dataDir;
    this.snapshotThreshold = snapshotThreshold;
  }

  BenchStack start() {
    try {
      hazardDb = PostgresDatabase.create("bench_hazard");
      workflowDb = PostgresDatabase.create("bench_workflow");
      StackConfig config = StackConfig.fromEnvironment(root)
          .withDataDir(dataDir)
          .withFreePorts()
          // the benchmarks measure the path, not the limits: no request may be refused with 429
          .withGatewayEnvironment(Map.of(
              "SHOUWEI_RATE_LIMIT_PRINCIPAL_CAPACITY", "10000000",
              "SHOUWEI_RATE_LIMIT_CLIENT_CAPACITY", "10000000",
              "SHOUWEI_RATE_LIMIT_PUBLIC_IP_CAPACITY", "10000000"));
      stack = new LocalStack(config).withReadyTimeout(READY_TIMEOUT);
      environment(HAZARD, datasource(hazardDb));
      environment(HAZARD, Map.of("SHOUWEI_SNAPSHOTS_HAZARDTHRESHOLD", Integer.toString(snapshotThreshold)));
      environment(WORKFLOW, datasource(workflowDb));
      stack.start();
      return this;
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  /** Stops one service and starts it again with these extra environment variables. */
  void restart(String name, Map<String, String> extraEnv) {
    stop(name);
    environment(name, extraEnv);
    start(name);
  }

  /** Sets environment variables of one service for its next start (a running service keeps its own). */
  void environment(String name, Map<String, String> env) {
    Map<String, String> own = envs.computeIfAbsent(name, n -> new LinkedHashMap<>());
    own.putAll(env);
    stack.withEnvironment(name, own);
  }

  int snapshotThreshold() {
    return snapshotThreshold;
  }

  /** Stops one service (cleanly, as Ctrl-C would); {@link #start(String)} brings it back. */
  void stop(String name) {
    stack.stop(name);
  }

  /** Starts a stopped service again and waits until it is ready. */
  void start(String name) {
    stack.restart(name);
  }

  private static Map<String, String> datasource(PostgresDatabase db) {
    return Map.of(
        "SPRING_DATASOURCE_URL", db.jdbcUrl(),
        "SPRING_DATASOURCE_USERNAME", db.username(),
        "SPRING_DATASOURCE_PASSWORD", db.password());
  }

  String gatewayUrl() {
    return stack.config().gatewayUrl();
  }

  String serviceUrl(String name) {
    StackConfig config = stack.config();
    int port = switch (name) {
      case HAZARD -> config.hazardPort();
      case WORKFLOW -> config.workflowPort();
      case REPORTING -> config.reportingPort();
      case GATEWAY -> config.gatewayPort();
      default -> throw new IllegalArgumentException("no service " + name);
    };
    return "http://127.0.0.1:" + port;
  }

  String hazardJdbcUrl() {
    return hazardDb.jdbcUrl();
  }

  /** Camunda's database (workflow-service). */
  String workflowJdbcUrl() {
    return workflowDb.jdbcUrl();
  }

  String kafkaBootstrap() {
    return stack.config().kafkaBootstrap();
  }

  long pid(String name) {
    return stack.pid(name);
  }

  @Override
  public synchronized void close() {
    if (stack != null) {
      stack.close();
      stack = null;
    }
    if (hazardDb != null) {
      hazardDb.close();
      hazardDb = null;
    }
    if (workflowDb != null) {
      workflowDb.close();
      workflowDb = null;
    }
  }
}
