package io.shouwei.reporting.projection;

import static io.shouwei.reporting.SupervisionEvents.orderAcknowledged;
import static io.shouwei.reporting.SupervisionEvents.orderEvent;
import static io.shouwei.reporting.SupervisionEvents.orderIssued;
import static io.shouwei.reporting.SupervisionEvents.orderLifted;
import static io.shouwei.reporting.SupervisionEvents.resumptionApplied;
import static io.shouwei.reporting.SupervisionEvents.resumptionRejected;
import static io.shouwei.reporting.SupervisionEvents.resumptionReviewed;
import static io.shouwei.reporting.SupervisionEvents.stopTookEffect;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.shouwei.contracts.AggregateTypes;
import io.shouwei.contracts.EventEnvelope;
import io.shouwei.contracts.order.OrderType;
import io.shouwei.contracts.order.ReviewOutcome;
import io.shouwei.embedded.MongoWireServer;
import io.shouwei.reporting.HazardEvents;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The orders store against the MongoDB-wire server. */
class OrderStoreIT {

  private static MongoWireServer server;
  private static MongoClient client;
  private static MongoDatabase database;

  private final OrderStore store = new OrderStore(ReadModelCollections.first(database));

  @BeforeAll
  static void start() {
    server = MongoWireServer.inMemory();
    client = MongoClients.create(server.connectionString("order_store_it"));
    database = client.getDatabase("order_store_it");
  }

  @AfterAll
  static void stop() {
    client.close();
    server.close();
  }

  @Test
  void everyOrderEvent_isStored_inOrder_once() {
    String id = "ord-" + UUID.randomUUID();
    List<Object> payloads =
        List.of(orderIssued(id, "mine-1", "ent-1", "town-1", OrderType.STOP_PRODUCTION, "camp-1"),
            orderAcknowledged(id), stopTookEffect(id, "mine-1"), resumptionApplied(id, 1),
            resumptionReviewed(id, ReviewOutcome.PASS), resumptionRejected(id), resumptionApplied(id, 2),
            resumptionReviewed(id, ReviewOutcome.PASS), orderLifted(id, "mine-1"));
    OrderDocument expected = null;
    for (int sequence = 0; sequence < payloads.size(); sequence++) {
      EventEnvelope<?> event = orderEvent(id, sequence, payloads.get(sequence));
      assertThat(store.project(event)).isEqualTo(ApplyResult.APPLIED);
      assertThat(store.project(event)).isEqualTo(ApplyResult.ALREADY_APPLIED);
      expected = OrderProjection.apply(expected, event);
    }

    OrderDocument stored = store.find(id).orElseThrow();
    assertThat(stored).isEqualTo(expected);
    assertThat(stored.status()).isEqualTo(OrderStatus.LIFTED);
    assertThat(stored.resumption().application()).isEqualTo(2);
    assertThat(stored.issuedBy()).isNotNull();
  }

  @Test
  void orderEventAfterAGap_isAhead_andAnUnknownTypeAdvancesTheSequence() {
    String id = "ord-" + UUID.randomUUID();
    store.project(orderEvent(id, 0, orderIssued(id, "mine-1", "ent-1", "town-1", OrderType.RECTIFY_WITHIN_DEADLINE, null)));

    assertThat(store.project(orderEvent(id, 2, orderAcknowledged(id)))).isEqualTo(ApplyResult.AHEAD);
    assertThat(store.passOver(HazardEvents.envelope(AggregateTypes.ORDER, id, 1, "OrderPhotographed", Map.of("photo", "p")))).isEqualTo(ApplyResult.APPLIED);
    assertThat(store.project(orderEvent(id, 2, orderAcknowledged(id)))).isEqualTo(ApplyResult.APPLIED);

    assertThat(store.find(id).orElseThrow().status()).isEqualTo(OrderStatus.ACKNOWLEDGED);
  }

  @Test
  void ensureIndexes_indexesTheSearchFields() {
    store.ensureIndexes();

    List<List<String>> keys = new ArrayList<>();
    database.getCollection(OrderStore.COLLECTION).listIndexes()
        .forEach(index -> keys.add(List.copyOf(index.get("key", Document.class).keySet())));
    assertThat(keys)
        .contains(List.of("townCode", "issuedAt"), List.of("enterpriseId", "issuedAt"), List.of("mineId", "status"),
            List.of("campaignId", "townCode"), List.of("type", "status"));
  }
}
