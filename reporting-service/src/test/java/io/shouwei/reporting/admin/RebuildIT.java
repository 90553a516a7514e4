package io.shouwei.reporting.admin;

import static io.shouwei.reporting.HazardEvents.classified;
import static io.shouwei.reporting.HazardEvents.completed;
import static io.shouwei.reporting.HazardEvents.hazardEvent;
import static io.shouwei.reporting.HazardEvents.json;
import static io.shouwei.reporting.HazardEvents.mineEvent;
import static io.shouwei.reporting.HazardEvents.mineRegistered;
import static io.shouwei.reporting.HazardEvents.planned;
import static io.shouwei.reporting.HazardEvents.progress;
import static io.shouwei.reporting.HazardEvents.signedOff;
import static io.shouwei.reporting.HazardEvents.started;
import static io.shouwei.reporting.SupervisionEvents.campaignEvent;
import static io.shouwei.reporting.SupervisionEvents.campaignLaunched;
import static io.shouwei.reporting.SupervisionEvents.orderEvent;
import static io.shouwei.reporting.SupervisionEvents.orderIssued;
import static io.shouwei.reporting.SupervisionEvents.stopTookEffect;
import static io.shouwei.reporting.SupervisionEvents.tipEvent;
import static io.shouwei.reporting.SupervisionEvents.tipReceived;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import io.shouwei.contracts.EventEnvelope;
import io.shouwei.contracts.Topics;
import io.shouwei.contracts.hazard.HazardLevel;
import io.shouwei.contracts.mine.MineType;
import io.shouwei.contracts.order.OrderType;
import io.shouwei.embedded.DevTokens;
import io.shouwei.embedded.KafkaBroker;
import io.shouwei.embedded.MongoWireServer;
import io.shouwei.reporting.HazardEvents;
import io.shouwei.reporting.ingest.EventsListener;
import io.shouwei.reporting.projection.HazardDocument;
import io.shouwei.reporting.projection.HazardStatus;
import io.shouwei.reporting.projection.HazardStore;
import io.shouwei.reporting.projection.HeldEvents;
import io.shouwei.reporting.projection.ReadModelCollections;
import io.shouwei.reporting.projection.ReadModelGenerations;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The rebuild through the real broker, in a service of its own (own database, own consumer group),
 * so that its read models are exactly what the topic makes of them: the live consumer builds them
 * record by record from the first record of the shared topic, the rebuild builds them again from
 * offset 0, and the two must be equal document for document, whatever else is in the topic
 * (duplicates, records out of order, garbage from the other tests).
 *
 * <p>The service is closed after the class, and the topic's records deleted (see {@link #close}).
 *
 * <p>The test output has the measured rates (lines starting with {@code REBUILD RATE}): the rebuild's
 * and the live consumer's over the same workload, in the same run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class RebuildIT {

  private static final String GROUP = "reporting-rebuild-it";
  private static final String DATABASE = "reporting_rebuild";
  private static final Duration REBUILT = Duration.ofMinutes(3);
  private static final DevTokens TOKENS = DevTokens.generate();

  private static KafkaProducer<String, byte[]> producer;
  private static Admin kafkaAdmin;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    registry.add("spring.data.mongodb.uri", () -> MongoWireServer.shared().connectionString(DATABASE));
    registry.add("spring.kafka.bootstrap-servers", () -> KafkaBroker.shared().bootstrapServers());
    registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", TOKENS::serveJwks);
    registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> DevTokens.ISSUER);
    registry.add(EventsListener.GROUP_PROPERTY, () -> GROUP);
    registry.add("shouwei.reporting.rebuild.drop-grace", () -> "300ms");
  }

  @BeforeAll
  static void kafka() {
    Map<String, Object> config = Map.of("bootstrap.servers", KafkaBroker.shared().bootstrapServers(), "acks", "all");
    producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    kafkaAdmin = Admin.create(Map.of("bootstrap.servers", KafkaBroker.shared().bootstrapServers()));
  }

  /**
   * Deletes the records of the shared topic, so that the other services of this JVM (whose consumers
   * start from the first record) do not have to work through this test's thousands first.
   */
  @AfterAll
  static void close() throws Exception {
    Map<TopicPartition, RecordsToDelete> everything = new HashMap<>();
    endOffsets().forEach((partition, end) -> everything.put(partition, RecordsToDelete.beforeOffset(end.offset())));
    kafkaAdmin.deleteRecords(everything).all().get();
    producer.close();
    kafkaAdmin.close();
    TOKENS.close();
  }

  @LocalServerPort int port;
  @Autowired MongoDatabase database;
  @Autowired ReadModelGenerations generations;
  @Autowired HazardStore hazards;
  @Autowired HeldEvents held;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void rebuild_whileQueriesAnswer_endsWithTheSameDocumentsAsTheLiveConsumer() throws Exception {
    awaitLiveConsumerCaughtUp();
    Workload workload = new Workload(300);
    long liveStart = System.nanoTime();
    workload.sendAll();
    awaitLiveConsumerCaughtUp();
    double liveRate = workload.records / ((System.nanoTime() - liveStart) / 1e9);
    String sample = workload.hazards.get(0);
    assertThat(hazards.find(sample)).map(HazardDocument::status).contains(HazardStatus.SIGNED_OFF);
    long before = generations.active();
    Map<String, List<Document>> incremental = dump(before);
    assertThat(incremental.get(HazardStore.COLLECTION)).hasSizeGreaterThanOrEqualTo(300);

    AtomicBoolean rebuilding = new AtomicBoolean(true);
    AtomicInteger answeredDuringRebuild = new AtomicInteger();
    List<String> wrongAnswers = new ArrayList<>();
    CompletableFuture<Void> queries =
        CompletableFuture.runAsync(
            () -> {
              while (rebuilding.get()) {
                JsonNode progress = body(get("/api/reports/admin/rebuild", admin()));
                HttpResponse<String> hazard = get("/api/reports/hazards/" + sample, district());
                if (hazard.statusCode() != 200 || !hazard.body().contains("\"status\":\"SIGNED_OFF\"")) {
                  wrongAnswers.add(hazard.statusCode() + " " + hazard.body());
                } else if (progress.path("state").asText().equals("REPLAYING")
                    || progress.path("state").asText().equals("SWITCHING")) {
                  answeredDuringRebuild.incrementAndGet();
                }
                pause(Duration.ofMillis(20));
              }
            });
    HttpResponse<String> started = post("/api/reports/admin/rebuild", admin());
    JsonNode done = awaitRebuilt();
    rebuilding.set(false);
    queries.get();

    assertThat(started.statusCode()).isEqualTo(202);
    assertThat(body(started).path("generation").asLong()).isEqualTo(before + 1);
    assertThat(done.path("state").asText()).isEqualTo("DONE");
    assertThat(done.path("activeGeneration").asLong()).isEqualTo(before + 1);
    assertThat(done.path("eventsDone").asLong()).isGreaterThanOrEqualTo(workload.records);
    assertThat(done.path("eventsTotal").asLong()).isGreaterThanOrEqualTo(workload.records);
    assertThat(done.path("startedAt").asText()).isNotEmpty();
    assertThat(done.path("finishedAt").asText()).isNotEmpty();
    assertThat(wrongAnswers).isEmpty();
    assertThat(answeredDuringRebuild.get()).isPositive();
    assertThat(generations.active()).isEqualTo(before + 1);
    Map<String, List<Document>> rebuilt = dump(before + 1);
    for (String collection : ReadModelCollections.BASE_NAMES) {
      assertThat(rebuilt.get(collection)).as(collection).isEqualTo(incremental.get(collection));
    }
    assertThat(database.listCollectionNames().into(new ArrayList<>()))
        .doesNotContainAnyElementsOf(names(before))
        .containsAll(names(before + 1).stream().filter(n -> !rebuilt.get(base(n, before + 1)).isEmpty()).toList());
    System.out.printf(
        "REBUILD RATE: rebuild %.0f events/s (%d events, %d in the topic at the start); live consumer %.0f events/s"
            + " (%d events of the same workload); ratio %.2f%n",
        done.path("eventsPerSecond").asDouble(), done.path("eventsDone").asLong(), done.path("eventsTotal").asLong(),
        liveRate, workload.records, done.path("eventsPerSecond").asDouble() / liveRate);
  }

  @Test
  void eventsArrivingDuringTheRebuild_areInTheNewGeneration_onceEach() throws Exception {
    awaitLiveConsumerCaughtUp();
    long before = generations.active();
    Workload during = new Workload(150);

    HttpResponse<String> started = post("/api/reports/admin/rebuild", admin());
    CompletableFuture<Void> sending = CompletableFuture.runAsync(during::sendSlowly);
    JsonNode done = awaitRebuilt();
    sending.get();
    awaitLiveConsumerCaughtUp();

    assertThat(started.statusCode()).isEqualTo(202);
    assertThat(done.path("state").asText()).isEqualTo("DONE");
    assertThat(generations.active()).isEqualTo(before + 1);
    for (String hazard : during.hazards) {
      assertThat(hazards.find(hazard)).as(hazard).hasValueSatisfying(h -> {
        assertThat(h.status()).isEqualTo(HazardStatus.SIGNED_OFF);
        assertThat(h.lastSequence()).isEqualTo(6);
        assertThat(h.mineType()).isEqualTo(MineType.OPEN_PIT);
      });
    }
    assertThat(held.count()).isZero();

    Map<String, List<Document>> switched = dump(before + 1);
    assertThat(post("/api/reports/admin/rebuild", admin()).statusCode()).isEqualTo(202);
    assertThat(awaitRebuilt().path("state").asText()).isEqualTo("DONE");
    Map<String, List<Document>> rebuiltAgain = dump(before + 2);
    for (String collection : ReadModelCollections.BASE_NAMES) {
      assertThat(rebuiltAgain.get(collection)).as(collection).isEqualTo(switched.get(collection));
    }
  }

  @Test
  void onlyAnAdministratorRebuilds_andOnlyOneAtATime() throws Exception {
    for (String token : List.of(district(), auditor(), town(), enterprise(), superior())) {
      HttpResponse<String> post = post("/api/reports/admin/rebuild", token);
      HttpResponse<String> get = get("/api/reports/admin/rebuild", token);
      assertThat(post.statusCode()).isEqualTo(403);
      assertThat(get.statusCode()).isEqualTo(403);
      assertThat(post.headers().firstValue("Content-Type")).contains("application/problem+json");
      assertThat(body(post).path("type").asText()).isEqualTo("https://shouwei.io/problems/forbidden");
    }
    assertThat(post("/api/reports/admin/rebuild", null).statusCode()).isEqualTo(401);
    assertThat(get("/api/reports/admin/rebuild", null).statusCode()).isEqualTo(401);
    awaitLiveConsumerCaughtUp();

    HttpResponse<String> first = post("/api/reports/admin/rebuild", admin());
    HttpResponse<String> second = post("/api/reports/admin/rebuild", admin());
    JsonNode done = awaitRebuilt();

    assertThat(first.statusCode()).isEqualTo(202);
    assertThat(second.statusCode()).isEqualTo(409);
    assertThat(second.headers().firstValue("Content-Type")).contains("application/problem+json");
    assertThat(body(second).path("type").asText()).isEqualTo("https://shouwei.io/problems/conflict");
    assertThat(done.path("generation").asLong()).isEqualTo(body(first).path("generation").asLong());
    assertThat(done.path("state").asText()).isEqualTo("DONE");
  }

  /** Hazards with their mines, orders, a campaign and tips; some twice, some out of order. */
  private final class Workload {

    final List<String> hazards = new ArrayList<>();
    final List<ProducerRecord<String, byte[]>> sends = new ArrayList<>();
    int records;

    Workload(int size) {
      String run = UUID.randomUUID().toString().substring(0, 8);
      String campaign = "camp-" + run;
      String town = "town-" + run;
      add(campaign, campaignEvent(campaign, 0, campaignLaunched(campaign, List.of(town))));
      for (int i = 0; i < size; i++) {
        String mine = "mine-" + run + "-" + i;
        String hazard = "hz-" + run + "-" + i;
        hazards.add(hazard);
        List<EventEnvelope<?>> events =
            new ArrayList<>(
                List.of(
                    hazardEvent(hazard, 0, HazardEvents.payload(hazard, mine, "ent-" + run, town)),
                    hazardEvent(hazard, 1, classified(hazard, HazardLevel.GENERAL, List.of("OP-07.1"))),
                    hazardEvent(hazard, 2, planned(hazard)),
                    hazardEvent(hazard, 3, started(hazard)),
                    hazardEvent(hazard, 4, progress(hazard, 60)),
                    hazardEvent(hazard, 5, completed(hazard)),
                    hazardEvent(hazard, 6, signedOff(hazard))));
        if (i % 5 == 0) {
          events.add(2, events.get(3));
          events.remove(4);
        }
        if (i % 7 == 0) {
          events.add(events.get(1));
        }
        EventEnvelope<?> registered = mineEvent(mine, 0, mineRegistered(mine, "ent-" + run, town, MineType.OPEN_PIT));
        if (i % 3 == 0) {
          events.forEach(e -> add(hazard, e));
          add(mine, registered);
        } else {
          add(mine, registered);
          events.forEach(e -> add(hazard, e));
        }
        if (i % 10 == 0) {
          String order = "ord-" + run + "-" + i;
          add(order, orderEvent(order, 1, stopTookEffect(order, mine)));
          add(order, orderEvent(order, 0, orderIssued(order, mine, "ent-" + run, town, OrderType.STOP_PRODUCTION, campaign)));
          String tip = "tip-" + run + "-" + i;
          add(tip, tipEvent(tip, 0, tipReceived(tip, town, Instant.parse("2026-03-04T00:00:00Z"))));
          add(tip, tipEvent(tip, 0, tipReceived(tip, town, Instant.parse("2026-03-04T00:00:00Z"))));
        }
      }
    }

    private void add(String key, EventEnvelope<?> event) {
      sends.add(new ProducerRecord<>(Topics.EVENTS, key, json(event)));
      records++;
    }

    void sendAll() {
      sends.forEach(producer::send);
      producer.flush();
    }

    /** Sends a record every few milliseconds, so that some arrive before, some during, some after the switch. */
    void sendSlowly() {
      for (ProducerRecord<String, byte[]> record : sends) {
        producer.send(record);
        pause(Duration.ofMillis(2));
      }
      producer.flush();
    }
  }

  /** Every document of every read model of {@code generation}, by base name, in {@code _id} order. */
  private Map<String, List<Document>> dump(long generation) {
    Map<String, List<Document>> documents = new LinkedHashMap<>();
    for (String base : ReadModelCollections.BASE_NAMES) {
      documents.put(
          base,
          database.getCollection(ReadModelCollections.name(base, generation)).find().sort(Sorts.ascending("_id"))
              .into(new ArrayList<>()));
    }
    return documents;
  }

  private static List<String> names(long generation) {
    return ReadModelCollections.BASE_NAMES.stream().map(b -> ReadModelCollections.name(b, generation)).toList();
  }

  private static String base(String name, long generation) {
    return ReadModelCollections.BASE_NAMES.stream()
        .filter(b -> ReadModelCollections.name(b, generation).equals(name))
        .findFirst()
        .orElseThrow();
  }

  /** Waits until the live consumer group has committed every record of the topic. */
  private void awaitLiveConsumerCaughtUp() {
    await().atMost(REBUILT).pollInterval(Duration.ofMillis(200)).until(() -> {
      Map<TopicPartition, OffsetAndMetadata> committed =
          kafkaAdmin.listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata().get();
      return endOffsets().entrySet().stream().allMatch(e -> e.getValue().offset() == 0
          || committed.containsKey(e.getKey()) && committed.get(e.getKey()).offset() >= e.getValue().offset());
    });
  }

  private static Map<TopicPartition, ListOffsetsResultInfo> endOffsets() throws Exception {
    Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
    kafkaAdmin.describeTopics(List.of(Topics.EVENTS)).allTopicNames().get().get(Topics.EVENTS).partitions()
        .forEach(p -> latest.put(new TopicPartition(Topics.EVENTS, p.partition()), OffsetSpec.latest()));
    return kafkaAdmin.listOffsets(latest).all().get();
  }

  private JsonNode awaitRebuilt() {
    return await().atMost(REBUILT).pollInterval(Duration.ofMillis(100))
        .until(() -> body(get("/api/reports/admin/rebuild", admin())),
            p -> p.path("state").asText().equals("DONE") || p.path("state").asText().equals("FAILED"));
  }

  private HttpResponse<String> get(String path, String token) {
    return send(HttpRequest.newBuilder(uri(path)).GET(), token);
  }

  private HttpResponse<String> post(String path, String token) {
    return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.noBody()), token);
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  private HttpResponse<String> send(HttpRequest.Builder request, String token) {
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString(UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode body(HttpResponse<String> response) {
    try {
      return HazardEvents.JSON.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException(response.body(), e);
    }
  }

  private static String admin() {
    return TOKENS.token("u-admin", List.of("ADMIN"), "org-district", List.of(), null);
  }

  private static String district() {
    return TOKENS.token("u-district", List.of("DISTRICT_AGENCY"), "org-district", List.of(), null);
  }

  private static String auditor() {
    return TOKENS.token("u-auditor", List.of("AUDITOR"), "org-audit", List.of(), null);
  }

  private static String town() {
    return TOKENS.token("u-town", List.of("TOWN_AGENCY"), "org-town", List.of("town-1"), null);
  }

  private static String enterprise() {
    return TOKENS.token("u-ent", List.of("ENTERPRISE"), "org-ent", List.of(), "ent-a");
  }

  private static String superior() {
    return TOKENS.superiorCompanyToken("u-group", "org-group", List.of("ent-a"));
  }
}
