package io.shouwei.reporting;

import static io.shouwei.reporting.HazardEvents.classified;
import static io.shouwei.reporting.HazardEvents.completed;
import static io.shouwei.reporting.HazardEvents.hazardEvent;
import static io.shouwei.reporting.HazardEvents.json;
import static io.shouwei.reporting.HazardEvents.mineEvent;
import static io.shouwei.reporting.HazardEvents.mineRegistered;
import static io.shouwei.reporting.HazardEvents.mineStopped;
import static io.shouwei.reporting.HazardEvents.newHazardId;
import static io.shouwei.reporting.HazardEvents.newMineId;
import static io.shouwei.reporting.HazardEvents.planned;
import static io.shouwei.reporting.HazardEvents.progress;
import static io.shouwei.reporting.HazardEvents.rejected;
import static io.shouwei.reporting.HazardEvents.reopened;
import static io.shouwei.reporting.HazardEvents.reported;
import static io.shouwei.reporting.HazardEvents.signedOff;
import static io.shouwei.reporting.HazardEvents.started;
import static io.shouwei.reporting.SupervisionEvents.campaignConcluded;
import static io.shouwei.reporting.SupervisionEvents.campaignEvent;
import static io.shouwei.reporting.SupervisionEvents.campaignLaunched;
import static io.shouwei.reporting.SupervisionEvents.orderEvent;
import static io.shouwei.reporting.SupervisionEvents.orderIssued;
import static io.shouwei.reporting.SupervisionEvents.phaseAmended;
import static io.shouwei.reporting.SupervisionEvents.resumptionApplied;
import static io.shouwei.reporting.SupervisionEvents.resumptionReviewed;
import static io.shouwei.reporting.SupervisionEvents.stopTookEffect;
import static io.shouwei.reporting.SupervisionEvents.tipConverted;
import static io.shouwei.reporting.SupervisionEvents.tipEvent;
import static io.shouwei.reporting.SupervisionEvents.tipReceived;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.shouwei.contracts.AggregateTypes;
import io.shouwei.contracts.EventEnvelope;
import io.shouwei.contracts.Topics;
import io.shouwei.contracts.campaign.PhaseKind;
import io.shouwei.contracts.hazard.HazardLevel;
import io.shouwei.contracts.mine.MineType;
import io.shouwei.contracts.order.OrderType;
import io.shouwei.contracts.order.ReviewOutcome;
import io.shouwei.embedded.KafkaBroker;
import io.shouwei.reporting.ingest.EventRouter;
import io.shouwei.reporting.ingest.MalformedEventException;
import io.shouwei.reporting.projection.CampaignStore;
import io.shouwei.reporting.projection.HazardStore;
import io.shouwei.reporting.projection.HeldEvents;
import io.shouwei.reporting.projection.MineStore;
import io.shouwei.reporting.projection.OrderStore;
import io.shouwei.reporting.projection.TipStore;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.HealthContributor;
import org.springframework.context.ApplicationContext;

/**
 * Events go in through Kafka as hazard-service publishes them, including the faults of an
 * at-least-once delivery; results come out of the HTTP API.
 */
class ReportingServiceIT extends ServiceIT {

  private static final Duration PROJECTED = Duration.ofSeconds(30);

  private static KafkaProducer<String, byte[]> producer;

  @BeforeAll
  static void producer() {
    producer =
        new KafkaProducer<>(
            Map.of("bootstrap.servers", KafkaBroker.shared().bootstrapServers(), "acks", "all"),
            new StringSerializer(), new ByteArraySerializer());
  }

  @AfterAll
  static void close() {
    producer.close();
  }

  @Autowired MeterRegistry meters;
  @Autowired MongoDatabase database;
  @Autowired ApplicationContext context;
  @Autowired HeldEvents held;

