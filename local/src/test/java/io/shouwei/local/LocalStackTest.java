package io.shouwei.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shouwei.embedded.Ports;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalStackTest {

  @TempDir Path dir;

  @Test
  void takenPort_isNamedWithItsComponent_andNothingIsStarted() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();
      StackConfig config =
          StackConfig.fromEnvironment(dir, name -> null)
              .withDataDir(dir.resolve("data"))
              .withPorts(Map.of("gateway", Ports.free(), "hazard", Ports.free(), "workflow", port,
                  "reporting", Ports.free(), "kafka", Ports.free(), "kafkaController", Ports.free(),
                  "mongo", Ports.free()));

      assertThatThrownBy(() -> new LocalStack(config).start())
          .isInstanceOf(Ports.PortInUseException.class)
          .hasMessageContaining("port " + port)
          .hasMessageContaining("workflow-service");
      assertThat(dir.resolve("data")).doesNotExist();
    }
  }

  @Test
  void missingJar_isExplainedBeforeAnythingStarts() {
    StackConfig config =
        StackConfig.fromEnvironment(dir, name -> null)
            .withDataDir(dir.resolve("data"))
            .withFreePorts();

    assertThatThrownBy(() -> new LocalStack(config).start())
        .hasMessageContaining("no executable jar for hazard-service")
        .hasMessageContaining("mvn -DskipTests package");
    assertThat(dir.resolve("data")).doesNotExist();
  }
}
