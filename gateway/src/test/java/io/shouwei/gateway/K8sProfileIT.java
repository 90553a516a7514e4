package io.shouwei.gateway;

import static io.shouwei.gateway.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.shouwei.embedded.DevTokens;
import io.shouwei.embedded.Ports;
import io.shouwei.gateway.support.HangUpServer;
import io.shouwei.gateway.support.StubService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.FileSystemUtils;

/**
 * The gateway as it runs in the cluster: tokens from an outside issuer, checked against its JWKS
 * over HTTP; no dev token issuer; the Camunda webapp for admins only; HSTS; services that are down
 * or hang up. The rate limits keep their buckets in the Redis on 127.0.0.1:6379 (limits far above
 * what these tests send).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("k8s")
class K8sProfileIT {

  private static final Path DATA_DIR = tempDir();
  private static final DevTokens ISSUER = DevTokens.generate();
  private static final StubService WORKFLOW = StubService.start("workflow");
  private static final HangUpServer REPORTING = HangUpServer.start();
  private static final int HAZARD_DOWN = Ports.free();

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("SHOUWEI_DATA_DIR", DATA_DIR::toString);
    registry.add("SHOUWEI_JWKS_URI", ISSUER::serveJwks);
    registry.add("SHOUWEI_TOKEN_ISSUER", () -> DevTokens.ISSUER);
    registry.add("SHOUWEI_HAZARD_URL", () -> "http://127.0.0.1:" + HAZARD_DOWN);
    registry.add("SHOUWEI_WORKFLOW_URL", WORKFLOW::url);
    registry.add("SHOUWEI_REPORTING_URL", REPORTING::url);
    registry.add("SHOUWEI_REDIS_URL", () -> "redis://127.0.0.1:6379");
  }

  @Autowired WebTestClient http;

  @AfterAll
  static void stop() throws IOException {
    WORKFLOW.close();
    REPORTING.close();
    ISSUER.close();
    FileSystemUtils.deleteRecursively(DATA_DIR);
  }

  @Test
  void tokenOfTheConfiguredIssuer_isCheckedAgainstItsJwks_andForwarded() {
    String token = ISSUER.token("agent-1", List.of("DISTRICT_AGENCY"), "district", List.of(), null);
    String path = "/api/tasks/" + UUID.randomUUID();

    http.get().uri(path).headers(h -> h.setBearerAuth(token))
        .exchange()
        .expectStatus().isOk()
        .expectBody().jsonPath("$.service").isEqualTo("workflow");

    assertThat(WORKFLOW.requestTo(path).orElseThrow().headers().getFirst(HttpHeaders.AUTHORIZATION))
        .isEqualTo("Bearer " + token);
  }

  @Test
  void tokenOfAnotherKey_is401() {
    String foreign = DevTokens.generate().token("agent-1", List.of("ADMIN"), "district", List.of(), null);

    assertProblem(http.get().uri("/api/tasks/t-1").headers(h -> h.setBearerAuth(foreign)).exchange(),
        401, "unauthenticated", "/api/tasks/t-1");
  }

  @Test
  void devTokenIssuer_andClientCredentials_doNotExist() {
    String token = ISSUER.token("admin-1", List.of("ADMIN"), "district", List.of(), null);
    String request = "{\"sub\":\"x\",\"roles\":[\"ADMIN\"]}";

    assertProblem(
        http.post().uri("/auth/dev-token").headers(h -> h.setBearerAuth(token))
            .contentType(MediaType.APPLICATION_JSON).bodyValue(request).exchange(),
        404, "not-found", "/auth/dev-token");
    assertProblem(http.get().uri("/auth/jwks.json").headers(h -> h.setBearerAuth(token)).exchange(),
        404, "not-found", "/auth/jwks.json");
    assertProblem(
        http.post().uri("/auth/token").headers(h -> h.setBearerAuth(token))
            .contentType(MediaType.APPLICATION_FORM_URLENCODED).bodyValue("grant_type=client_credentials").exchange(),
        404, "not-found", "/auth/token");
    assertProblem(
        http.post().uri("/auth/token").headers(h -> h.setBasicAuth("workflow-service", "workflow-service-secret"))
            .contentType(MediaType.APPLICATION_FORM_URLENCODED).bodyValue("grant_type=client_credentials").exchange(),
        401, "unauthenticated", "/auth/token");
    // and without a token nothing is issued either
    assertProblem(
        http.post().uri("/auth/dev-token").contentType(MediaType.APPLICATION_JSON).bodyValue(request).exchange(),
        401, "unauthenticated", "/auth/dev-token");
    assertThat(DATA_DIR.resolve("gateway")).doesNotExist();
  }

  @Test
  void clockControl_hasNoRouteHere() {
    String admin = ISSUER.token("admin-1", List.of("ADMIN"), "district", List.of(), null);
    for (String path : List.of("/api/test/clock/workflow", "/api/test/clock/hazard", "/api/test/clock/reporting",
        "/api/test/clock")) {
      assertProblem(http.post().uri(path).headers(h -> h.setBearerAuth(admin))
          .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"advance\": \"P1D\"}").exchange(), 404, "not-found", path);
    }
    assertThat(WORKFLOW.requestTo("/api/test/clock")).isEmpty();
  }

  @Test
  void camundaWebapp_needsAnAdminToken_beforeItsOwnLogin() {
    String path = "/camunda/app/cockpit/default/";
    String agency = ISSUER.token("agent-1", List.of("DISTRICT_AGENCY"), "district", List.of(), null);
    String admin = ISSUER.token("admin-1", List.of("ADMIN"), "district", List.of(), null);

    assertProblem(http.get().uri(path).exchange(), 401, "unauthenticated", path);
    assertProblem(http.get().uri(path).headers(h -> h.setBearerAuth(agency)).exchange(), 403, "forbidden", path);
    assertThat(WORKFLOW.requestTo(path)).isEmpty();

    http.get().uri(path).headers(h -> h.setBearerAuth(admin)).exchange()
        .expectStatus().isOk().expectBody().jsonPath("$.service").isEqualTo("workflow");
  }

  @Test
  void apiDocumentation_isForAdminsOnly() {
    String agency = ISSUER.token("agent-1", List.of("DISTRICT_AGENCY"), "district", List.of(), null);
    String admin = ISSUER.token("admin-1", List.of("ADMIN"), "district", List.of(), null);

    for (String path : List.of("/v3/api-docs/workflow", "/swagger-ui.html", "/v3/api-docs/gateway/swagger-config")) {
      assertProblem(http.get().uri(path).exchange(), 401, "unauthenticated", path);
      assertProblem(http.get().uri(path).headers(h -> h.setBearerAuth(agency)).exchange(), 403, "forbidden", path);
    }
    assertThat(WORKFLOW.requestTo("/v3/api-docs")).isEmpty();

    http.get().uri("/v3/api-docs/workflow").headers(h -> h.setBearerAuth(admin)).exchange()
        .expectStatus().isOk().expectBody().jsonPath("$.service").isEqualTo("workflow");
  }

  @Test
  void everyResponse_tellsBrowsersToKeepToHttps() {
    http.get().uri("/actuator/health").exchange()
        .expectHeader().valueEquals("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    http.get().uri("/api/tasks/t-1").exchange()
        .expectStatus().isUnauthorized()
        .expectHeader().valueEquals("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  }

  @Test
  void serviceDown_is503Problem() {
    String token = ISSUER.token("agent-1", List.of("DISTRICT_AGENCY"), "district", List.of(), null);
    String path = "/api/hazards/" + UUID.randomUUID();

    assertProblem(http.get().uri(path).headers(h -> h.setBearerAuth(token)).exchange(), 503, "unavailable", path);
  }

  @Test
  void serviceHangingUp_is502Problem() {
    String token = ISSUER.token("agent-1", List.of("DISTRICT_AGENCY"), "district", List.of(), null);
    String path = "/api/reports/" + UUID.randomUUID();

    assertProblem(http.get().uri(path).headers(h -> h.setBearerAuth(token)).exchange(), 502, "bad-gateway", path);
  }

  @Test
  void publicTipEndpoint_withTheServiceDown_is503ProblemToo() {
    assertProblem(
        http.post().uri("/api/tips").contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange(),
        503, "unavailable", "/api/tips");
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("shouwei-gateway-k8s-it");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
