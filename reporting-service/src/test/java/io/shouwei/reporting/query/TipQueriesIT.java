package io.shouwei.reporting.query;

import static io.shouwei.reporting.RoleCallers.admin;
import static io.shouwei.reporting.RoleCallers.auditor;
import static io.shouwei.reporting.RoleCallers.district;
import static io.shouwei.reporting.RoleCallers.enterprise;
import static io.shouwei.reporting.RoleCallers.superior;
import static io.shouwei.reporting.RoleCallers.town;
import static io.shouwei.reporting.query.OrderQueriesIT.params;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.shouwei.contracts.AggregateTypes;
import io.shouwei.contracts.Role;
import io.shouwei.embedded.MongoWireServer;
import io.shouwei.platform.security.Caller;
import io.shouwei.platform.web.ProblemException;
import io.shouwei.reporting.CampaignFixture;
import io.shouwei.reporting.RoleCallers;
import io.shouwei.reporting.projection.ReadModelCollections;
import io.shouwei.reporting.projection.TipStatus;
import io.shouwei.reporting.projection.TipStore;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** Status-only tip searches against the MongoDB-wire server: who reads tips, and which. */
class TipQueriesIT {

  private static final CampaignFixture FIXTURE = new CampaignFixture("t");

  private static MongoWireServer server;
  private static MongoClient client;
  private static TipStore store;

  private final TipQueries queries = new TipQueries(store);

  @BeforeAll
  static void tips() {
    server = MongoWireServer.inMemory();
    client = MongoClients.create(server.connectionString("tip_queries"));
    MongoDatabase database = client.getDatabase("tip_queries");
    store = new TipStore(ReadModelCollections.first(database));
    store.ensureIndexes();
    FIXTURE.events().stream().filter(e -> e.aggregateType().equals(AggregateTypes.TIP)).forEach(store::project);
  }

  @AfterAll
  static void stop() {
    client.close();
    server.close();
  }

  @Test
  void districtAuditorAndAdmin_readEveryTip_withTheCountsByStatus() {
    for (Caller caller : List.of(district(), auditor(), admin())) {
      TipPageResponse page = queries.search(caller, params());

      assertThat(page.total()).isEqualTo(7);
      assertThat(page.byStatus())
          .isEqualTo(Map.of(TipStatus.RECEIVED, 5L, TipStatus.CONVERTED, 1L, TipStatus.DISMISSED, 1L));
      assertThat(page.items().get(0).receivedAt()).isAfterOrEqualTo(page.items().get(6).receivedAt());
    }
  }

  @Test
  void townAgency_readsTheTipsAboutItsTownsOnly_andAForeignFilterFindsNothing() {
    TipPageResponse t1 = queries.search(town(FIXTURE.t1), params());

    assertThat(ids(t1)).containsExactlyInAnyOrder(FIXTURE.id("tp1"), FIXTURE.id("tp4"), FIXTURE.id("tp5"));
    assertThat(t1.byStatus()).containsEntry(TipStatus.CONVERTED, 1L).containsEntry(TipStatus.RECEIVED, 2L)
        .containsEntry(TipStatus.DISMISSED, 0L);
    assertThat(queries.search(town(FIXTURE.t1), params("town", FIXTURE.t2)).total()).isZero();
    assertThat(queries.search(town(), params()).total()).isZero();
  }

  @Test
  void statusAndTownFilters_narrowTheItems_butNotTheCounts() {
    TipPageResponse converted = queries.search(district(), params("status", "CONVERTED"));

    assertThat(ids(converted)).containsExactly(FIXTURE.id("tp1"));
    assertThat(converted.items().get(0).hazardId()).isEqualTo(FIXTURE.id("h4"));
    assertThat(converted.items().get(0).triagedAt()).isNotNull();
    assertThat(converted.byStatus().get(TipStatus.RECEIVED)).isEqualTo(5);
    assertThat(ids(queries.search(district(), params("town", FIXTURE.t2)))).containsExactly(FIXTURE.id("tp2"));
  }

  @Test
  void enterpriseSuperiorCompanyAndService_readNoTips() {
    for (Caller caller :
        List.of(enterprise(FIXTURE.entA), superior(FIXTURE.entA), RoleCallers.of(Role.SERVICE, List.of(), null, List.of()))) {
      assertThatThrownBy(() -> queries.search(caller, params()))
          .as("%s", caller.role())
          .isInstanceOfSatisfying(ProblemException.class,
              e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN));
    }
  }

  @Test
  void badParameters_are400() {
    assertThatThrownBy(() -> queries.search(district(), params("status", "OPEN", "q", "blasting")))
        .isInstanceOfSatisfying(ProblemException.class,
            e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST));
  }

  private static List<String> ids(TipPageResponse page) {
    return page.items().stream().map(TipResponse::id).toList();
  }
}
