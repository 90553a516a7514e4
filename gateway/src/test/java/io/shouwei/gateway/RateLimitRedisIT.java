package io.shouwei.gateway;

import static io.shouwei.gateway.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisClient;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.shouwei.embedded.DevTokens;
import io.shouwei.gateway.ratelimit.RedisTokenBuckets;
import io.shouwei.gateway.ratelimit.TokenBuckets;
import io.shouwei.gateway.support.StubService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.FileSystemUtils;

/**
 * The rate limits as every gateway replica shares them: buckets in the real Redis on
 * 127.0.0.1:6379 under a key prefix of this run only, removed afterwards. Low limits, an hour to
 * refill, so nothing refills during the test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RateLimitRedisIT {

  private static final String REDIS = "redis://127.0.0.1:6379";
  private static final String PREFIX = "shouwei:rl-test:" + UUID.randomUUID();
  private static final Path DATA_DIR = tempDir();
  private static final DevTokens ISSUER = DevTokens.generate();
  private static final StubService HAZARD = StubService.start("hazard");
  private static final StubService OTHER = StubService.start("other");

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("SHOUWEI_DATA_DIR", DATA_DIR::toString);
    registry.add("SHOUWEI_JWKS_URI", ISSUER::serveJwks);
    registry.add("SHOUWEI_TOKEN_ISSUER", () -> DevTokens.ISSUER);
    registry.add("SHOUWEI_HAZARD_URL", HAZARD::url);
    registry.add("SHOUWEI_WORKFLOW_URL", OTHER::url);
    registry.add("SHOUWEI_REPORTING_URL", OTHER::url);
    registry.add("SHOUWEI_REDIS_URL", () -> REDIS);
    registry.add("shouwei.rate-limit.key-prefix", () -> PREFIX);
    registry.add("shouwei.rate-limit.principal.capacity", () -> "3");
    registry.add("shouwei.rate-limit.principal.period", () -> "1h");
    registry.add("shouwei.rate-limit.client.capacity", () -> "5");
    registry.add("shouwei.rate-limit.client.period", () -> "1h");
    registry.add("shouwei.rate-limit.public-ip.capacity", () -> "2");
    registry.add("shouwei.rate-limit.public-ip.period", () -> "1h");
  }

  @Autowired WebTestClient http;
  @Autowired TokenBuckets buckets;

  @AfterAll
  static void cleanUp() throws IOException {
    try (RedisClient client = redis(); StatefulRedisConnection<String, String> connection = client.connect()) {
      List<String> keys = connection.sync().scan(ScanArgs.Builder.matches(PREFIX + ":*").limit(10_000)).getKeys();
      if (!keys.isEmpty()) {
        connection.sync().del(keys.toArray(String[]::new));
      }
    }
    HAZARD.close();
    OTHER.close();
    ISSUER.close();
    FileSystemUtils.deleteRecursively(DATA_DIR);
  }

  @Test
  void outsideTheLocalProfile_theBucketsAreInRedis() {
    assertThat(buckets).isInstanceOf(RedisTokenBuckets.class);
  }

  @Test
  void aCallerBeyondItsLimit_gets429ProblemWithRetryAfter_andTheServiceSeesNothing() {
    String token = token("caller-" + UUID.randomUUID(), "org-" + UUID.randomUUID());
    for (int i = 0; i < 3; i++) {
      http.get().uri("/api/hazards/h-" + i).headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isOk();
    }
    String path = "/api/hazards/" + UUID.randomUUID();

    WebTestClient.ResponseSpec refused = http.get().uri(path).headers(h -> h.setBearerAuth(token)).exchange();

    assertProblem(refused, 429, "too-many-requests", path);
    refused.expectHeader().value(HttpHeaders.RETRY_AFTER,
        seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 1200L));
    assertThat(HAZARD.requestTo(path)).isEmpty();
    assertThat(redisKeys()).anySatisfy(k -> assertThat(k).startsWith(PREFIX + ":principal:"));
  }

  @Test
  void aClientSystemBeyondItsLimit_gets429_whicheverOfItsUsersCalls() {
    String org = "agency-system-" + UUID.randomUUID();
    for (int i = 0; i < 5; i++) {
      String user = token("user-" + i + "-" + UUID.randomUUID(), org);
      http.get().uri("/api/mines/m-1").headers(h -> h.setBearerAuth(user)).exchange().expectStatus().isOk();
    }
    String sixth = token("user-6-" + UUID.randomUUID(), org);

    assertProblem(http.get().uri("/api/mines/m-1").headers(h -> h.setBearerAuth(sixth)).exchange(),
        429, "too-many-requests", "/api/mines/m-1");
    String otherSystem = token("user-7-" + UUID.randomUUID(), "org-" + UUID.randomUUID());
    http.get().uri("/api/mines/m-1").headers(h -> h.setBearerAuth(otherSystem)).exchange().expectStatus().isOk();
  }

  @Test
  void thePublicTipEndpoint_isLimitedPerAddress() {
    for (int i = 0; i < 2; i++) {
      http.post().uri("/api/tips").contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
          .expectStatus().isOk();
    }

    assertProblem(http.get().uri("/api/tips/T-1").exchange(), 429, "too-many-requests", "/api/tips/T-1");
    assertThat(redisKeys()).contains(PREFIX + ":ip:127.0.0.1");
  }

  private static String token(String sub, String org) {
    return ISSUER.sign(
        DevTokens.claims(sub, List.of("DISTRICT_AGENCY"), org, List.of(), null, Instant.now(), Duration.ofHours(1))
            .build());
  }

  private static List<String> redisKeys() {
    try (RedisClient client = redis(); StatefulRedisConnection<String, String> connection = client.connect()) {
      return connection.sync().keys(PREFIX + ":*");
    }
  }

  private static RedisClient redis() {
    return RedisClient.create(REDIS);
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("shouwei-gateway-rl-it");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
