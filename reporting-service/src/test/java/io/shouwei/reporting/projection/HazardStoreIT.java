package io.shouwei.reporting.projection;

import static io.shouwei.reporting.HazardEvents.classified;
import static io.shouwei.reporting.HazardEvents.completed;
import static io.shouwei.reporting.HazardEvents.extensionRequested;
import static io.shouwei.reporting.HazardEvents.hazardEvent;
import static io.shouwei.reporting.HazardEvents.mineEvent;
import static io.shouwei.reporting.HazardEvents.mineRegistered;
import static io.shouwei.reporting.HazardEvents.newHazardId;
import static io.shouwei.reporting.HazardEvents.newMineId;
import static io.shouwei.reporting.HazardEvents.planned;
import static io.shouwei.reporting.HazardEvents.progress;
import static io.shouwei.reporting.HazardEvents.reported;
import static io.shouwei.reporting.HazardEvents.started;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.shouwei.contracts.EventEnvelope;
import io.shouwei.contracts.hazard.HazardLevel;
import io.shouwei.contracts.mine.MineType;
import io.shouwei.embedded.MongoWireServer;
import io.shouwei.reporting.HazardEvents;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The stores against a server speaking the MongoDB wire protocol, through the official driver. */
class HazardStoreIT {

  private static MongoWireServer server;
  private static MongoClient client;
  private static MongoDatabase database;

  private final HazardStore store = new HazardStore(ReadModelCollections.first(database));
  private final MineStore mines = new MineStore(ReadModelCollections.first(database), store);
  private final MongoCollection<Document> hazards = database.getCollection(HazardStore.COLLECTION);

  @BeforeAll
  static void start() {
    server = MongoWireServer.inMemory();
    client = MongoClients.create(server.connectionString("store_it"));
    database = client.getDatabase("store_it");
  }

  @AfterAll
  static void stop() {
    client.close();
    server.close();
  }

  @Test
  void everyField_isStored_andReadBackAsWritten() {
    String id = newHazardId();
    List<EventEnvelope<?>> events =
        List.of(reported(id, "ent-1", "town-1"), hazardEvent(id, 1, classified(id, HazardLevel.MAJOR, List.of("OP-08.1"))),
            hazardEvent(id, 2, planned(id)), hazardEvent(id, 3, extensionRequested(id)), hazardEvent(id, 4, started(id)),
            hazardEvent(id, 5, progress(id, 30)));
    HazardDocument expected = null;
    for (EventEnvelope<?> event : events) {
      assertThat(store.project(event)).isEqualTo(ApplyResult.APPLIED);
      expected = HazardProjection.apply(expected, event);
    }

    assertThat(store.find(id)).contains(expected);
    Document raw = hazards.find(Filters.eq("_id", id)).first();
    assertThat(raw.getString("status")).isEqualTo("RECTIFYING");
    assertThat(raw.get("reportedBy", Document.class).getString("role")).isEqualTo("TOWN_AGENCY");
    assertThat(raw.get("deadline")).isInstanceOf(java.util.Date.class);
    assertThat(raw.get("plan", Document.class).get("fundsCny")).isEqualTo(new Decimal128(HazardEvents.FUNDS));
  }

  @Test
  void sameEventTwice_isAppliedOnce() {
    String id = newHazardId();
    var reported = reported(id, "ent-1", "town-1");
    var planned = hazardEvent(id, 1, planned(id));

    assertThat(store.project(reported)).isEqualTo(ApplyResult.APPLIED);
    assertThat(store.project(reported)).isEqualTo(ApplyResult.ALREADY_APPLIED);
    assertThat(store.project(planned)).isEqualTo(ApplyResult.APPLIED);
    assertThat(store.project(planned)).isEqualTo(ApplyResult.ALREADY_APPLIED);
    assertThat(store.project(reported)).isEqualTo(ApplyResult.ALREADY_APPLIED);

    assertThat(hazards.countDocuments(Filters.eq("_id", id))).isEqualTo(1);
    assertThat(store.find(id).orElseThrow().lastSequence()).isEqualTo(1);
  }

  @Test
  void eventAfterAGap_isAhead_andChangesNothing() {
    String id = newHazardId();
    store.project(reported(id, "ent-1", "town-1"));
    HazardDocument before = store.find(id).orElseThrow();

    assertThat(store.project(hazardEvent(id, 2, started(id)))).isEqualTo(ApplyResult.AHEAD);
    assertThat(store.project(hazardEvent(id, 1, planned(id)))).isEqualTo(ApplyResult.APPLIED);
    assertThat(store.project(hazardEvent(id, 3, completed(id)))).isEqualTo(ApplyResult.AHEAD);

    assertThat(store.find(id).orElseThrow().lastSequence()).isEqualTo(1);
    assertThat(before.lastSequence()).isZero();
  }

  @Test
  void laterEventBeforeTheReport_isAhead() {
    String id = newHazardId();

    assertThat(store.project(hazardEvent(id, 1, planned(id)))).isEqualTo(ApplyResult.AHEAD);

    assertThat(store.find(id)).isEmpty();
  }

