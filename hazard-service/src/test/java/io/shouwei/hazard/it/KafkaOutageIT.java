package io.shouwei.hazard.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.shouwei.embedded.DevTokens;
import io.shouwei.embedded.KafkaBroker;
import io.shouwei.embedded.PostgresDatabase;
import io.shouwei.hazard.publishing.KafkaForwarder;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Kafka is down: commands still succeed, the forwarder keeps its token before the unsent event,
 * and once the broker is back every stored event is delivered.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class KafkaOutageIT {

  static final PostgresDatabase DB = PostgresDatabase.create("hazard");
  static final DevTokens TOKENS = DevTokens.generate();

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    TestStack.register(registry, DB, TOKENS);
  }

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired TokenStore tokenStore;

  final String token = TOKENS.token("district-chen", List.of("DISTRICT_AGENCY"), "district-bureau", List.of(), null);

  String report(Api api, String mineId) {
    HttpResponse<String> response = api.post("/api/hazards", token, null, Api.reportBody(mineId, "Crack"));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return Api.json(response).get("id").asText();
  }

  long globalIndexOf(String hazardId) {
    return jdbc.queryForObject(
        "SELECT globalindex FROM domainevententry WHERE aggregateidentifier = ?", Long.class, hazardId);
  }

  /** Where the forwarder's stored token stands, read without claiming it; -1 before any event. */
  long forwarderPosition() {
    Map<String, Object> row =
        jdbc.queryForMap(
            "SELECT token, tokentype FROM tokenentry WHERE processorname = ? AND segment = 0",
            KafkaForwarder.PROCESSING_GROUP);
    if (row.get("token") == null) {
      return -1;
    }
    TrackingToken position =
        ((JdbcTokenStore) tokenStore).serializer().deserialize(
            new SimpleSerializedObject<>((byte[]) row.get("token"), byte[].class, (String) row.get("tokentype"), null));
    return position.position().orElse(-1);
  }

  @Test
  void whileKafkaIsDown_reportsSucceed_andTheForwarderWaits_thenDeliversEverything() {
    Api api = new Api(port);
    String mineId = api.registerMine(token, "ent-a", "310115101", "OPEN_PIT", Api.ORDINARY_PIT_FACTS);
    String beforeOutage = report(api, mineId);
    EventsTopic.awaitRecords(beforeOutage, Duration.ofSeconds(60));

    KafkaBroker broker = KafkaBroker.shared();
    broker.stop();
    String duringOutage;
    long index;
    try {
      duringOutage = report(api, mineId);
      assertThat(api.get("/api/hazards/" + duringOutage, token).statusCode()).isEqualTo(200);

      index = globalIndexOf(duringOutage);
      // longer than a send may take (8 s), so at least one send of the event has failed by now
      long until = System.nanoTime() + Duration.ofSeconds(12).toNanos();
      while (System.nanoTime() < until) {
        assertThat(forwarderPosition()).as("forwarder token while Kafka is down").isLessThan(index);
        sleep(500);
      }
    } finally {
      broker.start();
    }

    JsonNode envelope = EventsTopic.value(EventsTopic.awaitRecords(duringOutage, Duration.ofSeconds(120)).get(0));
    assertThat(envelope.get("aggregateId").asText()).isEqualTo(duringOutage);
    assertThat(envelope.get("sequence").asLong()).isZero();
    await().atMost(Duration.ofSeconds(30)).until(() -> forwarderPosition() >= index);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
