package io.shouwei.local;

import io.shouwei.embedded.ChildProcess;
import io.shouwei.embedded.KafkaBroker;
import io.shouwei.embedded.MongoWireServer;
import io.shouwei.embedded.Ports;
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
import java.util.concurrent.CompletionException;

/**
 * The whole of Shouwei on one machine: a Kafka broker (its own process), the MongoDB-wire server
 * (in this JVM, kept in an H2 file) and the four services, each in its own JVM with profile
 * {@code local}. Everything is kept under {@link StackConfig#dataDir()}, so a restart finds the
 * data of the last run.
 */
public final class LocalStack implements AutoCloseable {

  /**
   * How long a service may take to become healthy: four minutes, or system property {@code
   * shouwei.ready-timeout} (ISO-8601) on a loaded machine.
   */
  private static final Duration READY_TIMEOUT = Duration.parse(System.getProperty("shouwei.ready-timeout", "PT4M"));

  private Duration readyTimeout = READY_TIMEOUT;

  private final StackConfig config;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final Map<String, ChildProcess> services = new LinkedHashMap<>();
  private final Map<String, Map<String, String>> extraEnvironment = new LinkedHashMap<>();
  private KafkaBroker kafka;
  private MongoWireServer mongo;
  private Duration startupTime;

  public LocalStack(StackConfig config) {
    this.config = config;
  }

  public StackConfig config() {
    return config;
  }

  public KafkaBroker kafka() {
    return kafka;
  }

  public Duration startupTime() {
    return startupTime;
  }

  /**
   * Further environment for one service's process (e.g. a PostgreSQL datasource instead of the H2
   * file); the stack's own entries win. Takes effect on the next start of that service.
   */
  public LocalStack withEnvironment(String module, Map<String, String> environment) {
    extraEnvironment.put(module, Map.copyOf(environment));
    return this;
  }

  /** How long each service may take to become ready (4 minutes unless set). */
  public LocalStack withReadyTimeout(Duration timeout) {
    this.readyTimeout = timeout;
    return this;
  }

