package io.shouwei.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * A real Apache Kafka broker in KRaft mode (combined broker and controller, one node), run as its
 * own process from the Kafka Maven artifact. Its data directory survives restarts: it is
 * formatted once, the first time.
 */
public final class KafkaBroker implements AutoCloseable {

  /** Written by the build of this module: the broker's classpath, resolved by Maven. */
  private static final String CLASSPATH_RESOURCE = "kafka-broker.classpath";

  private static volatile KafkaBroker shared;

  private final Path dataDir;
  private final int port;
  private final int controllerPort;
  private final Path log;
  private final String heap;
  private ChildProcess process;

  private KafkaBroker(Path dataDir, int port, int controllerPort, Path log, String heap) {
    this.dataDir = dataDir.toAbsolutePath();
    this.port = port;
    this.controllerPort = controllerPort;
    this.log = log.toAbsolutePath();
    this.heap = heap;
  }

  /** A broker that is not started yet. */
  public static KafkaBroker create(Path dataDir, int port, int controllerPort, Path log) {
    return new KafkaBroker(dataDir, port, controllerPort, log, "512m");
  }

  /**
   * The broker shared by every integration test of this JVM: started on first use on free ports in
   * a temporary directory, with the event topics created, and stopped when the JVM exits.
   */
  public static synchronized KafkaBroker shared() {
    if (shared == null) {
      try {
        Path dir = Files.createTempDirectory("shouwei-kafka-");
        KafkaBroker broker =
            new KafkaBroker(dir, Ports.free(), Ports.free(), dir.resolve("kafka.log"), "384m");
        broker.start();
        broker.createTopic("shouwei.events", 3);
        broker.createTopic("shouwei.events.dlt", 1);
        shared = broker;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return shared;
  }

  public String bootstrapServers() {
    return "127.0.0.1:" + port;
  }

  public int port() {
    return port;
  }

  public Path log() {
    return log;
  }

  /** The broker's process id, or -1 when it is not running. */
  public long pid() {
    return process == null ? -1 : process.pid();
  }

  public boolean isRunning() {
    return process != null && process.isAlive();
  }

  /** Formats the data directory if it is new, starts the broker and waits until it answers. */
  public synchronized KafkaBroker start() {
    if (isRunning()) {
      return this;
    }
    Ports.requireFree("Kafka broker", port);
    Ports.requireFree("Kafka controller", controllerPort);
    try {
      Files.createDirectories(dataDir);
      Path config = dataDir.resolve("server.properties");
      Files.writeString(config, serverProperties(), StandardCharsets.UTF_8);
      String classpath = brokerClasspath();
      if (!Files.exists(logDirs().resolve("meta.properties"))) {
        ChildProcess format =
            ChildProcess.start(
                "kafka-storage-format",
                ChildProcess.java(
                    List.of("-Xmx256m", "-cp", classpath, "kafka.tools.StorageTool", "format",
                        "-t", Uuid.randomUuid().toString(), "-c", config.toString())),
                Map.of(),
                log);
        format.awaitExit(Duration.ofSeconds(60));
      }
      process =
          ChildProcess.start(
              "kafka-broker",
              ChildProcess.java(
                  List.of("-Xmx" + heap, "-Xms64m", "-XX:+UseSerialGC",
                      "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                      "-Dorg.slf4j.simpleLogger.log.kafka.server.KafkaRaftServer=info",
                      "-cp", classpath, "kafka.Kafka", config.toString())),
              Map.of(),
              log);
      process.awaitReady(this::answers, Duration.ofSeconds(90));
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException("could not prepare the Kafka broker in " + dataDir, e);
    }
  }

  /** Creates a topic unless it exists. */
  public void createTopic(String name, int partitions) {
    try (Admin admin = admin()) {
      admin.createTopics(Set.of(new NewTopic(name, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw new IllegalStateException("could not create topic " + name, e.getCause());
      }
    } catch (Exception e) {
      throw new IllegalStateException("could not create topic " + name, e);
    }
  }

  /** Stops the broker cleanly (SIGTERM); its data stays. */
  public synchronized void stop() {
    if (process != null) {
      process.close();
      process = null;
    }
  }

  /** Kills the broker without letting it shut down cleanly. */
  public synchronized void kill() {
    if (process != null) {
      process.kill();
      process.close();
      process = null;
    }
  }

  @Override
  public void close() {
    stop();
  }

  private boolean answers() {
    if (!Ports.isListening(port)) {
      return false;
    }
    try (Admin admin = admin()) {
      return admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).size() == 1;
    } catch (Exception e) {
      return false;
    }
  }

  private Admin admin() {
    Properties props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
    props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
    props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000);
    return Admin.create(props);
  }

  private String serverProperties() {
    return String.join(
        "\n",
        "process.roles=broker,controller",
        "node.id=1",
        "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
        "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
        "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
        "controller.listener.names=CONTROLLER",
        "inter.broker.listener.name=PLAINTEXT",
        "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
        "log.dirs=" + logDirs(),
        "num.partitions=1",
        "auto.create.topics.enable=false",
        "offsets.topic.replication.factor=1",
        "offsets.topic.num.partitions=3",
        "transaction.state.log.replication.factor=1",
        "transaction.state.log.min.isr=1",
        "share.coordinator.state.topic.replication.factor=1",
        "share.coordinator.state.topic.min.isr=1",
        "group.initial.rebalance.delay.ms=0",
        "log.retention.hours=-1",
        "")
        .replace("\\", "/");
  }

  private Path logDirs() {
    return dataDir.resolve("logs");
  }

  private static String brokerClasspath() throws IOException {
    try (InputStream in = KafkaBroker.class.getResourceAsStream(CLASSPATH_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "the Kafka broker classpath is missing: build the `embedded` module with Maven first");
      }
      String classpath = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
      String first = classpath.split(java.io.File.pathSeparator)[0];
      if (!Files.exists(Path.of(first))) {
        throw new IllegalStateException(
            "the Kafka broker's jars are not in the local Maven repository (" + first
                + "): run `mvn -pl embedded install` again");
      }
      return classpath;
    }
  }
}
