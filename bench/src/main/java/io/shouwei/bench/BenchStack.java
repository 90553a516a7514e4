package io.shouwei.bench;

import io.shouwei.embedded.ChildProcess;
import io.shouwei.embedded.KafkaBroker;
import io.shouwei.embedded.MongoWireServer;
import io.shouwei.embedded.Ports;
import io.shouwei.embedded.PostgresDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * The stack the benchmarks run against: the services' executable jars as {@code ./shouwei} runs them
 * (profile {@code local}, same heaps and JVM flags), on free ports, with a fresh Kafka log and
 * MongoDB-wire file, but the event store of hazard-service and Camunda's tables on PostgreSQL (a new
 * database each, dropped at the end) instead of H2.
 */
final class BenchStack implements AutoCloseable {

  static final String HAZARD = "hazard-service";
  static final String WORKFLOW = "workflow-service";
  static final String REPORTING = "reporting-service";
  static final String GATEWAY = "gateway";

  private static final Duration READY_TIMEOUT = Duration.ofMinutes(10);

  private final Path root;
  private final Path dataDir;
  private final Map<String, Integer> ports = new LinkedHashMap<>();
  private final Map<String, ChildProcess> services = new LinkedHashMap<>();
  private final Map<String, Map<String, String>> envs = new LinkedHashMap<>();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private KafkaBroker kafka;
  private MongoWireServer mongo;
  private PostgresDatabase hazardDb;
  private PostgresDatabase workflowDb;
  private final int snapshotThreshold;

  BenchStack(Path root, Path dataDir, int snapshotThreshold) {
    this.root = root;
    this.dataDir = dataDir;
    this.snapshotThreshold = snapshotThreshold;
  }

