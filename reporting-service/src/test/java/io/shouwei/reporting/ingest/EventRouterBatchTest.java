package io.shouwei.reporting.ingest;

import static io.shouwei.reporting.HazardEvents.classified;
import static io.shouwei.reporting.HazardEvents.completed;
import static io.shouwei.reporting.HazardEvents.extensionApproved;
import static io.shouwei.reporting.HazardEvents.extensionRefused;
import static io.shouwei.reporting.HazardEvents.extensionRequested;
import static io.shouwei.reporting.HazardEvents.hazardEvent;
import static io.shouwei.reporting.HazardEvents.json;
import static io.shouwei.reporting.HazardEvents.mineClosed;
import static io.shouwei.reporting.HazardEvents.mineEvent;
import static io.shouwei.reporting.HazardEvents.mineFactsUpdated;
import static io.shouwei.reporting.HazardEvents.mineRegistered;
import static io.shouwei.reporting.HazardEvents.mineResumed;
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
import static io.shouwei.reporting.SupervisionEvents.orderAcknowledged;
import static io.shouwei.reporting.SupervisionEvents.orderEvent;
import static io.shouwei.reporting.SupervisionEvents.orderIssued;
import static io.shouwei.reporting.SupervisionEvents.orderLifted;
import static io.shouwei.reporting.SupervisionEvents.phaseAmended;
import static io.shouwei.reporting.SupervisionEvents.resumptionApplied;
import static io.shouwei.reporting.SupervisionEvents.resumptionReviewed;
import static io.shouwei.reporting.SupervisionEvents.stopTookEffect;
import static io.shouwei.reporting.SupervisionEvents.tipConverted;
import static io.shouwei.reporting.SupervisionEvents.tipDismissed;
import static io.shouwei.reporting.SupervisionEvents.tipEvent;
import static io.shouwei.reporting.SupervisionEvents.tipReceived;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.mongodb.MongoSocketException;
import com.mongodb.ServerAddress;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.shouwei.contracts.AggregateTypes;
import io.shouwei.contracts.EventEnvelope;
import io.shouwei.contracts.campaign.PhaseKind;
import io.shouwei.contracts.hazard.HazardLevel;
import io.shouwei.contracts.mine.MineType;
import io.shouwei.contracts.mine.ProductionStatus;
import io.shouwei.contracts.order.OrderType;
import io.shouwei.contracts.order.ReviewOutcome;
import io.shouwei.embedded.MongoWireServer;
import io.shouwei.reporting.HazardEvents;
import io.shouwei.reporting.projection.HazardDocument;
import io.shouwei.reporting.projection.HazardProjection;
import io.shouwei.reporting.projection.HazardStatus;
import io.shouwei.reporting.projection.HeldEvents;
import io.shouwei.reporting.projection.ReadModelCollections;
import io.shouwei.reporting.projection.ReadModels;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * The router's batches ({@link EventRouter#route(List)}) over the real stores, on an in-memory
 * server of the MongoDB wire protocol in this JVM: the documents, held events and counts of a batch
 * are those of its records routed one by one, whatever the batch holds (duplicates, records out of
 * order, several events of a document, malformed records) and wherever it fails.
 */
class EventRouterBatchTest {