  @Test
  void reportedHazard_isProjected_andShownToItsEnterprise() throws Exception {
    String id = newHazardId();

    send(id, json(reported(id, "ent-a", "town-1")));

    var response = awaitVisible(id, enterprise("ent-a"));
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    JsonNode hazard = HazardEvents.JSON.readTree(response.body());
    assertThat(hazard.path("id").asText()).isEqualTo(id);
    assertThat(hazard.path("number").asText()).isEqualTo("YH-town-1-2026-0007");
    assertThat(hazard.path("enterpriseId").asText()).isEqualTo("ent-a");
    assertThat(hazard.path("townCode").asText()).isEqualTo("town-1");
    assertThat(hazard.path("mineId").asText()).isEqualTo("mine-12");
    assertThat(hazard.path("campaignId").asText()).isEqualTo("camp-2026-guard");
    assertThat(hazard.path("source").asText()).isEqualTo("AGENCY_INSPECTION");
    assertThat(hazard.path("title").asText()).isEqualTo("Loose rock on bench 3");
    assertThat(hazard.path("status").asText()).isEqualTo("REPORTED");
    assertThat(hazard.path("level").asText()).isEqualTo("MAJOR");
    assertThat(hazard.path("suggestedLevel").asText()).isEqualTo("MAJOR");
    assertThat(hazard.path("overdue").asBoolean()).isFalse();
    assertThat(hazard.path("timesReopened").asInt()).isZero();
    assertThat(hazard.path("discoveredAt").asText()).isEqualTo("2026-03-02T01:20:00Z");
    assertThat(hazard.path("reportedAt").asText()).isEqualTo("2026-03-02T02:05:30.250Z");
    assertThat(hazard.path("reportedBy").path("userId").asText()).isEqualTo("u-inspector-7");
    assertThat(hazard.path("reportedBy").path("role").asText()).isEqualTo("TOWN_AGENCY");
    assertThat(hazard.path("reportedBy").path("orgId").asText()).isEqualTo("org-town-office-3");
    assertThat(hazard.path("version").asLong()).isZero();
    assertThat(hazard.has("lastSequence")).isFalse();
    assertThat(hazard.has("_id")).isFalse();
  }

  @Test
  void wholeLoop_throughKafka_endsInTheRightStatusAndFigures() throws Exception {
    String id = newHazardId();
    List<Object> later =
        List.of(classified(id, HazardLevel.MAJOR, List.of("OP-08.1")), planned(id), started(id), progress(id, 50),
            completed(id), rejected(id), completed(id), signedOff(id), reopened(id));

    send(id, json(reported(id, "ent-a", "town-1")));
    for (int i = 0; i < later.size(); i++) {
      send(id, json(hazardEvent(id, i + 1, later.get(i))));
    }

    JsonNode hazard = awaitHazard(id, auditor(), h -> h.path("version").asLong() == later.size());
    assertThat(hazard.path("status").asText()).isEqualTo("REOPENED");
    assertThat(hazard.path("criteria").get(0).asText()).isEqualTo("OP-08.1");
    assertThat(hazard.path("plan").path("fundsCny").decimalValue()).isEqualByComparingTo(HazardEvents.FUNDS);
    assertThat(hazard.path("deadline").asText()).isEqualTo("2026-04-01T09:00:00Z");
    assertThat(hazard.path("timesReopened").asInt()).isEqualTo(1);
    assertThat(hazard.path("signedOffAt").isNull()).isTrue();
    assertThat(hazard.path("progressPercent").asInt()).isZero();
  }

  @Test
  void sameRecordTwice_leavesOneDocument_andCountsTheDuplicate() throws Exception {
    String id = newHazardId();
    byte[] record = json(reported(id, "ent-a", "town-1"));
    double duplicatesBefore = skipped("HazardReported", EventRouter.ALREADY_APPLIED);

    send(id, record);
    awaitVisible(id, auditor());
    send(id, record);

    await().atMost(PROJECTED)
        .until(() -> skipped("HazardReported", EventRouter.ALREADY_APPLIED) == duplicatesBefore + 1);
    assertThat(hazards().countDocuments(Filters.eq("_id", id))).isEqualTo(1);
    assertThat(hazards().find(Filters.eq("_id", id)).first().get("lastSequence", Number.class).longValue()).isZero();
  }