  BenchStack start() {
    try {
      Files.createDirectories(dataDir.resolve("logs"));
      for (String name : List.of(GATEWAY, HAZARD, WORKFLOW, REPORTING, "kafka", "kafkaController", "mongo")) {
        ports.put(name, Ports.free());
      }
      hazardDb = PostgresDatabase.create("bench_hazard");
      workflowDb = PostgresDatabase.create("bench_workflow");
      kafka = KafkaBroker.create(dataDir.resolve("kafka"), ports.get("kafka"), ports.get("kafkaController"),
          dataDir.resolve("logs/kafka.log"));
      kafka.start();
      kafka.createTopic("shouwei.events", 6);
      kafka.createTopic("shouwei.events.dlt", 1);
      mongo = MongoWireServer.persistent(dataDir.resolve("mongo/shouwei.mv"), ports.get("mongo"));
      Map<String, String> common = new LinkedHashMap<>();
      common.put("SPRING_PROFILES_ACTIVE", "local");
      common.put("SHOUWEI_DATA_DIR", dataDir.toString());
      common.put("SHOUWEI_KAFKA_BOOTSTRAP", "127.0.0.1:" + ports.get("kafka"));
      common.put("SHOUWEI_MONGO_URI", "mongodb://127.0.0.1:" + ports.get("mongo") + "/shouwei");
      common.put("SHOUWEI_JWKS_URI", gatewayUrl() + "/auth/jwks.json");
      common.put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");

      Map<String, String> hazard = new LinkedHashMap<>(common);
      hazard.putAll(datasource(hazardDb));
      hazard.put("SHOUWEI_SNAPSHOTS_HAZARDTHRESHOLD", Integer.toString(snapshotThreshold));
      Map<String, String> workflow = new LinkedHashMap<>(common);
      workflow.putAll(datasource(workflowDb));
      // its commands go to this stack's hazard-service with a SERVICE token of this stack's gateway,
      // not to the defaults of ./shouwei's ports
      workflow.put("SHOUWEI_HAZARD_URL", serviceUrl(HAZARD));
      workflow.put("SHOUWEI_TOKEN_URL", gatewayUrl() + "/auth/token");
      Map<String, String> gateway = new LinkedHashMap<>(common);
      gateway.put("SHOUWEI_HAZARD_URL", serviceUrl(HAZARD));
      gateway.put("SHOUWEI_WORKFLOW_URL", serviceUrl(WORKFLOW));
      gateway.put("SHOUWEI_REPORTING_URL", serviceUrl(REPORTING));
      // the benchmarks measure the path, not the limits: no request may be refused with 429
      gateway.put("SHOUWEI_RATE_LIMIT_PRINCIPAL_CAPACITY", "10000000");
      gateway.put("SHOUWEI_RATE_LIMIT_CLIENT_CAPACITY", "10000000");
      gateway.put("SHOUWEI_RATE_LIMIT_PUBLIC_IP_CAPACITY", "10000000");
      envs.put(GATEWAY, gateway);
      envs.put(HAZARD, hazard);
      envs.put(WORKFLOW, workflow);
      envs.put(REPORTING, new LinkedHashMap<>(common));
      envs.keySet().forEach(this::launch);
      List<CompletableFuture<Void>> waits = new ArrayList<>();
      services.keySet().forEach(name -> waits.add(CompletableFuture.runAsync(() -> awaitReady(name))));
      waits.forEach(CompletableFuture::join);
      return this;
    } catch (IOException e) {
      close();
      throw new UncheckedIOException(e);
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
    envs.get(name).putAll(env);
  }

  int snapshotThreshold() {
    return snapshotThreshold;
  }

  /** Stops one service (cleanly, as Ctrl-C would); {@link #start(String)} brings it back. */
  void stop(String name) {
    services.remove(name).close();
  }

  /** Starts a stopped service again and waits until it is ready. */
  void start(String name) {
    launch(name);
    awaitReady(name);
  }

  private void launch(String name) {
    Map<String, String> env = new LinkedHashMap<>(envs.get(name));
    env.put("SERVER_PORT", Integer.toString(ports.get(name)));
    List<String> command = new ArrayList<>(List.of(
        "-Xmx" + heap(name), "-XX:+UseSerialGC", "-Xss512k", "-XX:ReservedCodeCacheSize=64m",
        "-Daxoniq.update-checker.disabled=true", "-Dfile.encoding=UTF-8", "-jar", jar(name).toString()));
    services.put(name, ChildProcess.start(name, ChildProcess.java(command), env, dataDir.resolve("logs/" + name + ".log")));
  }

  private void awaitReady(String name) {
    String url = serviceUrl(name) + "/actuator/health/readiness";
    services.get(name).awaitReady(() -> isUp(url), READY_TIMEOUT);
  }

  /** The same heaps as the local launcher gives. */
  private static String heap(String name) {
    return switch (name) {
      case WORKFLOW -> "512m";
      case GATEWAY -> "256m";
      default -> "384m";
    };
  }

  private Path jar(String module) {
    Path target = root.resolve(module).resolve("target");
    try (Stream<Path> files = Files.exists(target) ? Files.list(target) : Stream.empty()) {
      return files.filter(p -> p.getFileName().toString().matches(module + "-.*-exec\\.jar"))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("no executable jar in " + target + ": run mvn -DskipTests package"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> datasource(PostgresDatabase db) {
    return Map.of(
        "SPRING_DATASOURCE_URL", db.jdbcUrl(),
        "SPRING_DATASOURCE_USERNAME", db.username(),
        "SPRING_DATASOURCE_PASSWORD", db.password());
  }

  String gatewayUrl() {
    return serviceUrl(GATEWAY);
  }

  String serviceUrl(String name) {
    return "http://127.0.0.1:" + ports.get(name);
  }

  String hazardJdbcUrl() {
    return hazardDb.jdbcUrl();
  }

  /** Camunda's database (workflow-service). */
  String workflowJdbcUrl() {
    return workflowDb.jdbcUrl();
  }

  String kafkaBootstrap() {
    return "127.0.0.1:" + ports.get("kafka");
  }

  long pid(String name) {
    return services.get(name).pid();
  }

  private boolean isUp(String url) {
    try {
      HttpResponse<String> response = http.send(
          HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).build(),
          HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200 && response.body().contains("\"UP\"");
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Override
  public synchronized void close() {
    List<CompletableFuture<Void>> stops = new ArrayList<>();
    services.values().forEach(p -> stops.add(CompletableFuture.runAsync(p::close)));
    stops.forEach(CompletableFuture::join);
    services.clear();
    if (mongo != null) {
      mongo.close();
      mongo = null;
    }
    if (kafka != null) {
      kafka.stop();
      kafka = null;
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