  private static final JsonWriterSettings EXACT = JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED).build();

  private static MongoWireServer server;
  private static MongoClient client;

  private final MongoDatabase database = client.getDatabase("batch_" + UUID.randomUUID().toString().substring(0, 8));
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final ReadModels models = ReadModels.over(ReadModelCollections.first(database));
  private final EventRouter router = router(database, meters);

  @BeforeAll
  static void start() {
    server = MongoWireServer.inMemory();
    client = MongoClients.create(server.connectionString("batch"));
  }

  @AfterAll
  static void stop() {
    client.close();
    server.close();
  }

  @Test
  void batchWithDuplicates_appliesEachEventOnce_andCountsTheDuplicates() {
    String id = newHazardId();
    byte[] report = json(reported(id, "ent-1", "town-1"));
    byte[] plan = json(hazardEvent(id, 1, planned(id)));
    byte[] start = json(hazardEvent(id, 2, started(id)));

    router.route(List.of(report, plan, report, start, plan, start));

    assertThat(models.hazards().find(id)).contains(fold(reported(id, "ent-1", "town-1"), hazardEvent(id, 1, planned(id)),
        hazardEvent(id, 2, started(id))));
    assertThat(skipped("HazardReported", EventRouter.ALREADY_APPLIED)).isEqualTo(1);
    assertThat(skipped("RectificationPlanned", EventRouter.ALREADY_APPLIED)).isEqualTo(1);
    assertThat(skipped("RectificationStarted", EventRouter.ALREADY_APPLIED)).isEqualTo(1);
    assertThat(database.getCollection(HeldEvents.COLLECTION).countDocuments()).isZero();
  }

  @Test
  void eventsOutOfOrderInOneBatch_areHeldAndReleasedInIt_andNothingStaysHeld() {
    String id = newHazardId();

    router.route(List.of(json(reported(id, "ent-1", "town-1")), json(hazardEvent(id, 3, progress(id, 40))),
        json(hazardEvent(id, 2, started(id))), json(hazardEvent(id, 1, planned(id)))));

    HazardDocument h = models.hazards().find(id).orElseThrow();
    assertThat(h.lastSequence()).isEqualTo(3);
    assertThat(h.status()).isEqualTo(HazardStatus.RECTIFYING);
    assertThat(h.progressPercent()).isEqualTo(40);
    assertThat(counted(EventRouter.HELD_METRIC, "RectificationProgressRecorded")).isEqualTo(1);
    assertThat(counted(EventRouter.HELD_METRIC, "RectificationStarted")).isEqualTo(1);
    assertThat(database.getCollection(HeldEvents.COLLECTION).countDocuments()).isZero();
  }

  @Test
  void eventsHeldInOneBatch_areKeptOnce_andReleasedByALaterBatch() {
    String id = newHazardId();
    byte[] progress = json(hazardEvent(id, 3, progress(id, 40)));

    router.route(List.of(json(reported(id, "ent-1", "town-1")), progress, json(hazardEvent(id, 2, started(id)))));
    router.route(List.of(progress));

    assertThat(models.hazards().find(id).orElseThrow().lastSequence()).isZero();
    assertThat(models.held().find(AggregateTypes.HAZARD, id, 2)).isPresent();
    assertThat(models.held().find(AggregateTypes.HAZARD, id, 3)).isPresent();
    assertThat(models.held().count()).isEqualTo(2);

    router.route(List.of(json(hazardEvent(id, 1, planned(id)))));

    HazardDocument h = models.hazards().find(id).orElseThrow();
    assertThat(h.lastSequence()).isEqualTo(3);
    assertThat(h.progressPercent()).isEqualTo(40);
    assertThat(models.held().count()).isZero();
    assertThat(counted(EventRouter.HELD_METRIC, "RectificationProgressRecorded")).isEqualTo(2);
  }

  @Test
  void severalEventsOfOneDocument_inOneBatch_endInTheDocumentOfTheEventsInOrder() {
    String id = newHazardId();
    List<EventEnvelope<?>> history =
        List.of(reported(id, "ent-1", "town-1"), hazardEvent(id, 1, classified(id, HazardLevel.MAJOR, List.of("OP-08.1"))),
            hazardEvent(id, 2, planned(id)), hazardEvent(id, 3, extensionRequested(id)),
            hazardEvent(id, 4, extensionApproved(id)), hazardEvent(id, 5, started(id)), hazardEvent(id, 6, progress(id, 60)),
            hazardEvent(id, 7, completed(id)), hazardEvent(id, 8, signedOff(id)), hazardEvent(id, 9, reopened(id)));

    router.route(history.stream().map(HazardEvents::json).toList());

    assertThat(models.hazards().find(id)).contains(fold(history.toArray(EventEnvelope[]::new)));
  }

  @Test
  void hazardsAndTheirMine_inAnyOrder_withinAndAcrossBatches_getTheMineType() {
    String mine = newMineId();
    String before = newHazardId();
    String inBatch = newHazardId();
    String after = newHazardId();
    byte[] registered = json(mineEvent(mine, 0, mineRegistered(mine, "ent-1", "town-1", MineType.TAILINGS_POND)));

    router.route(List.of(json(hazardEvent(before, 0, HazardEvents.payload(before, mine, "ent-1", "town-1")))));
    router.route(List.of(json(hazardEvent(inBatch, 0, HazardEvents.payload(inBatch, mine, "ent-1", "town-1"))),
        registered, json(hazardEvent(inBatch, 1, planned(inBatch)))));
    router.route(List.of(json(hazardEvent(after, 0, HazardEvents.payload(after, mine, "ent-1", "town-1"))),
        json(hazardEvent(after, 1, planned(after)))));

    for (String hazard : List.of(before, inBatch, after)) {
      assertThat(models.hazards().find(hazard).orElseThrow().mineType()).as(hazard).isEqualTo(MineType.TAILINGS_POND);
    }
  }

  @Test
  void malformedRecord_endsTheBatchThere_withTheRecordsBeforeItWritten_andNothingAfterIt() {
    String id = newHazardId();
    byte[] misfiled = json(HazardEvents.envelope(AggregateTypes.MINE, id, 0, "HazardReported", HazardEvents.payload(id, "e", "t")));
    byte[] plan = json(hazardEvent(id, 1, planned(id)));
    List<byte[]> batch = List.of(json(reported(id, "ent-1", "town-1")),
        json(HazardEvents.envelope(id, 1, "HazardPhotographed", Map.of())), "{\"oops".getBytes(UTF_8), plan, misfiled,
        json(hazardEvent(id, 3, started(id))));

    RecordFailedException garbage = catchThrowableOfType(RecordFailedException.class, () -> router.route(batch));

    assertThat(garbage.index()).isEqualTo(2);
    assertThat(garbage.getCause()).isInstanceOf(MalformedEventException.class).hasMessageStartingWith("the value is not JSON");
    assertThat(models.hazards().find(id).orElseThrow().lastSequence()).isEqualTo(1);
    assertThat(skipped("HazardPhotographed", EventRouter.UNKNOWN_TYPE)).isEqualTo(1);

    RecordFailedException misfiledType =
        catchThrowableOfType(RecordFailedException.class, () -> router.route(batch.subList(3, batch.size())));

    assertThat(misfiledType.index()).isEqualTo(1);
    assertThat(misfiledType.getCause()).hasMessage("HazardReported is an event of Hazard, not of Mine");
    assertThat(models.hazards().find(id).orElseThrow().lastSequence()).isEqualTo(1);
    assertThat(skipped("RectificationPlanned", EventRouter.ALREADY_APPLIED)).isEqualTo(1);
    assertThat(models.held().count()).isZero();

    router.route(batch.subList(5, batch.size()));

    assertThat(models.held().find(AggregateTypes.HAZARD, id, 3)).isPresent();
  }

  @Test
  void recordThatFailsToApply_isNamed_withTheRecordsBeforeItWritten_andRedeliveryEndsInTheSameDocuments() {
    String id = newHazardId();
    String other = newHazardId();
    byte[] wrongHazard = json(hazardEvent(other, 0, HazardEvents.payload(newHazardId(), "ent-1", "town-1")));
    List<byte[]> batch = List.of(json(reported(id, "ent-1", "town-1")), json(hazardEvent(id, 1, planned(id))), wrongHazard,
        json(hazardEvent(id, 2, started(id))), json(reported(other, "ent-1", "town-1")));

    RecordFailedException failure = catchThrowableOfType(RecordFailedException.class, () -> router.route(batch));

    assertThat(failure.index()).isEqualTo(2);
    assertThat(failure.getCause()).isInstanceOf(IllegalArgumentException.class);
    assertThat(models.hazards().find(id).orElseThrow().lastSequence()).isEqualTo(1);
    assertThat(models.hazards().find(other)).isEmpty();

    assertThat(catchThrowableOfType(RecordFailedException.class, () -> router.route(batch.subList(2, batch.size()))).index())
        .isZero();
    router.route(batch.subList(3, batch.size()));

    assertThat(models.hazards().find(id))
        .contains(fold(reported(id, "ent-1", "town-1"), hazardEvent(id, 1, planned(id)), hazardEvent(id, 2, started(id))));
    assertThat(models.hazards().find(other)).contains(fold(reported(other, "ent-1", "town-1")));
    assertThat(skipped("HazardReported", EventRouter.ALREADY_APPLIED)).isZero();
  }

  @Test
  void writeFailingInTheMiddleOfABatch_namesTheFirstRecordNotWritten_andRedeliveryEndsInTheSameDocuments() {
    AtomicBoolean tipsDown = new AtomicBoolean(true);
    MongoDatabase failing = intercepting(database, "tips", write -> {
      if (tipsDown.get()) {
        throw new MongoSocketException("tips are down", new ServerAddress());
      }
    });
    EventRouter router = router(failing, meters);
    List<byte[]> records = new Workload(new Random(20261130), 12, false).records;

    RecordFailedException failure = catchThrowableOfType(RecordFailedException.class, () -> router.route(records));

    int failed = failure.index();
    assertThat(failure.getCause()).isInstanceOf(MongoSocketException.class);
    assertThat(new String(records.get(failed), UTF_8)).contains("\"aggregateType\":\"Tip\"");
    MongoDatabase oneByOne = client.getDatabase(database.getName() + "_one");
    EventRouter reference = router(oneByOne, new SimpleMeterRegistry());
    routeOneByOne(reference, records.subList(0, failed));
    for (String collection : List.of("hazards", "mines", "orders", "campaigns", "tips")) {
      oneByOne.getCollection(collection).find().forEach(written -> {
        Document stored = database.getCollection(collection).find(Filters.eq("_id", written.get("_id"))).first();
        assertThat(stored).as("%s %s", collection, written.get("_id")).isNotNull();
        assertThat(stored.get("lastSequence", Number.class).longValue()).as("%s %s", collection, written.get("_id"))
            .isGreaterThanOrEqualTo(written.get("lastSequence", Number.class).longValue());
      });
    }

    tipsDown.set(false);
    routeAsTheConsumerDoes(router, records.subList(failed, records.size()));
    routeOneByOne(reference, records.subList(failed, records.size()));

    assertThat(dump(database)).isEqualTo(dump(oneByOne));
  }

  @Test
  void documentChangedByAnotherWriterDuringTheBatch_isAppliedAgain_andEndsInTheDocumentOfTheEventsInOrder() {
    String id = newHazardId();
    EventEnvelope<?> report = reported(id, "ent-1", "town-1");
    EventEnvelope<?> plan = hazardEvent(id, 1, planned(id));
    EventEnvelope<?> start = hazardEvent(id, 2, started(id));
    router.route(json(report));
    EventRouter otherWriter = router(database, new SimpleMeterRegistry());
    AtomicBoolean raced = new AtomicBoolean();
    EventRouter racing = router(intercepting(database, "hazards", write -> {
      if (raced.compareAndSet(false, true)) {
        otherWriter.route(json(plan));
      }
    }), meters);

    racing.route(List.of(json(plan), json(start)));

    assertThat(raced).isTrue();
    assertThat(models.hazards().find(id)).contains(fold(report, plan, start));
    assertThat(skipped("RectificationPlanned", EventRouter.ALREADY_APPLIED)).isEqualTo(1);
    assertThat(skipped("RectificationStarted", EventRouter.ALREADY_APPLIED)).isZero();
  }

  /**
   * Hazards through their whole loop, their mines (registered before and after them, stopped and
   * resumed), orders, a campaign and tips, with duplicates, records out of order and far out of
   * order, unknown types, unknown aggregates and malformed records, instants finer than the stored
   * millisecond: routed in batches of random sizes as the consumer does, and one by one as the
   * single-record path does, they end in the same documents, field for field and in the same
   * order, the same held events, and the same counts.
   */
  @Test
  void mixedWorkload_inBatchesOfAnySize_endsInTheDocumentsAndCountsOfTheRecordsOneByOne() {
    Random random = new Random(20261129);
    List<byte[]> records = new Workload(random, 40, true).records;
    MongoDatabase oneByOneDatabase = client.getDatabase(database.getName() + "_one");
    SimpleMeterRegistry oneByOneMeters = new SimpleMeterRegistry();

    routeOneByOne(router(oneByOneDatabase, oneByOneMeters), records);
    for (int from = 0; from < records.size(); ) {
      int to = Math.min(records.size(), from + 1 + random.nextInt(random.nextBoolean() ? 8 : 300));
      routeAsTheConsumerDoes(router, records.subList(from, to));
      from = to;
    }

    Map<String, List<String>> oneByOne = dump(oneByOneDatabase);
    assertThat(oneByOne.get("hazards")).hasSizeGreaterThan(30);
    assertThat(oneByOne.get(HeldEvents.COLLECTION)).isNotEmpty();
    assertThat(oneByOne.get("hazards")).anySatisfy(h -> assertThat(h).contains("\"mineType\": \"OPEN_PIT\""));
    assertThat(dump(database)).isEqualTo(oneByOne);
    assertThat(counts(meters)).isEqualTo(counts(oneByOneMeters)).containsKey(EventRouter.HELD_METRIC + " RectificationStarted");
  }

  /**
   * A stream of records as the topic may hold it: each aggregate's events in order, the aggregates
   * interleaved, then some records delivered twice, some swapped with the next one, some held back
   * until much later, some whose predecessor never comes, and (when {@code malformed}) some that are
   * not events at all.
   */
  private static final class Workload {

    final List<byte[]> records = new ArrayList<>();

    Workload(Random random, int hazards, boolean malformed) {
      String run = UUID.randomUUID().toString().substring(0, 8);
      String town = "town-" + run;
      String campaign = "camp-" + run;
      List<List<EventEnvelope<?>>> aggregates = new ArrayList<>();
      aggregates.add(List.of(campaignEvent(campaign, 0, campaignLaunched(campaign, List.of(town))),
          campaignEvent(campaign, 1, phaseAmended(campaign, PhaseKind.SUMMARY, LocalDate.parse("2026-06-05"),
              LocalDate.parse("2026-06-30"))),
          campaignEvent(campaign, 2, campaignConcluded(campaign))));
      for (int i = 0; i < hazards; i++) {
        String mine = "mine-" + run + "-" + i / 2;
        String hazard = "hz-" + run + "-" + i;
        if (i % 2 == 0) {
          List<EventEnvelope<?>> mineEvents = new ArrayList<>(List.of(
              mineEvent(mine, 0, mineRegistered(mine, "ent-" + run, town, MineType.values()[i / 2 % MineType.values().length]))));
          if (i % 6 == 0) {
            mineEvents.addAll(List.of(mineEvent(mine, 1, mineStopped(mine, "ord-" + run + "-" + i)),
                mineEvent(mine, 2, mineFactsUpdated(mine)),
                mineEvent(mine, 3, mineResumed(mine, "ord-" + run + "-" + i, ProductionStatus.OPERATING)),
                mineEvent(mine, 4, mineClosed(mine))));
          }
          aggregates.add(mineEvents);
        }
        aggregates.add(hazard(hazard, mine, town, i));
        if (i % 4 == 0) {
          String order = "ord-" + run + "-" + i;
          aggregates.add(List.of(
              orderEvent(order, 0, orderIssued(order, mine, "ent-" + run, town, OrderType.STOP_PRODUCTION, campaign)),
              orderEvent(order, 1, orderAcknowledged(order)), orderEvent(order, 2, stopTookEffect(order, mine)),
              orderEvent(order, 3, resumptionApplied(order, 1)),
              orderEvent(order, 4, resumptionReviewed(order, ReviewOutcome.PASS)),
              orderEvent(order, 5, orderLifted(order, mine))));
        }
        if (i % 3 == 0) {
          String tip = "tip-" + run + "-" + i;
          aggregates.add(List.of(tipEvent(tip, 0, tipReceived(tip, town, Instant.parse("2026-03-04T00:00:00Z"))),
              tipEvent(tip, 1, i % 2 == 0 ? tipConverted(tip, hazard) : tipDismissed(tip))));
        }
        if (i % 10 == 0) {
          aggregates.add(List.of(HazardEvents.envelope("Inspection", "insp-" + run + "-" + i, 0, "InspectionPlanned", Map.of())));
          aggregates.add(List.of(HazardEvents.envelope("hz-dreamt-" + run + "-" + i, 0, "HazardDreamt", Map.of())));
        }
      }
      List<byte[]> inOrder = interleave(aggregates, random);
      List<byte[]> late = new ArrayList<>();
      for (byte[] record : inOrder) {
        int dice = random.nextInt(100);
        if (dice < 4) {
          late.add(record);
        } else if (dice < 12 && !records.isEmpty()) {
          records.add(records.size() - 1, record);
        } else {
          records.add(record);
        }
        if (dice >= 90) {
          records.add(records.get(random.nextInt(records.size())));
        }
      }
      records.addAll(late);
      if (malformed) {
        records.add(records.size() / 3, "{\"garbage\": true".getBytes(UTF_8));
        records.add(records.size() / 2, json(HazardEvents.envelope(AggregateTypes.TIP, "tip-" + run, 0, "MineClosed",
            mineClosed("mine-" + run))));
        records.add(2 * records.size() / 3, new byte[0]);
      }
    }

    /** A hazard's events, longer or shorter, some with an event of a type no read model knows, some timed to the nanosecond. */
    private static List<EventEnvelope<?>> hazard(String id, String mine, String town, int i) {
      List<Object> payloads = new ArrayList<>(List.of(HazardEvents.payload(id, mine, "ent-" + town, town),
          classified(id, i % 2 == 0 ? HazardLevel.MAJOR : HazardLevel.GENERAL, List.of("OP-08.1")), planned(id),
          extensionRequested(id), i % 3 == 0 ? extensionApproved(id) : extensionRefused(id), started(id),
          progress(id, 10 + i), completed(id), rejected(id), completed(id), signedOff(id), reopened(id)));
      List<EventEnvelope<?>> events = new ArrayList<>();
      int length = 1 + i % payloads.size();
      for (int sequence = 0; sequence < length; sequence++) {
        EventEnvelope<?> event = i % 5 == 1 && sequence == 2
            ? HazardEvents.envelope(id, sequence, "HazardPhotographed", Map.of("photo", "p-" + i))
            : hazardEvent(id, sequence, payloads.get(sequence));
        if (i % 4 == 1) {
          event = new EventEnvelope<>(event.eventId(), event.aggregateType(), event.aggregateId(), event.sequence(),
              event.type(), event.schemaVersion(), event.occurredAt().plusNanos(123_456_789), event.actor(),
              event.correlationId(), event.causationId(), event.prevHash(), event.hash(), event.payload());
        }
        events.add(event);
      }
      if (i % 7 == 3 && events.size() > 2) {
        events.remove(1);
      }
      return events;
    }

    private static List<byte[]> interleave(List<List<EventEnvelope<?>>> aggregates, Random random) {
      List<List<EventEnvelope<?>>> queues = new ArrayList<>();
      aggregates.forEach(a -> queues.add(new ArrayList<>(a)));
      List<byte[]> records = new ArrayList<>();
      while (!queues.isEmpty()) {
        int pick = random.nextInt(Math.min(queues.size(), 6));
        records.add(json(queues.get(pick).remove(0)));
        if (queues.get(pick).isEmpty()) {
          queues.remove(pick);
        }
      }
      return records;
    }
  }

  /** As {@link EventsListener} and its error handler do: a malformed record is set aside, the rest goes on. */
  private static void routeAsTheConsumerDoes(EventRouter router, List<byte[]> records) {
    List<byte[]> rest = records;
    while (!rest.isEmpty()) {
      try {
        router.route(rest);
        return;
      } catch (RecordFailedException e) {
        assertThat(e.getCause()).isInstanceOf(MalformedEventException.class);
        rest = rest.subList(e.index() + 1, rest.size());
      }
    }
  }

  private static void routeOneByOne(EventRouter router, List<byte[]> records) {
    for (byte[] record : records) {
      try {
        router.route(record);
      } catch (MalformedEventException e) {
        // dead-lettered by the consumer's error handler
      }
    }
  }

  private static EventRouter router(MongoDatabase database, SimpleMeterRegistry meters) {
    ReadModels models = ReadModels.over(ReadModelCollections.first(database));
    return new EventRouter(
        models.projections(), models.held(), new EnvelopeParser(Jackson2ObjectMapperBuilder.json().build()), meters);
  }

  /** Every document of every read model, as extended JSON (types and field order), in {@code _id} order. */
  private static Map<String, List<String>> dump(MongoDatabase database) {
    Map<String, List<String>> documents = new LinkedHashMap<>();
    for (String collection : ReadModelCollections.BASE_NAMES) {
      List<String> json = new ArrayList<>();
      database.getCollection(collection).find().sort(Sorts.ascending("_id")).forEach(d -> json.add(d.toJson(EXACT)));
      documents.put(collection, json);
    }
    return documents;
  }

  private static Map<String, Double> counts(SimpleMeterRegistry meters) {
    Map<String, Double> counts = new TreeMap<>();
    for (Meter meter : meters.getMeters()) {
      if (meter instanceof Counter counter) {
        counts.put(meter.getId().getName() + " " + meter.getId().getTag("type")
            + (meter.getId().getTag("reason") == null ? "" : " " + meter.getId().getTag("reason")), counter.count());
      }
    }
    return counts;
  }

  private static HazardDocument fold(EventEnvelope<?>... events) {
    HazardDocument document = null;
    for (EventEnvelope<?> event : events) {
      document = HazardProjection.apply(document, event);
    }
    return document;
  }

  private double skipped(String type, String reason) {
    Counter counter = meters.find(EventRouter.SKIPPED_METRIC).tag("type", type).tag("reason", reason).counter();
    return counter == null ? 0 : counter.count();
  }

  private double counted(String metric, String type) {
    Counter counter = meters.find(metric).tag("type", type).counter();
    return counter == null ? 0 : counter.count();
  }

  private static final Set<String> WRITES =
      Set.of("bulkWrite", "insertOne", "insertMany", "replaceOne", "updateOne", "updateMany", "deleteOne", "deleteMany");

  /** {@code database}, whose collection {@code name} calls {@code beforeWrite} before each write. */
  private static MongoDatabase intercepting(MongoDatabase database, String name, Consumer<String> beforeWrite) {
    return (MongoDatabase) Proxy.newProxyInstance(
        MongoDatabase.class.getClassLoader(), new Class<?>[] {MongoDatabase.class},
        (proxy, method, args) -> {
          Object result = invoke(method, database, args);
          if (method.getName().equals("getCollection") && args[0].equals(name)) {
            MongoCollection<?> collection = (MongoCollection<?>) result;
            return Proxy.newProxyInstance(
                MongoCollection.class.getClassLoader(), new Class<?>[] {MongoCollection.class},
                (p, m, a) -> {
                  if (WRITES.contains(m.getName())) {
                    beforeWrite.accept(m.getName());
                  }
                  return invoke(m, collection, a);
                });
          }
          return result;
        });
  }

  private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
