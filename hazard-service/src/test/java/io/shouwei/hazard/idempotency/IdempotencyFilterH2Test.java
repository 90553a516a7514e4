package io.shouwei.hazard.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shouwei.platform.web.ProblemHandler;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.util.unit.DataSize;
import org.springframework.web.context.support.StaticWebApplicationContext;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.mvc.method.annotation.ExceptionHandlerExceptionResolver;

/**
 * The filter's rules, with its table on H2 in PostgreSQL mode (the local profile's database), a
 * clock the test moves and a stand-in for the controller that counts how often it runs.
 */
class IdempotencyFilterH2Test {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String BODY = "{\"name\": \"North pit\"}";

  final MutableClock clock = new MutableClock(Instant.parse("2025-05-13T08:00:00Z"));
  final IdempotencyProperties properties =
      new IdempotencyProperties(
          Duration.ofHours(24), Duration.ofMinutes(2), DataSize.ofKilobytes(1), Duration.ofHours(1));
  JdbcTemplate jdbc;
  IdempotencyRecords records;
  IdempotencyFilter filter;
  final Controller controller = new Controller();

  static final DriverManagerDataSource H2 =
      new DriverManagerDataSource(
          "jdbc:h2:mem:" + UUID.randomUUID()
              + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
          "sa", "");

  @BeforeAll
  static void migrate() {
    Flyway.configure().dataSource(H2).locations("classpath:db/migration").load().migrate();
  }

  @BeforeEach
  void setUp() {
    jdbc = new JdbcTemplate(H2);
    jdbc.update("DELETE FROM idempotency_record");
    records = new IdempotencyRecords(jdbc, new DataSourceTransactionManager(H2));
    filter = new IdempotencyFilter(records, properties, clock, problemHandler());
    signIn("user-a");
  }

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void theFirstRequest_runs_andARetryGetsItsResponse_withoutRunningAgain() throws Exception {
    MockHttpServletResponse first = send(post("/api/mines", "key-1", BODY));
    MockHttpServletResponse retry = send(post("/api/mines", "key-1", BODY));

    assertThat(controller.calls).hasValue(1);
    assertThat(first.getStatus()).isEqualTo(201);
    assertThat(first.getHeader(IdempotencyFilter.REPLAYED_HEADER)).isNull();
    assertThat(json(first).get("echo").get("name").asText()).as("the controller read the body").isEqualTo("North pit");
    assertThat(retry.getStatus()).isEqualTo(201);
    assertThat(retry.getContentAsString()).isEqualTo(first.getContentAsString());
    assertThat(retry.getHeader("Location")).isEqualTo("/api/mines/m-1");
    assertThat(retry.getHeader("ETag")).isEqualTo("\"0\"");
    assertThat(retry.getContentType()).startsWith("application/json");
    assertThat(retry.getHeader(IdempotencyFilter.REPLAYED_HEADER)).isEqualTo("true");
    assertThat(retry.getHeader("X-Handled-By")).as("only the headers that describe the result are kept").isNull();
    assertThat(jdbc.queryForObject("SELECT count(*) FROM idempotency_record", Integer.class)).isEqualTo(1);
  }

  @Test
  void theKeyWithAnotherBody_isUnprocessable_andNothingRuns() throws Exception {
    send(post("/api/mines", "key-1", BODY));

    MockHttpServletResponse other = send(post("/api/mines", "key-1", "{\"name\": \"South pit\"}"));

    assertThat(controller.calls).hasValue(1);
    assertProblem(other, 422, "https://shouwei.io/problems/idempotency-key-reuse");
    assertThat(json(other).get("detail").asText()).contains("POST /api/mines with another body");
    assertThat(send(post("/api/mines", "key-1", BODY)).getHeader(IdempotencyFilter.REPLAYED_HEADER))
        .as("the first request's response is still kept").isEqualTo("true");
  }

  @Test
  void theKeyOnAnotherPathOrMethod_isUnprocessable() throws Exception {
    send(post("/api/mines", "key-1", BODY));

    assertProblem(send(post("/api/mines/m-1/closure", "key-1", BODY)), 422,
        "https://shouwei.io/problems/idempotency-key-reuse");
    MockHttpServletRequest put = post("/api/mines", "key-1", BODY);
    put.setMethod("PUT");
    assertProblem(send(put), 422, "https://shouwei.io/problems/idempotency-key-reuse");
    assertThat(controller.calls).hasValue(1);
  }

