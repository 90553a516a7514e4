package io.shouwei.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StackConfigTest {

  private final Path root = Path.of("/repo");

  @Test
  void defaults_areTheDocumentedPortsAndDataUnderTheRoot() {
    StackConfig c = StackConfig.fromEnvironment(root, name -> null);
    assertThat(c.gatewayPort()).isEqualTo(8080);
    assertThat(c.hazardPort()).isEqualTo(8081);
    assertThat(c.workflowPort()).isEqualTo(8082);
    assertThat(c.reportingPort()).isEqualTo(8083);
    assertThat(c.kafkaBootstrap()).isEqualTo("127.0.0.1:9092");
    assertThat(c.mongoUri()).isEqualTo("mongodb://127.0.0.1:27017/shouwei");
    assertThat(c.dataDir()).isEqualTo(Path.of("/repo/data"));
  }

  @Test
  void environment_overridesPortsAndDataDir() {
    Map<String, String> env = Map.of("SHOUWEI_GATEWAY_PORT", "9080", "SHOUWEI_DATA_DIR", "/tmp/sw");
    StackConfig c = StackConfig.fromEnvironment(root, env::get);
    assertThat(c.gatewayUrl()).isEqualTo("http://127.0.0.1:9080");
    assertThat(c.dataDir()).isEqualTo(Path.of("/tmp/sw"));
  }

  @Test
  void badPort_isNamedInTheError() {
    Map<String, String> env = Map.of("SHOUWEI_KAFKA_PORT", "ninety");
    assertThatThrownBy(() -> StackConfig.fromEnvironment(root, env::get))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SHOUWEI_KAFKA_PORT")
        .hasMessageContaining("ninety");
  }

  @Test
  void services_getTheirPortsProfileAndEngines() {
    LocalStack stack = new LocalStack(StackConfig.fromEnvironment(root, name -> null));
    assertThat(stack.serviceSpecs())
        .extracting(ServiceSpec::module)
        .containsExactly("hazard-service", "workflow-service", "reporting-service", "gateway");
    ServiceSpec gateway = stack.serviceSpecs().get(3);
    assertThat(gateway.env())
        .containsEntry("SERVER_PORT", "8080")
        .containsEntry("SPRING_PROFILES_ACTIVE", "local")
        .containsEntry("SHOUWEI_HAZARD_URL", "http://127.0.0.1:8081")
        .containsEntry("SHOUWEI_JWKS_URI", "http://127.0.0.1:8080/auth/jwks.json");
  }

  @Test
  void workflowService_callsThisStacksHazardService_withATokenFromThisStacksGateway() {
    LocalStack stack = new LocalStack(StackConfig.fromEnvironment(root, name -> null)
        .withPorts(Map.of("gateway", 9180, "hazard", 9181)));
    assertThat(stack.serviceSpecs().get(1).env())
        .containsEntry("SHOUWEI_HAZARD_URL", "http://127.0.0.1:9181")
        .containsEntry("SHOUWEI_TOKEN_URL", "http://127.0.0.1:9180/auth/token");
  }

  @Test
  void workflowSettings_areTheWorkflowVariables_andReachWorkflowServiceOnly() {
    Map<String, String> env = Map.of(
        "SHOUWEI_WORKFLOW_HAZARDRECTIFICATION_OVERDUEDAY", "PT2S",
        "SHOUWEI_WORKFLOW_PORT", "9082",
        "SHOUWEI_HAZARD_PORT", "9081",
        "PATH", "/usr/bin");
    assertThat(StackConfig.workflowSettings(env))
        .containsExactly(Map.entry("SHOUWEI_WORKFLOW_HAZARDRECTIFICATION_OVERDUEDAY", "PT2S"));

    LocalStack stack = new LocalStack(StackConfig.fromEnvironment(root, name -> null)
        .withWorkflowSettings(StackConfig.workflowSettings(env)));
    assertThat(stack.serviceSpecs().get(1).env())
        .containsEntry("SHOUWEI_WORKFLOW_HAZARDRECTIFICATION_OVERDUEDAY", "PT2S")
        .containsEntry("SERVER_PORT", "8082");
    assertThat(stack.serviceSpecs().get(0).env()).doesNotContainKey("SHOUWEI_WORKFLOW_HAZARDRECTIFICATION_OVERDUEDAY");
    assertThat(StackConfig.fromEnvironment(root, name -> null).workflowSettings()).isEmpty();
  }

  @Test
  void gatewayEnvironment_reachesTheGatewayOnly_andCannotOverrideTheStacksOwnEntries() {
    LocalStack stack = new LocalStack(StackConfig.fromEnvironment(root, name -> null)
        .withGatewayEnvironment(Map.of(
            "SHOUWEI_RATE_LIMIT_PUBLIC_IP_CAPACITY", "3", "SERVER_PORT", "1", "SHOUWEI_HAZARD_URL", "http://evil")));

    ServiceSpec gateway = stack.serviceSpecs().get(3);
    assertThat(gateway.env())
        .containsEntry("SHOUWEI_RATE_LIMIT_PUBLIC_IP_CAPACITY", "3")
        .containsEntry("SERVER_PORT", "8080")
        .containsEntry("SHOUWEI_HAZARD_URL", "http://127.0.0.1:8081");
    assertThat(stack.serviceSpecs().get(0).env()).doesNotContainKey("SHOUWEI_RATE_LIMIT_PUBLIC_IP_CAPACITY");
  }
}
