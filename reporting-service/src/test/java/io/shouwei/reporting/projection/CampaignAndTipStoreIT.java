package io.shouwei.reporting.projection;

import static io.shouwei.reporting.SupervisionEvents.campaignConcluded;
import static io.shouwei.reporting.SupervisionEvents.campaignEvent;
import static io.shouwei.reporting.SupervisionEvents.campaignLaunched;
import static io.shouwei.reporting.SupervisionEvents.phaseAmended;
import static io.shouwei.reporting.SupervisionEvents.reportDueDateAmended;
import static io.shouwei.reporting.SupervisionEvents.tipConverted;
import static io.shouwei.reporting.SupervisionEvents.tipEvent;
import static io.shouwei.reporting.SupervisionEvents.tipReceived;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.shouwei.contracts.EventEnvelope;
import io.shouwei.contracts.campaign.PhaseKind;
import io.shouwei.embedded.MongoWireServer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The campaigns and tips stores against the MongoDB-wire server. */
class CampaignAndTipStoreIT {

  private static MongoWireServer server;
  private static MongoClient client;
  private static MongoDatabase database;

  private final CampaignStore campaigns = new CampaignStore(ReadModelCollections.first(database));
  private final TipStore tips = new TipStore(ReadModelCollections.first(database));

  @BeforeAll
  static void start() {
    server = MongoWireServer.inMemory();
    client = MongoClients.create(server.connectionString("campaign_tip_store_it"));
    database = client.getDatabase("campaign_tip_store_it");
  }

  @AfterAll
  static void stop() {
    client.close();
    server.close();
  }

  @Test
  void everyCampaignEvent_isStored_inOrder_once_withItsDays() {
    String id = "camp-" + UUID.randomUUID();
    List<Object> payloads =
        List.of(campaignLaunched(id, List.of("town-1", "town-2")),
            phaseAmended(id, PhaseKind.SUMMARY, LocalDate.parse("2026-06-02"), LocalDate.parse("2026-07-02")),
            reportDueDateAmended(id, LocalDate.parse("2026-07-15")), campaignConcluded(id));
    CampaignDocument expected = null;
    for (int sequence = 0; sequence < payloads.size(); sequence++) {
      EventEnvelope<?> event = campaignEvent(id, sequence, payloads.get(sequence));
      assertThat(campaigns.project(event)).isEqualTo(ApplyResult.APPLIED);
      assertThat(campaigns.project(event)).isEqualTo(ApplyResult.ALREADY_APPLIED);
      expected = CampaignProjection.apply(expected, event);
    }

    CampaignDocument stored = campaigns.find(id).orElseThrow();
    assertThat(stored).isEqualTo(expected);
    assertThat(stored.status()).isEqualTo(CampaignStatus.CONCLUDED);
    assertThat(stored.phases().get(2).endDate()).isEqualTo(LocalDate.parse("2026-07-02"));
    Document raw = database.getCollection(CampaignStore.COLLECTION).find(Filters.eq("_id", id)).first();
    assertThat(raw.getString("reportDueDate")).isEqualTo("2026-07-15");
  }

  @Test
  void campaignEventAfterAGap_isAhead() {
    String id = "camp-" + UUID.randomUUID();
    campaigns.project(campaignEvent(id, 0, campaignLaunched(id, List.of("town-1"))));

    assertThat(campaigns.project(campaignEvent(id, 2, campaignConcluded(id)))).isEqualTo(ApplyResult.AHEAD);

    assertThat(campaigns.find(id).orElseThrow().status()).isEqualTo(CampaignStatus.LAUNCHED);
  }

  @Test
  void tip_isStoredStatusOnly_inOrder_once() {
    String id = "tip-" + UUID.randomUUID();
    EventEnvelope<?> received = tipEvent(id, 0, tipReceived(id, "town-1", Instant.parse("2026-03-04T12:00:00Z")));
    EventEnvelope<?> converted = tipEvent(id, 1, tipConverted(id, "hz-7"));

    assertThat(tips.project(converted)).isEqualTo(ApplyResult.AHEAD);
    assertThat(tips.project(received)).isEqualTo(ApplyResult.APPLIED);
    assertThat(tips.project(received)).isEqualTo(ApplyResult.ALREADY_APPLIED);
    assertThat(tips.project(converted)).isEqualTo(ApplyResult.APPLIED);

    assertThat(tips.find(id).orElseThrow())
        .isEqualTo(TipProjection.apply(TipProjection.apply(null, received), converted));
    Document raw = database.getCollection(TipStore.COLLECTION).find(Filters.eq("_id", id)).first();
    assertThat(raw.keySet())
        .containsExactlyInAnyOrder("_id", "status", "townCode", "receivedAt", "triagedAt", "hazardId", "lastSequence",
            "updatedAt");
    assertThat(raw.toJson()).doesNotContain("blasting").doesNotContain("north pit");
  }

  @Test
  void ensureIndexes_indexesTheQueryFields() {
    campaigns.ensureIndexes();
    tips.ensureIndexes();

    assertThat(keys(TipStore.COLLECTION)).contains(List.of("townCode", "receivedAt"), List.of("status", "receivedAt"));
    assertThat(keys(CampaignStore.COLLECTION)).contains(List.of("townCodes"));
  }

  private List<List<String>> keys(String collection) {
    List<List<String>> keys = new ArrayList<>();
    database.getCollection(collection).listIndexes()
        .forEach(index -> keys.add(List.copyOf(index.get("key", Document.class).keySet())));
    return keys;
  }
}
