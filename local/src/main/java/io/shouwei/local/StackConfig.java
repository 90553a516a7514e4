package io.shouwei.local;

import io.shouwei.embedded.Ports;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Where the local stack lives and which ports it takes. Every value can be overridden by an
 * environment variable (named in {@link #fromEnvironment}).
 *
 * @param root the repository root, where the services' executable jars are built
 * @param dataDir everything the stack keeps: Kafka log, MongoDB file, H2 files, the dev signing key, logs
 * @param gatewayEnvironment further environment of the gateway process over the launcher's own
 *     (e.g. {@code SHOUWEI_RATE_LIMIT_PUBLIC_IP_CAPACITY}); the stack's own entries win
 * @param workflowSettings environment variables handed to workflow-service only: the launcher's own
 *     {@code SHOUWEI_WORKFLOW_*} variables (its periods, e.g. {@code
 *     SHOUWEI_WORKFLOW_HAZARDRECTIFICATION_OVERDUEESCALATIONEVERY=PT5S}), but its port
 */
public record StackConfig(
    Path root,
    Path dataDir,
    int gatewayPort,
    int hazardPort,
    int workflowPort,
    int reportingPort,
    int kafkaPort,
    int kafkaControllerPort,
    int mongoPort,
    int eventPartitions,
    Map<String, String> gatewayEnvironment,
    Map<String, String> workflowSettings) {

  /** The prefix of the variables in {@link #workflowSettings()}. */
  static final String WORKFLOW_SETTINGS_PREFIX = "SHOUWEI_WORKFLOW_";

  public StackConfig {
    gatewayEnvironment = Map.copyOf(gatewayEnvironment);
    workflowSettings = Map.copyOf(workflowSettings);
  }

  public static StackConfig fromEnvironment(Path root) {
    return fromEnvironment(root, System.getenv()::get).withWorkflowSettings(workflowSettings(System.getenv()));
  }

  /** The {@value #WORKFLOW_SETTINGS_PREFIX}* variables of {@code env}, but the stack's own port variable. */
  static Map<String, String> workflowSettings(Map<String, String> env) {
    Map<String, String> settings = new TreeMap<>();
    env.forEach((name, value) -> {
      if (name.startsWith(WORKFLOW_SETTINGS_PREFIX) && !name.equals("SHOUWEI_WORKFLOW_PORT")) {
        settings.put(name, value);
      }
    });
    return settings;
  }

  static StackConfig fromEnvironment(Path root, Function<String, String> env) {
    Function<String, String> e = name -> env.apply(name);
    return new StackConfig(
        root,
        Path.of(or(e.apply("SHOUWEI_DATA_DIR"), root.resolve("data").toString())).toAbsolutePath(),
        port(e, "SHOUWEI_GATEWAY_PORT", 8080),
        port(e, "SHOUWEI_HAZARD_PORT", 8081),
        port(e, "SHOUWEI_WORKFLOW_PORT", 8082),
        port(e, "SHOUWEI_REPORTING_PORT", 8083),
        port(e, "SHOUWEI_KAFKA_PORT", 9092),
        port(e, "SHOUWEI_KAFKA_CONTROLLER_PORT", 9093),
        port(e, "SHOUWEI_MONGO_PORT", 27017),
        6,
        Map.of(),
        Map.of());
  }

  public StackConfig withDataDir(Path dir) {
    return new StackConfig(root, dir, gatewayPort, hazardPort, workflowPort, reportingPort,
        kafkaPort, kafkaControllerPort, mongoPort, eventPartitions, gatewayEnvironment, workflowSettings);
  }

  public StackConfig withGatewayEnvironment(Map<String, String> environment) {
    return new StackConfig(root, dataDir, gatewayPort, hazardPort, workflowPort, reportingPort,
        kafkaPort, kafkaControllerPort, mongoPort, eventPartitions, environment, workflowSettings);
  }

  /** These variables for workflow-service instead of the current ones. */
  public StackConfig withWorkflowSettings(Map<String, String> settings) {
    return new StackConfig(root, dataDir, gatewayPort, hazardPort, workflowPort, reportingPort,
        kafkaPort, kafkaControllerPort, mongoPort, eventPartitions, gatewayEnvironment, settings);
  }

  public StackConfig withPorts(Map<String, Integer> ports) {
    return new StackConfig(root, dataDir,
        ports.getOrDefault("gateway", gatewayPort),
        ports.getOrDefault("hazard", hazardPort),
        ports.getOrDefault("workflow", workflowPort),
        ports.getOrDefault("reporting", reportingPort),
        ports.getOrDefault("kafka", kafkaPort),
        ports.getOrDefault("kafkaController", kafkaControllerPort),
        ports.getOrDefault("mongo", mongoPort),
        eventPartitions,
        gatewayEnvironment,
        workflowSettings);
  }

  /** Every port of the stack a free one of this machine (tests and benchmarks, beside a running ./shouwei). */
  public StackConfig withFreePorts() {
    return withPorts(Map.of(
        "gateway", Ports.free(), "hazard", Ports.free(), "workflow", Ports.free(), "reporting", Ports.free(),
        "kafka", Ports.free(), "kafkaController", Ports.free(), "mongo", Ports.free()));
  }

  public String gatewayUrl() {
    return "http://127.0.0.1:" + gatewayPort;
  }

  public String kafkaBootstrap() {
    return "127.0.0.1:" + kafkaPort;
  }

  public String mongoUri() {
    return "mongodb://127.0.0.1:" + mongoPort + "/shouwei";
  }

  private static int port(Function<String, String> env, String name, int fallback) {
    String value = env.apply(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int port = Integer.parseInt(value.trim());
      if (port < 1 || port > 65535) {
        throw new NumberFormatException();
      }
      return port;
    } catch (NumberFormatException ex) {
      throw new IllegalArgumentException(name + " must be a port number (1-65535), was '" + value + "'");
    }
  }

  private static String or(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }
}