  @Test
  void keysAreTheCallers_ownOnes() throws Exception {
    MockHttpServletResponse a = send(post("/api/mines", "key-1", BODY));
    signIn("user-b");
    MockHttpServletResponse b = send(post("/api/mines", "key-1", BODY));

    assertThat(controller.calls).hasValue(2);
    assertThat(json(b).get("id").asText()).isEqualTo("m-2").isNotEqualTo(json(a).get("id").asText());
    assertThat(b.getHeader(IdempotencyFilter.REPLAYED_HEADER)).isNull();
  }

  @Test
  void aResponseThatIsNotASuccess_isNotKept_soACorrectedRetryRuns() throws Exception {
    controller.status = 400;
    MockHttpServletResponse failed = send(post("/api/mines", "key-1", "{}"));
    controller.status = 201;
    MockHttpServletResponse corrected = send(post("/api/mines", "key-1", BODY));

    assertThat(failed.getStatus()).isEqualTo(400);
    assertThat(corrected.getStatus()).isEqualTo(201);
    assertThat(corrected.getHeader(IdempotencyFilter.REPLAYED_HEADER)).isNull();
    assertThat(controller.calls).hasValue(2);
  }

  @Test
  void aFailingController_releasesTheKey() throws Exception {
    controller.failure = new IllegalStateException("boom");
    assertThatThrownBy(() -> send(post("/api/mines", "key-1", BODY))).hasMessage("boom");
    controller.failure = null;

    assertThat(send(post("/api/mines", "key-1", BODY)).getStatus()).isEqualTo(201);
    assertThat(controller.calls).hasValue(2);
  }