  /** Starts every component and returns once each reports ready; on failure stops what it started. */
  public LocalStack start() {
    long began = System.nanoTime();
    checkPortsFree();
    List<ServiceSpec> specs = serviceSpecs();
    specs.forEach(s -> s.jar(config.root())); // fail before starting anything when a jar is missing
    try {
      Files.createDirectories(logs());
      kafka =
          KafkaBroker.create(
              config.dataDir().resolve("kafka"), config.kafkaPort(), config.kafkaControllerPort(),
              logs().resolve("kafka.log"));
      kafka.start();
      kafka.createTopic("shouwei.events", config.eventPartitions());
      kafka.createTopic("shouwei.events.dlt", 1);
      mongo = MongoWireServer.persistent(config.dataDir().resolve("mongo").resolve("shouwei.mv"), config.mongoPort());

      for (ServiceSpec spec : specs) {
        launch(spec);
      }
      awaitReady(specs);
      startupTime = Duration.ofNanos(System.nanoTime() - began);
      return this;
    } catch (IOException e) {
      close();
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  /** Kills one service with SIGKILL (no clean shutdown), for fault tests. */
  public synchronized void kill(String module) {
    ChildProcess process = services.remove(module);
    if (process == null) {
      throw new IllegalArgumentException("no running service " + module);
    }
    process.kill();
    process.close();
  }

  /** Stops one service cleanly (SIGTERM). */
  public synchronized void stop(String module) {
    ChildProcess process = services.remove(module);
    if (process == null) {
      throw new IllegalArgumentException("no running service " + module);
    }
    process.close();
  }

  /** Starts a service that {@link #kill} or {@link #stop} ended, and waits until it is ready. */
  public void restart(String module) {
    ServiceSpec spec =
        serviceSpecs().stream()
            .filter(s -> s.module().equals(module))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no service " + module));
    synchronized (this) {
      if (services.containsKey(module)) {
        throw new IllegalStateException(module + " is running");
      }
      launch(spec);
    }
    awaitReady(List.of(spec));
  }

  /** The process id of a running service (for jcmd, e.g. a flight recording). */
  public synchronized long pid(String module) {
    ChildProcess process = services.get(module);
    if (process == null) {
      throw new IllegalArgumentException("no running service " + module);
    }
    return process.pid();
  }

  /** Resident memory of each process of the stack, in MiB (read from /proc; empty elsewhere). */
  public Map<String, Long> residentMemoryMiB() {
    Map<String, Long> rss = new LinkedHashMap<>();
    rss.put("launcher + MongoDB-wire server", Rss.ofPid(ProcessHandle.current().pid()));
    if (kafka != null && kafka.pid() > 0) {
      rss.put("kafka-broker", Rss.ofPid(kafka.pid()));
    }
    services.forEach((name, process) -> rss.put(name, Rss.ofPid(process.pid())));
    return rss;
  }

  /** Stops the services (in parallel), then the MongoDB-wire server and the broker. Idempotent. */
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
  }

  Path logs() {
    return config.dataDir().resolve("logs");
  }

  List<ServiceSpec> serviceSpecs() {
    String jwks = config.gatewayUrl() + "/auth/jwks.json";
    Map<String, String> common = new LinkedHashMap<>();
    common.put("SPRING_PROFILES_ACTIVE", "local");
    common.put("SHOUWEI_DATA_DIR", config.dataDir().toString());
    common.put("SHOUWEI_KAFKA_BOOTSTRAP", config.kafkaBootstrap());
    common.put("SHOUWEI_MONGO_URI", config.mongoUri());
    common.put("SHOUWEI_JWKS_URI", jwks);
    common.put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
    return List.of(
        spec("hazard-service", config.hazardPort(), "384m", common, Map.of()),
        spec("workflow-service", config.workflowPort(), "512m", common, workflowEnvironment()),
        spec("reporting-service", config.reportingPort(), "384m", common, Map.of()),
        spec("gateway", config.gatewayPort(), "256m", common, gatewayEnvironment()));
  }

  /** The workflow settings, then where hazard-service and the token endpoint for its SERVICE token are. */
  private Map<String, String> workflowEnvironment() {
    Map<String, String> env = new LinkedHashMap<>(config.workflowSettings());
    env.put("SHOUWEI_HAZARD_URL", "http://127.0.0.1:" + config.hazardPort());
    env.put("SHOUWEI_TOKEN_URL", config.gatewayUrl() + "/auth/token");
    return env;
  }

  private Map<String, String> gatewayEnvironment() {
    Map<String, String> env = new LinkedHashMap<>(config.gatewayEnvironment());
    env.put("SHOUWEI_HAZARD_URL", "http://127.0.0.1:" + config.hazardPort());
    env.put("SHOUWEI_WORKFLOW_URL", "http://127.0.0.1:" + config.workflowPort());
    env.put("SHOUWEI_REPORTING_URL", "http://127.0.0.1:" + config.reportingPort());
    return env;
  }

  private static ServiceSpec spec(
      String module, int port, String heap, Map<String, String> common, Map<String, String> own) {
    Map<String, String> env = new LinkedHashMap<>(own);
    env.putAll(common);
    env.put("SERVER_PORT", Integer.toString(port));
    return new ServiceSpec(module, port, heap, Map.copyOf(env));
  }

  private void launch(ServiceSpec spec) {
    List<String> command = new ArrayList<>(spec.jvmArgs());
    command.add("-jar");
    command.add(spec.jar(config.root()).toString());
    Map<String, String> env = new LinkedHashMap<>(extraEnvironment.getOrDefault(spec.module(), Map.of()));
    env.putAll(spec.env());
    services.put(
        spec.module(),
        ChildProcess.start(spec.module(), ChildProcess.java(command), env, logs().resolve(spec.module() + ".log")));
  }

  private void checkPortsFree() {
    Map<String, Integer> ports = new LinkedHashMap<>();
    ports.put("gateway", config.gatewayPort());
    ports.put("hazard-service", config.hazardPort());
    ports.put("workflow-service", config.workflowPort());
    ports.put("reporting-service", config.reportingPort());
    ports.put("Kafka broker", config.kafkaPort());
    ports.put("Kafka controller", config.kafkaControllerPort());
    ports.put("MongoDB-wire server", config.mongoPort());
    ports.forEach(Ports::requireFree);
  }

  private void awaitReady(List<ServiceSpec> specs) {
    List<CompletableFuture<Void>> waits = new ArrayList<>();
    for (ServiceSpec spec : specs) {
      ChildProcess process = services.get(spec.module());
      waits.add(CompletableFuture.runAsync(() -> process.awaitReady(() -> isUp(spec.healthUrl()), readyTimeout)));
    }
    try {
      waits.forEach(CompletableFuture::join);
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  private boolean isUp(String url) {
    try {
      HttpResponse<String> response =
          http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).build(),
              HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200 && response.body().contains("\"UP\"");
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