  @Test
  void outOfOrderAndDuplicateRecords_throughTheBroker_endAsTheEventsInOrder() throws Exception {
    String id = newHazardId();
    EventEnvelope<?> report = reported(id, "ent-a", "town-1");
    EventEnvelope<?> plan = hazardEvent(id, 1, planned(id));
    EventEnvelope<?> start = hazardEvent(id, 2, started(id));
    EventEnvelope<?> progress = hazardEvent(id, 3, progress(id, 70));
    double heldBefore = counted(EventRouter.HELD_METRIC, "RectificationProgressRecorded");
    double duplicatesBefore = skipped("RectificationStarted", EventRouter.ALREADY_APPLIED);

    send(id, json(report));
    send(id, json(progress));
    send(id, json(start));
    send(id, json(progress));
    await().atMost(PROJECTED).until(() -> held.find(AggregateTypes.HAZARD, id, 2).isPresent());
    assertThat(meters.get(EventRouter.WAITING_METRIC).gauge().value()).isGreaterThanOrEqualTo(2);
    assertThat(get("/api/reports/hazards/" + id, auditor()).body()).contains("\"status\":\"REPORTED\"");
    send(id, json(report));
    send(id, json(plan));
    send(id, json(start));

    JsonNode hazard = awaitHazard(id, auditor(), h -> h.path("version").asLong() == 3);
    assertThat(hazard.path("status").asText()).isEqualTo("RECTIFYING");
    assertThat(hazard.path("progressPercent").asInt()).isEqualTo(70);
    await().atMost(PROJECTED).until(() -> skipped("RectificationStarted", EventRouter.ALREADY_APPLIED) == duplicatesBefore + 1);
    assertThat(counted(EventRouter.HELD_METRIC, "RectificationProgressRecorded")).isEqualTo(heldBefore + 2);
    for (long sequence = 0; sequence <= 3; sequence++) {
      assertThat(held.find(AggregateTypes.HAZARD, id, sequence)).isEmpty();
    }
  }

  @Test
  void hazardReportedBeforeItsMine_showsTheMineTypeOnceTheMineIsRegistered() throws Exception {
    String mine = newMineId();
    String id = newHazardId();
    send(id, json(hazardEvent(id, 0, HazardEvents.payload(id, mine, "ent-a", "town-1"))));
    JsonNode untyped = awaitHazard(id, auditor(), h -> true);
    assertThat(untyped.path("mineType").isNull()).isTrue();

    send(mine, json(mineEvent(mine, 0, mineRegistered(mine, "ent-a", "town-1", MineType.TAILINGS_POND))));
    send(mine, json(mineEvent(mine, 1, mineStopped(mine, "ord-9"))));

    awaitHazard(id, auditor(), h -> h.path("mineType").asText().equals("TAILINGS_POND"));
    JsonNode m =
        HazardEvents.JSON.readTree(
            await().atMost(PROJECTED).until(() -> get("/api/reports/mines/" + mine, enterprise("ent-a")),
                r -> r.statusCode() == 200 && r.body().contains("STOPPED_BY_ORDER")).body());
    assertThat(m.path("type").asText()).isEqualTo("TAILINGS_POND");
    assertThat(m.path("stoppingOrders").get(0).asText()).isEqualTo("ord-9");
    assertThat(m.path("version").asLong()).isEqualTo(1);
  }

  @Test
  void orderCampaignAndTipEvents_throughKafka_outOfOrderAndTwice_endAsTheEventsInOrder() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String order = "ord-" + run;
    String campaign = "camp-" + run;
    String tip = "tip-" + run;
    String townCode = "town-" + run;
    byte[] issued = json(orderEvent(order, 0,
        orderIssued(order, "mine-" + run, "ent-" + run, townCode, OrderType.STOP_PRODUCTION, campaign)));
    byte[] launched = json(campaignEvent(campaign, 0, campaignLaunched(campaign, List.of(townCode))));
    byte[] received = json(tipEvent(tip, 0, tipReceived(tip, townCode, Instant.parse("2026-03-04T00:00:00Z"))));

