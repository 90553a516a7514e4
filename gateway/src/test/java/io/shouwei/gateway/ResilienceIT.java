package io.shouwei.gateway;

import static io.shouwei.gateway.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.shouwei.gateway.support.HangUpServer;
import io.shouwei.gateway.support.StubService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4jBulkheadProvider;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.FileSystemUtils;

/**
 * Retries and circuit breakers against real downstreams that hang up: a read is tried again, a
 * write is not; a service that keeps failing gets its breaker opened and is no longer called,
 * while the other services still are.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("local")
class ResilienceIT {

  private static final Path DATA_DIR = tempDir();
  private static final HangUpServer HAZARD = HangUpServer.start();
  private static final HangUpServer REPORTING = HangUpServer.start();
  private static final StubService WORKFLOW = StubService.start("workflow");
  private static final int BREAKER_WINDOW = 4;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("SHOUWEI_DATA_DIR", DATA_DIR::toString);
    registry.add("SHOUWEI_HAZARD_URL", HAZARD::url);
    registry.add("SHOUWEI_WORKFLOW_URL", WORKFLOW::url);
    registry.add("SHOUWEI_REPORTING_URL", REPORTING::url);
    registry.add("SHOUWEI_BREAKER_WINDOW", () -> BREAKER_WINDOW);
    registry.add("SHOUWEI_BREAKER_MINIMUM_CALLS", () -> BREAKER_WINDOW);
    registry.add("SHOUWEI_BREAKER_OPEN_FOR", () -> "1h");
  }

  @Autowired WebTestClient http;
  @Autowired CircuitBreakerRegistry breakers;
  @Autowired ReactiveResilience4jBulkheadProvider bulkheads;

  @AfterAll
  static void stop() throws IOException {
    HAZARD.close();
    REPORTING.close();
    WORKFLOW.close();
    FileSystemUtils.deleteRecursively(DATA_DIR);
  }

  @Test
  void aRead_isTriedThreeTimes_aWriteOnce() {
    String token = token();
    String read = "/api/reports/hazards/" + UUID.randomUUID();
    String write = "/api/reports/campaigns/" + UUID.randomUUID() + "/work-report";

    int before = REPORTING.connections();
    assertProblem(http.get().uri(read).headers(h -> h.setBearerAuth(token)).exchange(), 502, "bad-gateway", read);
    assertThat(REPORTING.connections() - before).isEqualTo(3);

    before = REPORTING.connections();
    assertProblem(http.post().uri(write).headers(h -> h.setBearerAuth(token))
        .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange(), 502, "bad-gateway", write);
    assertThat(REPORTING.connections() - before).isEqualTo(1);
  }

  @Test
  void aServiceThatKeepsFailing_isNoLongerCalled_andAnswers503_whileTheOthersStillServe() {
    String token = token();
    for (int i = 0; i < BREAKER_WINDOW; i++) {
      String path = "/api/hazards/" + UUID.randomUUID() + "/progress";
      assertProblem(http.post().uri(path).headers(h -> h.setBearerAuth(token))
          .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange(), 502, "bad-gateway", path);
    }
    assertThat(breakers.circuitBreaker("hazard").getState()).isEqualTo(CircuitBreaker.State.OPEN);
    int connections = HAZARD.connections();

    for (String path : List.of("/api/hazards/" + UUID.randomUUID(), "/api/mines/" + UUID.randomUUID())) {
      assertProblem(http.get().uri(path).headers(h -> h.setBearerAuth(token)).exchange(), 503, "unavailable", path)
          .jsonPath("$.detail").value(d -> assertThat(d).asString().contains("paused"));
    }
    assertProblem(http.post().uri("/api/tips").contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange(),
        503, "unavailable", "/api/tips");
    assertThat(HAZARD.connections()).isEqualTo(connections);

    http.get().uri("/api/tasks/" + UUID.randomUUID()).headers(h -> h.setBearerAuth(token)).exchange()
        .expectStatus().isOk().expectBody().jsonPath("$.service").isEqualTo("workflow");
    assertThat(breakers.circuitBreaker("workflow").getState()).isEqualTo(CircuitBreaker.State.CLOSED);
  }

  /**
   * With every call its bulkhead allows in flight (taken here straight from the bulkhead), the
   * next call to the service is turned away with 503 and Retry-After, without counting as a
   * failure of the service; once calls end, it is served again.
   */
  @Test
  void aServiceWithAsManyCallsInFlightAsItsBulkheadAllows_answers503WithRetryAfter_andItsBreakerStaysClosed() {
    String token = token();
    String path = "/api/tasks/" + UUID.randomUUID();
    http.get().uri(path).headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isOk();
    Bulkhead bulkhead = bulkheads.getBulkheadRegistry().bulkhead("workflow");
    int permits = bulkhead.getMetrics().getAvailableConcurrentCalls();
    assertThat(permits).isPositive();
    for (int i = 0; i < permits; i++) {
      assertThat(bulkhead.tryAcquirePermission()).isTrue();
    }
    try {
      for (int i = 0; i < BREAKER_WINDOW * 2; i++) {
        assertProblem(http.get().uri(path).headers(h -> h.setBearerAuth(token)).exchange()
            .expectHeader().valueEquals("Retry-After", "1"), 503, "unavailable", path)
            .jsonPath("$.detail").value(d -> assertThat(d).asString().contains("in progress"));
      }
      assertThat(breakers.circuitBreaker("workflow").getState()).isEqualTo(CircuitBreaker.State.CLOSED);
      assertThat(breakers.circuitBreaker("workflow").getMetrics().getNumberOfFailedCalls()).isZero();
    } finally {
      for (int i = 0; i < permits; i++) {
        bulkhead.onComplete();
      }
    }

    http.get().uri(path).headers(h -> h.setBearerAuth(token)).exchange()
        .expectStatus().isOk().expectBody().jsonPath("$.service").isEqualTo("workflow");
  }

  @Test
  void everyDownstreamService_hasItsOwnBreaker() {
    assertThat(breakers.getAllCircuitBreakers().stream().map(CircuitBreaker::getName))
        .contains("hazard", "workflow", "reporting");
    assertThat(breakers.circuitBreaker("reporting").getCircuitBreakerConfig().getMinimumNumberOfCalls())
        .isEqualTo(BREAKER_WINDOW);
  }

  private String token() {
    Map<?, ?> response = http.post().uri("/auth/dev-token").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("sub", "district-1", "roles", List.of("DISTRICT_AGENCY"), "org", "district"))
        .exchange()
        .expectStatus().isOk()
        .expectBody(Map.class).returnResult().getResponseBody();
    return (String) response.get("access_token");
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("shouwei-gateway-resilience-it");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
