package io.shouwei.hazard.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.shouwei.embedded.DevTokens;
import io.shouwei.embedded.PostgresDatabase;
import io.shouwei.hazard.idempotency.MutableClock;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code Idempotency-Key} on the service's commands, end to end on PostgreSQL: a retried command
 * answers what the first one answered and stores nothing; the key names one request and belongs to
 * one caller; failures are not remembered; keys expire. The service's clock is one the test moves.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class IdempotencyIT {

  static final PostgresDatabase DB = PostgresDatabase.create("hazard_idempotency");
  static final DevTokens TOKENS = DevTokens.generate();
  static final MutableClock CLOCK = new MutableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));

  static final String TOWN = "310115101";
  static final String REGISTERED = "io.shouwei.hazard.mine.api.MineRegisteredEvent";

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    TestStack.register(registry, DB, TOKENS);
  }

  @TestConfiguration(proxyBeanMethods = false)
  static class MovableTime {

    @Bean
    @Primary
    MutableClock movableClock() {
      return CLOCK;
    }
  }

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  static String district() {
    return TOKENS.token("bureau-chen", List.of("DISTRICT_AGENCY"), "district-bureau", List.of(), null);
  }

  static String townAgency() {
    return TOKENS.token("inspector-li", List.of("TOWN_AGENCY"), "town-office-101", List.of(TOWN), null);
  }

  static String mineBody(String name) {
    return """
        {"name": "%s", "enterpriseId": "ent-i", "enterpriseName": "Enterprise I", "townCode": "%s",
         "type": "OPEN_PIT", "facts": %s}
        """.formatted(name, TOWN, Api.ORDINARY_PIT_FACTS);
  }

  static String key() {
    return "it-" + UUID.randomUUID();
  }

  Api api() {
    return new Api(port);
  }

  HttpResponse<String> register(String token, String key, String body) {
    return api().exchange("POST", "/api/mines", token, body, "Idempotency-Key", key);
  }

  long registrations() {
    return jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE payloadtype = ?", Long.class, REGISTERED);
  }

  long events() {
    return jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
  }

  long keys() {
    return jdbc.queryForObject("SELECT count(*) FROM idempotency_record", Long.class);
  }

  static boolean replayed(HttpResponse<?> response) {
    return response.headers().firstValue("Idempotent-Replayed").filter("true"::equals).isPresent();
  }

  static void assertProblem(HttpResponse<String> response, int status, String type) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(Api.contentType(response)).startsWith("application/problem+json");
    assertThat(Api.json(response).get("type").asText()).isEqualTo(type);
  }

  @Test
  void aRetriedPost_answersTheSameMine_andStoresOneEvent() {
    String key = key();
    long before = registrations();

    HttpResponse<String> first = register(district(), key, mineBody("North pit"));
    HttpResponse<String> retry = register(district(), key, mineBody("North pit"));

    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(replayed(first)).isFalse();
    assertThat(retry.statusCode()).isEqualTo(201);
    assertThat(replayed(retry)).isTrue();
    String id = Api.json(first).get("id").asText();
    assertThat(Api.json(retry).get("id").asText()).isEqualTo(id);
    assertThat(retry.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"))
        .contains("/api/mines/" + id);
    assertThat(registrations()).isEqualTo(before + 1);
    assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?",
        Long.class, id)).isEqualTo(1);
  }

  /** A hazard's report: the retry gets the same hazard and number, and no number is used up. */
  @Test
  void aRetriedHazardReport_answersTheSameHazard_andStoresOneEvent() {
    String mine = api().registerMine(district(), "ent-i", TOWN, "OPEN_PIT", Api.ORDINARY_PIT_FACTS);
    String body = Api.reportBody(mine, "北帮裂缝");
    String key = key();
    long before = jdbc.queryForObject(
        "SELECT count(*) FROM domainevententry WHERE type = 'Hazard'", Long.class);

    HttpResponse<String> first = api().exchange("POST", "/api/hazards", townAgency(), body, "Idempotency-Key", key);
    HttpResponse<String> retry = api().exchange("POST", "/api/hazards", townAgency(), body, "Idempotency-Key", key);

    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(replayed(retry)).isTrue();
    assertThat(Api.json(retry)).isEqualTo(Api.json(first));
    assertThat(retry.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
    assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE type = 'Hazard'", Long.class))
        .isEqualTo(before + 1);
  }

  @Test
  void aRetriedPut_answersTheSameETag_andStoresOneEvent() {
    String id = api().registerMine(district(), "ent-i", TOWN, "OPEN_PIT", Api.ORDINARY_PIT_FACTS);
    String key = key();
    String facts = "{\"slopeHeightMetres\": 75, \"onlineSlopeMonitoring\": true}";

    HttpResponse<String> first = api().exchange("PUT", "/api/mines/" + id + "/facts", district(), facts,
        "If-Match", "\"0\"", "Idempotency-Key", key);
    HttpResponse<String> meanwhile = api().exchange("PUT", "/api/mines/" + id + "/facts", district(),
        "{\"slopeHeightMetres\": 80, \"onlineSlopeMonitoring\": true}", "If-Match", "\"1\"");
    HttpResponse<String> retry = api().exchange("PUT", "/api/mines/" + id + "/facts", district(), facts,
        "If-Match", "\"0\"", "Idempotency-Key", key);
    HttpResponse<String> staleWithoutKey = api().exchange("PUT", "/api/mines/" + id + "/facts", district(), facts,
        "If-Match", "\"0\"");

    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    assertThat(first.headers().firstValue("ETag")).contains("\"1\"");
    assertThat(meanwhile.statusCode()).as(meanwhile.body()).isEqualTo(200);
    assertThat(retry.statusCode()).isEqualTo(200);
    assertThat(replayed(retry)).isTrue();
    assertThat(retry.headers().firstValue("ETag")).contains("\"1\"");
    assertThat(Api.json(retry).get("facts").get("slopeHeightMetres").asDouble()).isEqualTo(75.0);
    assertThat(staleWithoutKey.statusCode()).as("the same PUT without the key is a stale one").isEqualTo(412);
    assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?",
        Long.class, id)).as("registered, first PUT, the PUT in between").isEqualTo(3);
  }

  @Test
  void theKeyWithAnotherBody_isUnprocessable_andStoresNothing() {
    String key = key();
    HttpResponse<String> first = register(district(), key, mineBody("North pit"));
    long before = events();

    HttpResponse<String> other = register(district(), key, mineBody("South pit"));

    assertProblem(other, 422, "https://shouwei.io/problems/idempotency-key-reuse");
    assertThat(events()).isEqualTo(before);
    HttpResponse<String> retry = register(district(), key, mineBody("North pit"));
    assertThat(replayed(retry)).isTrue();
    assertThat(Api.json(retry).get("id").asText()).isEqualTo(Api.json(first).get("id").asText());
  }

  @Test
  void differentCallers_useTheSameKeyIndependently() {
    String key = key();
    long before = registrations();

    HttpResponse<String> byDistrict = register(district(), key, mineBody("North pit"));
    HttpResponse<String> byTown = register(townAgency(), key, mineBody("North pit"));

    assertThat(byDistrict.statusCode()).isEqualTo(201);
    assertThat(byTown.statusCode()).isEqualTo(201);
    assertThat(replayed(byTown)).isFalse();
    assertThat(Api.json(byTown).get("id").asText()).isNotEqualTo(Api.json(byDistrict).get("id").asText());
    assertThat(registrations()).isEqualTo(before + 2);
  }

  @Test
  void aMalformedKey_isABadRequest_andStoresNothing() {
    long before = events();
    long keys = keys();

    assertProblem(register(district(), "not a key", mineBody("North pit")), 400,
        "https://shouwei.io/problems/invalid-request");
    assertProblem(register(district(), "k".repeat(129), mineBody("North pit")), 400,
        "https://shouwei.io/problems/invalid-request");

    assertThat(events()).isEqualTo(before);
    assertThat(keys()).isEqualTo(keys);
  }

  @Test
  void aFailedRequest_isNotRemembered_soTheCorrectedRetrySucceeds() {
    String key = key();

    HttpResponse<String> invalid =
        register(district(), key, "{\"enterpriseId\": \"ent-i\", \"townCode\": \"" + TOWN + "\"}");
    HttpResponse<String> corrected = register(district(), key, mineBody("North pit"));

    assertThat(invalid.statusCode()).isEqualTo(400);
    assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(201);
    assertThat(replayed(corrected)).isFalse();
  }

  @Test
  void withoutAToken_nothingIsRemembered() {
    long keys = keys();

    HttpResponse<String> anonymous = register(null, key(), mineBody("North pit"));

    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(keys()).isEqualTo(keys);
  }

  @Test
  void aKeyIsForgotten_afterItExpires() {
    String key = key();
    long before = registrations();
    HttpResponse<String> first = register(district(), key, mineBody("North pit"));

    CLOCK.advance(Duration.ofHours(23));
    HttpResponse<String> withinADay = register(district(), key, mineBody("North pit"));
    CLOCK.advance(Duration.ofHours(1).plusMinutes(1));
    HttpResponse<String> afterADay = register(district(), key, mineBody("North pit"));

    assertThat(replayed(withinADay)).isTrue();
    assertThat(afterADay.statusCode()).isEqualTo(201);
    assertThat(replayed(afterADay)).isFalse();
    assertThat(Api.json(afterADay).get("id").asText()).isNotEqualTo(Api.json(first).get("id").asText());
    assertThat(registrations()).isEqualTo(before + 2);
  }

  /**
   * Retries sent at once: one runs; the others get its response if it has finished, or 409 while it
   * runs. Either way one mine is registered.
   */
  @Test
  void concurrentRetries_registerOneMine() throws Exception {
    String key = key();
    long before = registrations();
    ExecutorService pool = Executors.newFixedThreadPool(6);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<CompletableFuture<HttpResponse<String>>> sent =
          IntStream.range(0, 6)
              .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                try {
                  start.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                return register(district(), key, mineBody("North pit"));
              }, pool))
              .toList();
      start.countDown();
      List<HttpResponse<String>> responses = sent.stream().map(CompletableFuture::join).toList();

      assertThat(responses).extracting(HttpResponse::statusCode).allMatch(s -> s == 201 || s == 409);
      List<HttpResponse<String>> created = responses.stream().filter(r -> r.statusCode() == 201).toList();
      assertThat(created.stream().filter(r -> !replayed(r))).hasSize(1);
      assertThat(created.stream().map(r -> Api.json(r).get("id").asText()).distinct()).hasSize(1);
      responses.stream().filter(r -> r.statusCode() == 409).forEach(conflict -> {
        assertProblem(conflict, 409, "https://shouwei.io/problems/conflict");
        assertThat(conflict.headers().firstValue("Retry-After")).contains("1");
      });
      assertThat(registrations()).isEqualTo(before + 1);
      JsonNode afterwards = Api.json(register(district(), key, mineBody("North pit")));
      assertThat(afterwards.get("id").asText()).isEqualTo(Api.json(created.get(0)).get("id").asText());
    } finally {
      pool.shutdownNow();
    }
  }
}
