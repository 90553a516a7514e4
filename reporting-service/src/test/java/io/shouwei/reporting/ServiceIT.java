package io.shouwei.reporting;

import io.shouwei.embedded.DevTokens;
import io.shouwei.embedded.KafkaBroker;
import io.shouwei.embedded.MongoWireServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service as it runs: a real Kafka broker, the MongoDB-wire server, signed tokens, and a clock
 * the tests move. The subclasses share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(ServiceIT.TestClock.class)
public abstract class ServiceIT {

  /** Where the movable clock stands at the start of each test. */
  public static final Instant NOW = Instant.parse("2026-03-15T00:00:00Z");

  protected static final DevTokens TOKENS = DevTokens.generate();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(TOKENS::close, "stop-jwks"));
  }

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    registry.add("spring.data.mongodb.uri", () -> MongoWireServer.shared().connectionString("reporting_it"));
    registry.add("spring.kafka.bootstrap-servers", () -> KafkaBroker.shared().bootstrapServers());
    registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", TOKENS::serveJwks);
    registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> DevTokens.ISSUER);
  }

  /** The queries' clock, standing at {@link #NOW} until a test moves it. */
  @TestConfiguration(proxyBeanMethods = false)
  static class TestClock {
    @Bean
    @Primary
    MovableClock movableClock() {
      return new MovableClock(NOW);
    }
  }

  @LocalServerPort protected int port;
  @Autowired protected MovableClock clock;

  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void resetClock() {
    clock.set(NOW);
  }

  protected HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  protected static String enterprise(String enterpriseId) {
    return TOKENS.token("u-" + enterpriseId, List.of("ENTERPRISE"), "org-" + enterpriseId, List.of(), enterpriseId);
  }

  protected static String town(String townCode) {
    return TOKENS.token("u-" + townCode, List.of("TOWN_AGENCY"), "org-" + townCode, List.of(townCode), null);
  }

  protected static String superior(String... groupEnterprises) {
    return TOKENS.superiorCompanyToken("u-group", "org-group", List.of(groupEnterprises));
  }

  protected static String district() {
    return TOKENS.token("u-district", List.of("DISTRICT_AGENCY"), "org-district", List.of(), null);
  }

  protected static String auditor() {
    return TOKENS.token("u-auditor", List.of("AUDITOR"), "org-audit", List.of(), null);
  }

  protected static String admin() {
    return TOKENS.token("u-admin", List.of("ADMIN"), "org-district", List.of(), null);
  }
}
