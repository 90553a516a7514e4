package io.shouwei.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import io.shouwei.gateway.support.StubService;
import io.shouwei.gateway.support.TestTokens;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.FileSystemUtils;

/** The dev signing key outlives the gateway: a token issued before a restart is valid after it. */
class DevSigningKeyRestartIT {

  private Path dataDir;
  private StubService hazard;

  @BeforeEach
  void start() throws IOException {
    dataDir = Files.createTempDirectory("shouwei-gateway-restart-it");
    hazard = StubService.start("hazard");
  }

  @AfterEach
  void stop() throws IOException {
    hazard.close();
    FileSystemUtils.deleteRecursively(dataDir);
  }

  @Test
  void tokenIssuedBeforeARestart_isValidAfterIt() throws ParseException {
    String token;
    String kid;
    try (ConfigurableApplicationContext first = startGateway()) {
      WebTestClient http = client(first);
      token = issue(http);
      kid = publishedKid(http);
      assertThat(TestTokens.parse(token).getHeader().getKeyID()).isEqualTo(kid);
    }

    try (ConfigurableApplicationContext second = startGateway()) {
      WebTestClient http = client(second);
      assertThat(publishedKid(http)).isEqualTo(kid);
      http.get().uri("/api/hazards/h-1").headers(h -> h.setBearerAuth(token))
          .exchange()
          .expectStatus().isOk();
    }
    assertThat(hazard.requestTo("/api/hazards/h-1")).isPresent();
  }

  private ConfigurableApplicationContext startGateway() {
    return new SpringApplicationBuilder(GatewayApplication.class)
        .profiles("local")
        .run("--server.port=0", "--SHOUWEI_DATA_DIR=" + dataDir, "--SHOUWEI_HAZARD_URL=" + hazard.url());
  }

  private static WebTestClient client(ConfigurableApplicationContext context) {
    return WebTestClient.bindToServer()
        .baseUrl("http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port"))
        .build();
  }

  private static String issue(WebTestClient http) {
    Map<?, ?> response = http.post().uri("/auth/dev-token").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("sub", "agent-1", "roles", List.of("DISTRICT_AGENCY")))
        .exchange()
        .expectStatus().isOk()
        .expectBody(Map.class).returnResult().getResponseBody();
    return (String) response.get("access_token");
  }

  private static String publishedKid(WebTestClient http) throws ParseException {
    String body = http.get().uri("/auth/jwks.json").exchange()
        .expectStatus().isOk()
        .expectBody(String.class).returnResult().getResponseBody();
    return JWKSet.parse(body).getKeys().get(0).getKeyID();
  }
}