  @Test
  void writeBasedOnAStaleRead_matchesNothing_andIsAlreadyApplied() {
    String id = newHazardId();
    HazardDocument atZero = HazardProjection.apply(null, reported(id, "ent-1", "town-1"));
    HazardDocument atOne = HazardProjection.apply(atZero, hazardEvent(id, 1, planned(id)));
    HazardDocument atTwo = HazardProjection.apply(atOne, hazardEvent(id, 2, started(id)));
    SequencedDocuments<HazardDocument> documents = new SequencedDocuments<>(() -> hazards, new HazardStore.Codec());
    assertThat(documents.write(atZero)).isEqualTo(ApplyResult.APPLIED);
    assertThat(documents.write(atOne)).isEqualTo(ApplyResult.APPLIED);

    assertThat(documents.write(atZero)).isEqualTo(ApplyResult.ALREADY_APPLIED);
    assertThat(documents.write(atOne)).isEqualTo(ApplyResult.ALREADY_APPLIED);
    assertThat(store.find(id)).contains(atOne);

    assertThat(documents.write(atTwo)).isEqualTo(ApplyResult.APPLIED);
    assertThat(store.find(id)).contains(atTwo);
  }

  @Test
  void passOver_advancesOnlyTheSequence_inOrder() {
    String id = newHazardId();
    store.project(reported(id, "ent-1", "town-1"));
    HazardDocument before = store.find(id).orElseThrow();
    var unknown = HazardEvents.envelope(id, 1, "HazardPhotographed", Map.of("photo", "p-1"));

    assertThat(store.passOver(HazardEvents.envelope(id, 2, "HazardPhotographed", Map.of()))).isEqualTo(ApplyResult.AHEAD);
    assertThat(store.passOver(unknown)).isEqualTo(ApplyResult.APPLIED);
    assertThat(store.passOver(unknown)).isEqualTo(ApplyResult.ALREADY_APPLIED);
    assertThat(store.passOver(HazardEvents.envelope(newHazardId(), 0, "HazardPhotographed", Map.of())))
        .isEqualTo(ApplyResult.IGNORED);

    HazardDocument after = store.find(id).orElseThrow();
    assertThat(after.lastSequence()).isEqualTo(1);
    assertThat(after.updatedAt()).isEqualTo(unknown.occurredAt());
    assertThat(after.status()).isEqualTo(before.status());
    assertThat(store.project(hazardEvent(id, 2, planned(id)))).isEqualTo(ApplyResult.APPLIED);
  }

  @Test
  void hazardReported_afterItsMine_showsTheMineType() {
    String mine = newMineId();
    String id = newHazardId();
    mines.project(mineEvent(mine, 0, mineRegistered(mine, "ent-1", "town-1", MineType.TAILINGS_POND)));

    store.project(hazardEvent(id, 0, HazardEvents.payload(id, mine, "ent-1", "town-1")));

    assertThat(store.find(id).orElseThrow().mineType()).isEqualTo(MineType.TAILINGS_POND);
  }

  @Test
  void hazardReported_beforeItsMine_getsTheTypeWhenTheMineIsRegistered() {
    String mine = newMineId();
    String first = newHazardId();
    String second = newHazardId();
    store.project(hazardEvent(first, 0, HazardEvents.payload(first, mine, "ent-1", "town-1")));
    store.project(hazardEvent(second, 0, HazardEvents.payload(second, mine, "ent-1", "town-1")));
    store.project(hazardEvent(second, 1, planned(second)));
    assertThat(store.find(first).orElseThrow().mineType()).isNull();

    mines.project(mineEvent(mine, 0, mineRegistered(mine, "ent-1", "town-1", MineType.UNDERGROUND)));

    HazardDocument filled = store.find(second).orElseThrow();
    assertThat(store.find(first).orElseThrow().mineType()).isEqualTo(MineType.UNDERGROUND);
    assertThat(filled.mineType()).isEqualTo(MineType.UNDERGROUND);
    assertThat(filled.lastSequence()).isEqualTo(1);
    store.project(hazardEvent(second, 2, started(second)));
    assertThat(store.find(second).orElseThrow().mineType()).isEqualTo(MineType.UNDERGROUND);
  }

  @Test
  void bothOrders_endInTheSameDocument() {
    String mine = newMineId();
    String id = newHazardId();
    var registered = mineEvent(mine, 0, mineRegistered(mine, "ent-1", "town-1", MineType.OPEN_PIT));
    var report = hazardEvent(id, 0, HazardEvents.payload(id, mine, "ent-1", "town-1"));
    store.project(report);
    mines.project(registered);
    HazardDocument hazardFirst = store.find(id).orElseThrow();
    hazards.deleteOne(Filters.eq("_id", id));
    database.getCollection(MineStore.COLLECTION).deleteOne(Filters.eq("_id", mine));

    mines.project(registered);
    store.project(report);

    assertThat(store.find(id)).contains(hazardFirst);
  }

  @Test
  void registrationRedelivered_stillFillsTheTypeOfHazardsWithout() {
    String mine = newMineId();
    String id = newHazardId();
    var registered = mineEvent(mine, 0, mineRegistered(mine, "ent-1", "town-1", MineType.OTHER));
    mines.project(registered);
    hazards.insertOne(
        new HazardStore.Codec().toBson(HazardProjection.apply(null, hazardEvent(id, 0, HazardEvents.payload(id, mine, "e", "t")))));

    assertThat(mines.project(registered)).isEqualTo(ApplyResult.ALREADY_APPLIED);

    assertThat(store.find(id).orElseThrow().mineType()).isEqualTo(MineType.OTHER);
  }

  @Test
  void ensureIndexes_indexesTheSearchFields_andCanRunAgain() {
    store.ensureIndexes();
    store.ensureIndexes();

    List<String> keys = new ArrayList<>();
    hazards.listIndexes().forEach(index -> keys.addAll(index.get("key", Document.class).keySet()));
    assertThat(keys).contains("enterpriseId", "townCode", "mineId", "status", "deadline", "campaignId", "level",
        "source", "reportedAt", "number");
  }
}