  @Test
  void aRetryWhileTheFirstStillRuns_isAConflict_andAfterwardsGetsTheResponse() throws Exception {
    controller.block();
    CompletableFuture<MockHttpServletResponse> first =
        CompletableFuture.supplyAsync(() -> {
          signIn("user-a");
          try {
            return send(post("/api/mines", "key-1", BODY));
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
    assertThat(controller.entered.await(10, TimeUnit.SECONDS)).isTrue();

    MockHttpServletResponse whileRunning = send(post("/api/mines", "key-1", BODY));
    MockHttpServletResponse otherBodyWhileRunning = send(post("/api/mines", "key-1", "{}"));
    controller.release.countDown();
    MockHttpServletResponse firstResponse = first.get(10, TimeUnit.SECONDS);
    MockHttpServletResponse afterwards = send(post("/api/mines", "key-1", BODY));

    assertProblem(whileRunning, 409, "https://shouwei.io/problems/conflict");
    assertThat(whileRunning.getHeader("Retry-After")).isEqualTo("1");
    assertProblem(otherBodyWhileRunning, 422, "https://shouwei.io/problems/idempotency-key-reuse");
    assertThat(firstResponse.getStatus()).isEqualTo(201);
    assertThat(afterwards.getHeader(IdempotencyFilter.REPLAYED_HEADER)).isEqualTo("true");
    assertThat(afterwards.getContentAsString()).isEqualTo(firstResponse.getContentAsString());
    assertThat(controller.calls).hasValue(1);
  }

  @Test
  void aKeyLeftInProgress_isTakenOverOnlyAfterTheInProgressTimeout() throws Exception {
    RequestFingerprint fingerprint = RequestFingerprint.of("POST", "/api/mines", BODY.getBytes(StandardCharsets.UTF_8));
    Instant now = clock.instant();
    records.claim("user-a", new IdempotencyKey("key-1"), fingerprint, now, now.minus(Duration.ofDays(1)),
        now.minus(Duration.ofMinutes(2)));

    clock.advance(Duration.ofSeconds(119));
    assertProblem(send(post("/api/mines", "key-1", BODY)), 409, "https://shouwei.io/problems/conflict");
    clock.advance(Duration.ofSeconds(2));
    MockHttpServletResponse takenOver = send(post("/api/mines", "key-1", BODY));

    assertThat(takenOver.getStatus()).isEqualTo(201);
    assertThat(takenOver.getHeader(IdempotencyFilter.REPLAYED_HEADER)).isNull();
    assertThat(controller.calls).hasValue(1);
  }

  @Test
  void aClaimTakenOverAsAbandoned_cannotBeCompletedOrReleasedByItsFormerHolder() {
    IdempotencyKey key = new IdempotencyKey("key-1");
    RequestFingerprint fingerprint = RequestFingerprint.of("POST", "/api/mines", BODY.getBytes(StandardCharsets.UTF_8));
    IdempotencyRecords.Claim slow = claim(key, fingerprint);
    clock.advance(Duration.ofMinutes(3));
    IdempotencyRecords.Claim successor = claim(key, fingerprint);
    StoredResponse response = new StoredResponse(201, java.util.Map.of(), new byte[] {1});

    assertThat(successor).isInstanceOf(IdempotencyRecords.Claimed.class).isNotEqualTo(slow);
    assertThatThrownBy(
            () -> records.complete("user-a", key, (IdempotencyRecords.Claimed) slow, response, clock.instant()))
        .isInstanceOf(IllegalStateException.class);
    records.release("user-a", key, (IdempotencyRecords.Claimed) slow);
    assertThat(records.find("user-a", key)).hasValueSatisfying(e -> assertThat(e.inProgress()).isTrue());
    records.complete("user-a", key, (IdempotencyRecords.Claimed) successor, response, clock.instant());
    assertThat(records.find("user-a", key)).hasValueSatisfying(e -> assertThat(e.response().status()).isEqualTo(201));
  }

  IdempotencyRecords.Claim claim(IdempotencyKey key, RequestFingerprint fingerprint) {
    Instant now = clock.instant();
    return records.claim("user-a", key, fingerprint, now, now.minus(properties.expireAfter()),
        now.minus(properties.inProgressTimeout()));
  }

  @Test
  void aKeyIsForgotten_afterItExpires() throws Exception {
    send(post("/api/mines", "key-1", BODY));

    clock.advance(Duration.ofHours(24).minusSeconds(1));
    assertThat(send(post("/api/mines", "key-1", BODY)).getHeader(IdempotencyFilter.REPLAYED_HEADER)).isEqualTo("true");
    clock.advance(Duration.ofSeconds(2));
    MockHttpServletResponse afterExpiry = send(post("/api/mines", "key-1", "{\"name\": \"Another\"}"));

    assertThat(afterExpiry.getStatus()).as("a new request, not a reuse").isEqualTo(201);
    assertThat(json(afterExpiry).get("id").asText()).isEqualTo("m-2");
    assertThat(afterExpiry.getHeader(IdempotencyFilter.REPLAYED_HEADER)).isNull();
  }

  /** Expired keys are deleted along with keyed requests, at most once per cleanup interval. */
  @Test
  void expiredKeys_areDeletedInBulk_nowAndThen() throws Exception {
    send(post("/api/mines", "key-1", BODY));
    signIn("user-b");
    send(post("/api/mines", "key-of-b", BODY));
    clock.advance(Duration.ofMinutes(23 * 60 + 30));
    send(post("/api/mines", "key-2", BODY));

    clock.advance(Duration.ofMinutes(30).plusSeconds(1));
    send(post("/api/mines", "key-3", BODY));
    assertThat(keysOf("user-b")).as("expired, but the previous deletion was half an hour ago").contains("key-of-b");

    clock.advance(Duration.ofMinutes(30));
    send(post("/api/mines", "key-4", BODY));
    assertThat(keysOf("user-a")).isEmpty();
    assertThat(keysOf("user-b")).containsExactlyInAnyOrder("key-2", "key-3", "key-4");
  }

  List<String> keysOf(String callerId) {
    return jdbc.queryForList(
        "SELECT idempotency_key FROM idempotency_record WHERE caller_id = ?", String.class, callerId);
  }

  @Test
  void aMalformedKey_isABadRequest() throws Exception {
    assertProblem(send(post("/api/mines", "two words", BODY)), 400, "https://shouwei.io/problems/invalid-request");
    assertProblem(send(post("/api/mines", "k".repeat(129), BODY)), 400, "https://shouwei.io/problems/invalid-request");
    MockHttpServletRequest twice = post("/api/mines", "key-1", BODY);
    twice.addHeader(IdempotencyKey.HEADER, "key-2");
    assertProblem(send(twice), 400, "https://shouwei.io/problems/invalid-request");

    assertThat(controller.calls).hasValue(0);
    assertThat(jdbc.queryForObject("SELECT count(*) FROM idempotency_record", Integer.class)).isZero();
  }

  @Test
  void aQuotedKey_isTheSameKey() throws Exception {
    send(post("/api/mines", "key-1", BODY));

    assertThat(send(post("/api/mines", "\"key-1\"", BODY)).getHeader(IdempotencyFilter.REPLAYED_HEADER))
        .isEqualTo("true");
    assertThat(controller.calls).hasValue(1);
  }

  @Test
  void aBodyLargerThanAllowed_isRefused() throws Exception {
    String large = "{\"name\": \"" + "x".repeat(1024) + "\"}";

    assertProblem(send(post("/api/mines", "key-1", large)), 413, "https://shouwei.io/problems/invalid-request");
    assertThat(controller.calls).hasValue(0);
  }

  @Test
  void withoutACaller_theKeyIsIgnored() throws Exception {
    SecurityContextHolder.clearContext();

    send(post("/api/tips", "key-1", BODY));
    MockHttpServletResponse second = send(post("/api/tips", "key-1", BODY));

    assertThat(controller.calls).hasValue(2);
    assertThat(second.getHeader(IdempotencyFilter.REPLAYED_HEADER)).isNull();
    assertThat(jdbc.queryForObject("SELECT count(*) FROM idempotency_record", Integer.class)).isZero();
  }

  @Test
  void otherMethods_andRequestsWithoutAKey_areNotTouched() throws Exception {
    MockHttpServletRequest delete = post("/api/mines/m-1", "key-1", BODY);
    delete.setMethod("DELETE");
    send(delete);
    send(delete);
    MockHttpServletRequest noKey = new MockHttpServletRequest("POST", "/api/mines");
    noKey.setContent(BODY.getBytes(StandardCharsets.UTF_8));
    send(noKey);
    send(noKey);

    assertThat(controller.calls).hasValue(4);
    assertThat(jdbc.queryForObject("SELECT count(*) FROM idempotency_record", Integer.class)).isZero();
  }

  MockHttpServletResponse send(MockHttpServletRequest request) throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(request, response, controller);
    return response;
  }

  static MockHttpServletRequest post(String path, String key, String body) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
    request.setRequestURI(path);
    request.setContentType("application/json");
    request.setContent(body.getBytes(StandardCharsets.UTF_8));
    request.addHeader(IdempotencyKey.HEADER, key);
    request.addHeader("Accept", "application/json, application/problem+json");
    return request;
  }

  static void signIn(String userId) {
    Jwt jwt = Jwt.withTokenValue("token").header("alg", "none").subject(userId)
        .claim("roles", List.of("DISTRICT_AGENCY")).build();
    SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt));
  }

  static JsonNode json(MockHttpServletResponse response) throws IOException {
    return JSON.readTree(response.getContentAsByteArray());
  }

  static void assertProblem(MockHttpServletResponse response, int status, String type) throws IOException {
    assertThat(response.getStatus()).isEqualTo(status);
    assertThat(response.getContentType()).startsWith("application/problem+json");
    assertThat(json(response).get("type").asText()).isEqualTo(type);
  }

  /** The service's own exception handling, as the filter gets it in the application. */
  static HandlerExceptionResolver problemHandler() {
    StaticWebApplicationContext context = new StaticWebApplicationContext();
    context.getBeanFactory().registerSingleton("problemHandler", new ProblemHandler(Duration.ofSeconds(2)));
    context.refresh();
    ExceptionHandlerExceptionResolver resolver = new ExceptionHandlerExceptionResolver();
    resolver.setMessageConverters(List.of(new MappingJackson2HttpMessageConverter()));
    resolver.setApplicationContext(context);
    resolver.afterPropertiesSet();
    return resolver;
  }

  /** Stands in for the controller: counts its runs, echoes the body, answers with {@link #status}. */
  static final class Controller implements FilterChain {

    final AtomicInteger calls = new AtomicInteger();
    volatile int status = 201;
    volatile RuntimeException failure;
    CountDownLatch entered = new CountDownLatch(0);
    CountDownLatch release = new CountDownLatch(0);

    void block() {
      entered = new CountDownLatch(1);
      release = new CountDownLatch(1);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response) throws IOException {
      int call = calls.incrementAndGet();
      String body = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      entered.countDown();
      try {
        release.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      if (failure != null) {
        throw failure;
      }
      HttpServletResponse http = (HttpServletResponse) response;
      http.setStatus(status);
      http.setHeader("Location", "/api/mines/m-" + call);
      http.setHeader("ETag", "\"0\"");
      http.setHeader("X-Handled-By", "controller");
      http.setContentType("application/json");
      http.getWriter().write("{\"id\": \"m-" + call + "\", \"echo\": " + (body.isEmpty() ? "null" : body) + "}");
    }
  }
}
