package io.shouwei.reporting.projection;

import static io.shouwei.reporting.HazardEvents.mineClosed;
import static io.shouwei.reporting.HazardEvents.mineEvent;
import static io.shouwei.reporting.HazardEvents.mineFactsUpdated;
import static io.shouwei.reporting.HazardEvents.mineRegistered;
import static io.shouwei.reporting.HazardEvents.mineResumed;
import static io.shouwei.reporting.HazardEvents.mineStopped;
import static io.shouwei.reporting.HazardEvents.newMineId;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.shouwei.contracts.EventEnvelope;
import io.shouwei.contracts.mine.MineType;
import io.shouwei.contracts.mine.ProductionStatus;
import io.shouwei.embedded.MongoWireServer;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The mines store and the held events against the MongoDB-wire server. */
class MineStoreIT {

  private static MongoWireServer server;
  private static MongoClient client;
  private static MongoDatabase database;

  private final MineStore store = new MineStore(ReadModelCollections.first(database), new HazardStore(ReadModelCollections.first(database)));
  private final HeldEvents held = new HeldEvents(ReadModelCollections.first(database));

  @BeforeAll
  static void start() {
    server = MongoWireServer.inMemory();
    client = MongoClients.create(server.connectionString("mine_store_it"));
    database = client.getDatabase("mine_store_it");
  }

  @AfterAll
  static void stop() {
    client.close();
    server.close();
  }

  @Test
  void everyMineEvent_isStored_inOrder_once() {
    String id = newMineId();
    List<EventEnvelope<?>> events =
        List.of(mineEvent(id, 0, mineRegistered(id, "ent-1", "town-1", MineType.OPEN_PIT)),
            mineEvent(id, 1, mineFactsUpdated(id)), mineEvent(id, 2, mineStopped(id, "ord-1")),
            mineEvent(id, 3, mineStopped(id, "ord-2")),
            mineEvent(id, 4, mineResumed(id, "ord-1", ProductionStatus.STOPPED_BY_ORDER)),
            mineEvent(id, 5, mineClosed(id)));
    MineDocument expected = null;
    for (EventEnvelope<?> event : events) {
      assertThat(store.project(event)).isEqualTo(ApplyResult.APPLIED);
      assertThat(store.project(event)).isEqualTo(ApplyResult.ALREADY_APPLIED);
      expected = MineProjection.apply(expected, event);
    }

    MineDocument stored = store.find(id).orElseThrow();
    assertThat(stored).isEqualTo(expected);
    assertThat(stored.productionStatus()).isEqualTo(ProductionStatus.CLOSED);
    assertThat(stored.stoppingOrders()).containsExactly("ord-2");
  }

  @Test
  void mineEventAfterAGap_isAhead() {
    String id = newMineId();
    store.project(mineEvent(id, 0, mineRegistered(id, "ent-1", "town-1", MineType.OPEN_PIT)));

    assertThat(store.project(mineEvent(id, 2, mineClosed(id)))).isEqualTo(ApplyResult.AHEAD);

    assertThat(store.find(id).orElseThrow().productionStatus()).isEqualTo(ProductionStatus.OPERATING);
  }

  @Test
  void heldEvent_isKeptOnce_foundByItsAggregateAndSequence_andReleased() {
    String id = newMineId();
    long before = held.count();

    held.hold("Mine", id, 3, "MineClosed", "{\"a\":1}".getBytes());
    held.hold("Mine", id, 3, "MineClosed", "{\"a\":1}".getBytes());

    assertThat(held.count()).isEqualTo(before + 1);
    assertThat(held.find("Mine", id, 3)).hasValueSatisfying(v -> assertThat(new String(v)).isEqualTo("{\"a\":1}"));
    assertThat(held.find("Mine", id, 4)).isEmpty();
    assertThat(held.find("Hazard", id, 3)).isEmpty();
    held.release("Mine", id, 3);
    assertThat(held.find("Mine", id, 3)).isEmpty();
  }

  @Test
  void ensureIndexes_indexesTheSearchFields() {
    store.ensureIndexes();

    List<String> keys = new ArrayList<>();
    database.getCollection(MineStore.COLLECTION).listIndexes()
        .forEach(index -> keys.addAll(index.get("key", Document.class).keySet()));
    assertThat(keys).contains("enterpriseId", "townCode", "name", "type", "productionStatus");
  }
}
