package io.shouwei.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shouwei.contracts.Actor;
import io.shouwei.contracts.AggregateTypes;
import io.shouwei.contracts.EventEnvelope;
import io.shouwei.contracts.EventTypes;
import io.shouwei.contracts.Role;
import io.shouwei.contracts.Topics;
import io.shouwei.contracts.hazard.HazardReported;
import io.shouwei.contracts.hazard.HazardSource;
import io.shouwei.embedded.DevTokens;
import io.shouwei.embedded.KafkaBroker;
import io.shouwei.embedded.PostgresDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import io.shouwei.workflow.hazardclient.ServiceTokens;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The whole service on a random port against real infrastructure: a fresh PostgreSQL database, the
 * shared Kafka broker of this JVM, and tokens signed by a key whose JWKS the service fetches. Every
 * subclass shares one application context (same configuration).
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "camunda.bpm.admin-user.password=" + WorkflowServiceTestBase.ADMIN_PASSWORD)
@ActiveProfiles("test")
@AutoConfigureObservability
@ExtendWith(WorkflowServiceTestBase.OrderlyShutdown.class)
@Import(WorkflowServiceTestBase.TestServiceTokens.class)
public abstract class WorkflowServiceTestBase {

  protected static final String ADMIN_PASSWORD = "cockpit-test-password";

  private static final PostgresDatabase DATABASE = PostgresDatabase.create("workflow");
  protected static final DevTokens TOKENS = DevTokens.generate();
  /** hazard-service as the processes call it; down until a test brings it up. */
  protected static final HazardServiceStub HAZARD_SERVICE = new HazardServiceStub();

  private static KafkaProducer<String, String> producer;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", DATABASE::jdbcUrl);
    registry.add("spring.datasource.username", DATABASE::username);
    registry.add("spring.datasource.password", DATABASE::password);
    registry.add("spring.kafka.bootstrap-servers", () -> KafkaBroker.shared().bootstrapServers());
    registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", TOKENS::serveJwks);
    registry.add("shouwei.hazard.url", HAZARD_SERVICE::url);
    registry.add("shouwei.workflow.order-to-stop.enforce-stop-retries", () -> "R2/PT1S");
  }

  /** SERVICE tokens signed by the test issuer, as the gateway's issuer signs them in the local stack. */
  @TestConfiguration(proxyBeanMethods = false)
  static class TestServiceTokens {

    @Bean
    ServiceTokens serviceTokens() {
      return () -> TOKENS.token("workflow-service", List.of(Role.SERVICE.name()), "workflow-service", List.of(), null);
    }
  }

  /**
   * Closes the application before its database is dropped. Left to the JVM's shutdown hooks, both
   * would run at once, and the engine's last writes would wait for a database that is gone.
   */
  static final class OrderlyShutdown implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
      ConfigurableApplicationContext application =
          (ConfigurableApplicationContext) SpringExtension.getApplicationContext(context);
      context.getRoot()
          .getStore(ExtensionContext.Namespace.create(OrderlyShutdown.class))
          .getOrComputeIfAbsent(
              "application-then-database",
              key -> (ExtensionContext.Store.CloseableResource) () -> {
                application.close();
                DATABASE.close();
              });
    }
  }

  @LocalServerPort protected int port;
  @Autowired protected ObjectMapper json;

  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @BeforeAll
  static void openProducer() {
    producer =
        new KafkaProducer<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.shared().bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"),
            new StringSerializer(),
            new StringSerializer());
  }

  @AfterAll
  static void closeProducer() {
    producer.close();
  }

  protected static String newHazardId() {
    return "hz-" + UUID.randomUUID();
  }

  /** A HazardReported envelope as hazard-service publishes it, reported now (its timers lie ahead). */
  protected static EventEnvelope<HazardReported> hazardReported(String hazardId, String enterpriseId, String townCode) {
    Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    HazardReported payload =
        new HazardReported(hazardId, "mine-7", enterpriseId, townCode, "campaign-2025", HazardSource.SELF_INSPECTION,
            "slope", "Cracks on bench 3", "Tension cracks behind the crest", "pit north, bench 3", at, at);
    return new EventEnvelope<>(UUID.randomUUID(), AggregateTypes.HAZARD, hazardId, 0, EventTypes.HAZARD_REPORTED,
        1, at, new Actor("u-safety", Role.ENTERPRISE, enterpriseId), "corr-" + hazardId, "cmd-" + hazardId, null,
        "0".repeat(64), payload);
  }

  /** An envelope of any event type as hazard-service publishes it. */
  protected static <P> EventEnvelope<P> envelope(
      String aggregateType, String aggregateId, long sequence, String type, P payload) {
    Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    return new EventEnvelope<>(UUID.randomUUID(), aggregateType, aggregateId, sequence, type, 1, at,
        new Actor("u-1", Role.TOWN_AGENCY, "town-1"), "corr-" + aggregateId, null, null, "0".repeat(64), payload);
  }

  protected String toJson(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Produces to {@value Topics#EVENTS} and waits for the broker's acknowledgement. */
  protected static RecordMetadata produce(String key, String value) {
    try {
      return producer.send(new ProducerRecord<>(Topics.EVENTS, key, value)).get(30, TimeUnit.SECONDS);
    } catch (InterruptedException | ExecutionException | TimeoutException e) {
      throw new IllegalStateException("could not produce to " + Topics.EVENTS, e);
    }
  }

  protected static String token(Role role, String enterprise, List<String> towns) {
    return TOKENS.token("user-" + role.name().toLowerCase(), List.of(role.name()), "org-1", towns, enterprise);
  }

  protected HttpResponse<String> get(String path, String bearer) {
    HttpRequest.Builder request = HttpRequest.newBuilder(url(path)).GET();
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    return send(request.build());
  }

  protected HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  protected URI url(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  /** The response is a 400 {@code application/problem+json} whose detail names {@code parameter}. */
  protected void assertInvalid(HttpResponse<String> response, String parameter) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    JsonNode problem = body(response);
    assertThat(problem.get("type").asText()).isEqualTo("https://shouwei.io/problems/invalid-request");
    assertThat(problem.get("detail").asText()).startsWith(parameter + " must be between");
  }

  protected JsonNode body(HttpResponse<String> response) {
    try {
      return json.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