    send(order, json(orderEvent(order, 2, resumptionApplied(order, 1))));
    send(order, issued);
    send(order, json(orderEvent(order, 3, resumptionReviewed(order, ReviewOutcome.FAIL))));
    send(order, json(orderEvent(order, 1, stopTookEffect(order, "mine-" + run))));
    send(order, issued);
    send(campaign, json(campaignEvent(campaign, 2, campaignConcluded(campaign))));
    send(campaign, launched);
    send(campaign, json(campaignEvent(campaign, 1,
        phaseAmended(campaign, PhaseKind.SUMMARY, LocalDate.parse("2026-06-05"), LocalDate.parse("2026-06-30")))));
    send(campaign, launched);
    send(tip, json(tipEvent(tip, 1, tipConverted(tip, "hz-" + run))));
    send(tip, received);
    send(tip, received);

    JsonNode o = awaitJson("/api/reports/orders/" + order, enterprise("ent-" + run), n -> n.path("version").asLong() == 3);
    assertThat(o.path("status").asText()).isEqualTo("IN_FORCE");
    assertThat(o.path("stopsMine").asBoolean()).isTrue();
    assertThat(o.path("resumption").path("reviewOutcome").asText()).isEqualTo("FAIL");
    JsonNode summary = awaitJson("/api/reports/campaigns/" + campaign + "/summary", district(),
        n -> n.path("campaign").path("version").asLong() == 2);
    assertThat(summary.path("campaign").path("status").asText()).isEqualTo("CONCLUDED");
    assertThat(summary.path("campaign").path("phases").get(2).path("startDate").asText()).isEqualTo("2026-06-05");
    assertThat(summary.path("orders").path("stoppingNow").asLong()).isEqualTo(1);
    JsonNode tips = awaitJson("/api/reports/tips?town=" + townCode, town(townCode),
        n -> n.path("items").size() == 1 && n.path("items").get(0).path("version").asLong() == 1);
    assertThat(tips.path("items").get(0).path("status").asText()).isEqualTo("CONVERTED");
    assertThat(tips.path("items").get(0).path("hazardId").asText()).isEqualTo("hz-" + run);
    assertThat(database.getCollection(OrderStore.COLLECTION).countDocuments(Filters.eq("_id", order))).isEqualTo(1);
    await().atMost(PROJECTED).until(() -> held.find(AggregateTypes.TIP, tip, 1).isEmpty());
  }

  @Test
  void garbage_goesToTheDeadLetterTopicWithTheReason_andTheNextEventIsStillProjected() throws Exception {
    String id = newHazardId();
    String garbage = "{\"not an envelope\": " + UUID.randomUUID();

    send(id, garbage.getBytes(UTF_8));
    send(id, json(reported(id, "ent-a", "town-1")));

    awaitVisible(id, auditor());
    ConsumerRecord<String, byte[]> dead = awaitDeadLetter(garbage);
    assertThat(dead.key()).isEqualTo(id);
    assertThat(header(dead, "kafka_dlt-original-topic")).isEqualTo(Topics.EVENTS);
    assertThat(header(dead, "kafka_dlt-exception-cause-fqcn")).isEqualTo(MalformedEventException.class.getName());
    assertThat(header(dead, "kafka_dlt-exception-message")).contains("the value is not JSON");
  }

  @Test
  void recordThatFailsInTheMiddleOfAPoll_isDeadLetteredAfterItsRetries_andTheRecordsAroundItAreApplied() throws Exception {
    String id = newHazardId();
    String other = newHazardId();
    byte[] wrongHazard = json(hazardEvent(other, 0, HazardEvents.payload(newHazardId(), "ent-a", "town-1")));
    List<byte[]> records = List.of(json(reported(id, "ent-a", "town-1")), json(hazardEvent(id, 1, planned(id))),
        wrongHazard, json(hazardEvent(id, 2, started(id))), json(reported(other, "ent-a", "town-1")));

    records.forEach(record -> producer.send(new ProducerRecord<>(Topics.EVENTS, id, record)));
    producer.flush();

    ConsumerRecord<String, byte[]> dead = awaitDeadLetter(new String(wrongHazard, UTF_8));
    assertThat(header(dead, "kafka_dlt-exception-cause-fqcn")).isEqualTo(IllegalArgumentException.class.getName());
    assertThat(header(dead, "kafka_dlt-exception-message")).contains("carries hazard");
    JsonNode hazard = awaitHazard(id, auditor(), h -> h.path("version").asLong() == 2);
    assertThat(hazard.path("status").asText()).isEqualTo("RECTIFYING");
    assertThat(awaitHazard(other, auditor(), h -> true).path("version").asLong()).isZero();
  }

  @Test
  void eventUnderAnotherAggregateType_goesToTheDeadLetterTopic() throws Exception {
    String id = newHazardId();
    byte[] misfiled = json(HazardEvents.envelope(AggregateTypes.MINE, id, 0, "HazardReported", HazardEvents.payload(id, "e", "t")));

    send(id, misfiled);

    ConsumerRecord<String, byte[]> dead = awaitDeadLetter(new String(misfiled, UTF_8));
    assertThat(header(dead, "kafka_dlt-exception-message")).contains("HazardReported is an event of Hazard, not of Mine");
    assertThat(hazards().countDocuments(Filters.eq("_id", id))).isZero();
  }

  @Test
  void unknownType_isSkippedAndCounted_andStoresNothing() throws Exception {
    String id = newHazardId();
    String type = "HazardTeleported";
    double before = skipped(type, EventRouter.UNKNOWN_TYPE);

    send(id, json(HazardEvents.envelope(id, 0, type, Map.of("to", "the moon"))));

    await().atMost(PROJECTED).until(() -> skipped(type, EventRouter.UNKNOWN_TYPE) == before + 1);
    assertThat(hazards().countDocuments(Filters.eq("_id", id))).isZero();
  }

  @Test
  void unknownTypeInTheMiddle_doesNotHoldBackTheLaterEvents() throws Exception {
    String id = newHazardId();

    send(id, json(reported(id, "ent-a", "town-1")));
    send(id, json(HazardEvents.envelope(id, 1, "HazardPhotographed", Map.of("photo", "p-1"))));
    send(id, json(hazardEvent(id, 2, planned(id))));

    JsonNode hazard = awaitHazard(id, auditor(), h -> h.path("version").asLong() == 2);
    assertThat(hazard.path("status").asText()).isEqualTo("PLANNED");
  }

  @Test
  void foreignHazard_is404_exactlyLikeAMissingOne() throws Exception {
    String id = newHazardId();
    send(id, json(reported(id, "ent-a", "town-1")));
    awaitVisible(id, enterprise("ent-a"));

    var foreign = get("/api/reports/hazards/" + id, enterprise("ent-b"));
    String missingId = newHazardId();
    var missing = get("/api/reports/hazards/" + missingId, enterprise("ent-b"));

    assertThat(foreign.statusCode()).isEqualTo(404);
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(foreign.headers().firstValue("Content-Type")).contains("application/problem+json");
    assertThat(missing.headers().firstValue("Content-Type")).contains("application/problem+json");
    assertThat(foreign.body().replace(id, "{id}")).isEqualTo(missing.body().replace(missingId, "{id}"));
    assertThat(HazardEvents.JSON.readTree(foreign.body()).path("type").asText())
        .isEqualTo("https://shouwei.io/problems/not-found");
  }

  @Test
  void noToken_is401ProblemJson() throws Exception {
    var response = get("/api/reports/hazards/" + newHazardId(), null);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
    assertThat(HazardEvents.JSON.readTree(response.body()).path("type").asText())
        .isEqualTo("https://shouwei.io/problems/unauthenticated");
  }

  @Test
  void readiness_isUp_withTheMongoPing() throws Exception {
    var response = get("/actuator/health/readiness", null);

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode health = HazardEvents.JSON.readTree(response.body());
    assertThat(health.path("status").asText()).isEqualTo("UP");
    assertThat(health.path("components").path("mongo").path("status").asText()).isEqualTo("UP");
    assertThat(context.getBean("mongoHealthIndicator").getClass().getSimpleName())
        .isEqualTo("MongoPingHealthIndicator");
    assertThat(context.getBeansOfType(HealthContributor.class).keySet())
        .filteredOn(name -> name.toLowerCase().contains("mongo"))
        .containsExactly("mongoHealthIndicator");
  }

  @Test
  void searchIndexes_areCreatedAtStartup() {
    assertThat(indexes(HazardStore.COLLECTION))
        .contains(List.of("townCode", "reportedAt"), List.of("enterpriseId", "reportedAt"), List.of("mineId"),
            List.of("status", "deadline"), List.of("campaignId", "townCode"), List.of("level", "status"));
    assertThat(indexes(MineStore.COLLECTION))
        .contains(List.of("townCode", "name"), List.of("enterpriseId", "name"), List.of("type", "productionStatus"));
    assertThat(indexes(OrderStore.COLLECTION))
        .contains(List.of("townCode", "issuedAt"), List.of("enterpriseId", "issuedAt"), List.of("mineId", "status"),
            List.of("campaignId", "townCode"));
    assertThat(indexes(TipStore.COLLECTION)).contains(List.of("townCode", "receivedAt"), List.of("status", "receivedAt"));
    assertThat(indexes(CampaignStore.COLLECTION)).contains(List.of("townCodes"));
  }

  @Test
  void dashboard_isPublic() throws Exception {
    var page = get("/dashboard/", null);
    var bare = get("/dashboard", null);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(page.body()).contains("arrives in a later issue").contains("swagger-ui");
    assertThat(bare.statusCode()).isEqualTo(302);
    assertThat(bare.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/dashboard/"));
  }

  private void send(String key, byte[] value) throws Exception {
    producer.send(new ProducerRecord<>(Topics.EVENTS, key, value)).get();
  }

  private java.net.http.HttpResponse<String> awaitVisible(String id, String token) {
    return await()
        .atMost(PROJECTED)
        .pollInterval(Duration.ofMillis(200))
        .until(() -> get("/api/reports/hazards/" + id, token), r -> r.statusCode() == 200);
  }

  private JsonNode awaitJson(String path, String token, Predicate<JsonNode> until) {
    return await()
        .atMost(PROJECTED)
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> {
              var response = get(path, token);
              return response.statusCode() == 200 ? HazardEvents.JSON.readTree(response.body()) : null;
            },
            n -> n != null && until.test(n));
  }

  private JsonNode awaitHazard(String id, String token, Predicate<JsonNode> until) {
    return await()
        .atMost(PROJECTED)
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> {
              var response = get("/api/reports/hazards/" + id, token);
              return response.statusCode() == 200 ? HazardEvents.JSON.readTree(response.body()) : null;
            },
            h -> h != null && until.test(h));
  }

  private ConsumerRecord<String, byte[]> awaitDeadLetter(String value) {
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(
            Map.of("bootstrap.servers", KafkaBroker.shared().bootstrapServers(),
                "group.id", "reporting-it-" + UUID.randomUUID(), "auto.offset.reset", "earliest"),
            new StringDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(Topics.EVENTS_DEAD_LETTER));
      return await()
          .atMost(PROJECTED)
          .until(
              () -> {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                  if (new String(r.value(), UTF_8).equals(value)) {
                    return Optional.of(r);
                  }
                }
                return Optional.<ConsumerRecord<String, byte[]>>empty();
              },
              Optional::isPresent)
          .orElseThrow();
    }
  }

  private List<List<String>> indexes(String collection) {
    List<List<String>> keys = new ArrayList<>();
    database.getCollection(collection).listIndexes()
        .forEach(index -> keys.add(List.copyOf(index.get("key", Document.class).keySet())));
    return keys;
  }

  private MongoCollection<Document> hazards() {
    return database.getCollection(HazardStore.COLLECTION);
  }

  private double skipped(String type, String reason) {
    Counter counter = meters.find(EventRouter.SKIPPED_METRIC).tag("type", type).tag("reason", reason).counter();
    return counter == null ? 0 : counter.count();
  }

  private double counted(String metric, String type) {
    Counter counter = meters.find(metric).tag("type", type).counter();
    return counter == null ? 0 : counter.count();
  }

  private static String header(ConsumerRecord<?, ?> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), UTF_8);
  }
}
