package io.shouwei.reporting.projection;

import static io.shouwei.reporting.HazardEvents.reported;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.shouwei.embedded.MongoWireServer;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The store against a server speaking the MongoDB wire protocol, through the official driver. */
class HazardStoreIT {

  private static MongoWireServer server;
  private static MongoClient client;
  private static MongoDatabase database;

  private final HazardStore store = new HazardStore(database);
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
  void hazardReported_isStored_andReadBackAsWritten() {
    var event = reported("hz-store-1", "ent-1", "town-1");

    assertThat(store.project(event)).isEqualTo(ApplyResult.APPLIED);

    HazardDocument expected = HazardProjection.apply(null, event).orElseThrow();
    assertThat(store.find("hz-store-1")).contains(expected);
    Document raw = hazards.find(Filters.eq("_id", "hz-store-1")).first();
    assertThat(raw.getString("status")).isEqualTo("REPORTED");
    assertThat(raw.get("reportedBy", Document.class).getString("role")).isEqualTo("TOWN_AGENCY");
    assertThat(raw.get("discoveredAt")).isInstanceOf(java.util.Date.class);
  }

  @Test
  void sameEventTwice_isAppliedOnce() {
    var event = reported("hz-store-2", "ent-1", "town-1");

    assertThat(store.project(event)).isEqualTo(ApplyResult.APPLIED);
    assertThat(store.project(event)).isEqualTo(ApplyResult.ALREADY_APPLIED);

    assertThat(hazards.countDocuments(Filters.eq("_id", "hz-store-2"))).isEqualTo(1);
  }

  @Test
  void writeBasedOnAStaleRead_isRejectedByTheFilter_asAlreadyApplied() {
    HazardDocument atFive = HazardProjection.apply(null, reported("hz-store-3", "ent-1", "town-1", 5)).orElseThrow();
    HazardDocument atTwo = HazardProjection.apply(null, reported("hz-store-3", "ent-2", "town-2", 2)).orElseThrow();
    HazardDocument atFiveAgain = HazardProjection.apply(null, reported("hz-store-3", "ent-3", "town-3", 5)).orElseThrow();
    assertThat(store.write(atFive)).isEqualTo(ApplyResult.APPLIED);

    assertThat(store.write(atTwo)).isEqualTo(ApplyResult.ALREADY_APPLIED);
    assertThat(store.write(atFiveAgain)).isEqualTo(ApplyResult.ALREADY_APPLIED);

    assertThat(store.find("hz-store-3")).contains(atFive);
  }

  @Test
  void laterWrite_replacesTheDocument() {
    HazardDocument atZero = HazardProjection.apply(null, reported("hz-store-4", "ent-1", "town-1", 0)).orElseThrow();
    HazardDocument atOne = HazardProjection.apply(atZero, reported("hz-store-4", "ent-1", "town-7", 1)).orElseThrow();
    store.write(atZero);

    assertThat(store.write(atOne)).isEqualTo(ApplyResult.APPLIED);

    assertThat(store.find("hz-store-4")).contains(atOne);
    assertThat(hazards.countDocuments(Filters.eq("_id", "hz-store-4"))).isEqualTo(1);
  }

  @Test
  void ensureIndexes_indexesTheSearchFields_andCanRunAgain() {
    store.ensureIndexes();
    store.ensureIndexes();

    List<String> keys = new ArrayList<>();
    hazards.listIndexes().forEach(index -> keys.addAll(index.get("key", Document.class).keySet()));
    assertThat(keys).contains("enterpriseId", "townCode", "mineId", "status");
  }
}
