package io.shouwei.faults;

import io.shouwei.embedded.PostgresDatabase;
import io.shouwei.local.LocalStack;
import io.shouwei.local.StackConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The one stack every fault test of this JVM shares: the local stack's processes (Kafka broker,
 * MongoDB-wire server, the four services) on free ports in a temporary directory, with
 * hazard-service's event store on a fresh PostgreSQL database instead of the H2 file, and the
 * gateway's rate limits off. Started on first use, stopped when the JVM exits. A test that takes
 * a part away brings it back before it ends.
 */
final class FaultStack {

  /** How long an enterprise has for the plan of a major hazard in this stack. */
  static final Duration PLAN_DUE_MAJOR = Duration.ofSeconds(45);

  /**
   * The retries of workflow-service's call that enforces an unacknowledged stop, before its job
   * becomes an incident: {@value #ENFORCE_STOP_RETRY_COUNT} retries two seconds apart.
   */
  static final String ENFORCE_STOP_RETRIES = "R2/PT2S";

  static final int ENFORCE_STOP_RETRY_COUNT = 2;

  /** The Camunda webapp's admin password in the local profile (Cockpit). */
  static final String CAMUNDA_ADMIN_PASSWORD = "admin";

  /** workflow-service's client secret at the local token endpoint (gateway application.yml). */
  static final String WORKFLOW_CLIENT_SECRET = "workflow-service-secret";

  /** How long a service of this stack may take to start. */
  static final Duration READY_TIMEOUT = Duration.ofMinutes(8);

  private static FaultStack shared;
  private static RuntimeException failedStart;

  final StackConfig config;
  final LocalStack stack;
  final PostgresDatabase hazardDatabase;

  private FaultStack(StackConfig config, LocalStack stack, PostgresDatabase hazardDatabase) {
    this.config = config;
    this.stack = stack;
    this.hazardDatabase = hazardDatabase;
  }

  static synchronized FaultStack shared() {
    if (failedStart != null) {
      throw new IllegalStateException("the fault stack did not start (see the first failure)", failedStart);
    }
    if (shared == null) {
      try {
        shared = start();
      } catch (RuntimeException e) {
        failedStart = e;
        throw e;
      }
    }
    return shared;
  }

  private static FaultStack start() {
    Path root = Path.of(System.getProperty("shouwei.root", "..")).toAbsolutePath().normalize();
    Path data;
    try {
      data = Files.createTempDirectory("shouwei-faults-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    StackConfig config =
        // every value the environment could set is set here
        StackConfig.fromEnvironment(root)
            .withDataDir(data)
            .withFreePorts()
            .withGatewayEnvironment(Map.of("SHOUWEI_RATE_LIMIT_ENABLED", "false"))
            .withWorkflowSettings(Map.of(
                "SHOUWEI_WORKFLOW_HAZARDRECTIFICATION_OVERDUEDAY", "PT5S",
                "SHOUWEI_WORKFLOW_HAZARDRECTIFICATION_OVERDUEESCALATIONEVERY", "PT1S",
                // the plan of a (suggested) major hazard is due 45 s after the report, reminded 15 s
                // before; only WorkflowRestartFaultIT reports major hazards
                "SHOUWEI_WORKFLOW_HAZARDRECTIFICATION_PLANDUEMAJOR", PLAN_DUE_MAJOR.toString(),
                "SHOUWEI_WORKFLOW_HAZARDRECTIFICATION_PLANREMINDERBEFORE", "PT15S",
                // only HazardServiceDownFaultIT issues orders to stop production
                "SHOUWEI_WORKFLOW_ORDERTOSTOP_ENFORCESTOPRETRIES", ENFORCE_STOP_RETRIES));
    PostgresDatabase database = PostgresDatabase.create("shouwei_faults");
    Runtime.getRuntime().addShutdownHook(new Thread(database::close, "drop-fault-database"));
    LocalStack stack =
        new LocalStack(config)
            // a loaded CI machine starts Camunda slowly; a restart in a test waits as long
            .withReadyTimeout(READY_TIMEOUT)
            .withEnvironment("hazard-service", Map.of(
                "SPRING_DATASOURCE_URL", database.jdbcUrl(),
                "SPRING_DATASOURCE_USERNAME", database.username(),
                "SPRING_DATASOURCE_PASSWORD", database.password()));
    long began = System.nanoTime();
    stack.start();
    Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "stop-fault-stack"));
    FaultStack started = new FaultStack(config, stack, database);
    long warmUp = started.warmUp();
    System.out.printf("[faults] stack started in %d ms, warmed up in %d ms (hazard-service on PostgreSQL database %s)%n",
        (System.nanoTime() - began) / 1_000_000 - warmUp, warmUp, database.name());
    return started;
  }

  /**
   * A first command through every layer (gateway, hazard-service, its database), repeated until it
   * is answered in time: the first requests after a cold start can outlast the gateway's timeouts
   * on a loaded machine. Returns the milliseconds it took.
   */
  private long warmUp() {
    long began = System.nanoTime();
    long deadline = began + Duration.ofMinutes(3).toNanos();
    Api api = new Api(this);
    String last = "";
    while (System.nanoTime() < deadline) {
      try {
        String district = api.district();
        api.registerMine(district, "ent-fault-warm-up");
        return (System.nanoTime() - began) / 1_000_000;
      } catch (Exception | AssertionError e) {
        last = e.getMessage();
      }
    }
    throw new IllegalStateException("the stack did not answer a first command within 3 minutes: " + last);
  }
}
