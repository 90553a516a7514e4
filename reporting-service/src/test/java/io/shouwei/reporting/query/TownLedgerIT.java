package io.shouwei.reporting.query;

import static io.shouwei.reporting.RoleCallers.admin;
import static io.shouwei.reporting.RoleCallers.auditor;
import static io.shouwei.reporting.RoleCallers.district;
import static io.shouwei.reporting.RoleCallers.enterprise;
import static io.shouwei.reporting.RoleCallers.superior;
import static io.shouwei.reporting.RoleCallers.town;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.shouwei.contracts.EventEnvelope;
import io.shouwei.contracts.hazard.HazardSource;
import io.shouwei.contracts.mine.MineType;
import io.shouwei.contracts.mine.ProductionStatus;
import io.shouwei.embedded.MongoWireServer;
import io.shouwei.platform.security.Caller;
import io.shouwei.platform.web.ProblemException;
import io.shouwei.reporting.CampaignFixture;
import io.shouwei.reporting.HazardEvents;
import io.shouwei.reporting.MovableClock;
import io.shouwei.reporting.projection.AggregateProjection;
import io.shouwei.reporting.projection.CampaignStore;
import io.shouwei.reporting.projection.HazardStatus;
import io.shouwei.reporting.projection.HazardStore;
import io.shouwei.reporting.projection.MineStore;
import io.shouwei.reporting.projection.OrderStatus;
import io.shouwei.reporting.projection.OrderStore;
import io.shouwei.reporting.projection.ReadModelCollections;
import io.shouwei.reporting.projection.TipStore;
import io.shouwei.reporting.query.TownLedgerResponse.Inspection;
import io.shouwei.reporting.query.TownLedgerResponse.LookBack;
import io.shouwei.reporting.query.TownLedgerResponse.OpenHazard;
import io.shouwei.reporting.query.TownLedgerResponse.OrderInForce;
import io.shouwei.reporting.query.TownLedgerResponse.Totals;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** The town ledger (一地一册) over the hand-computed {@link CampaignFixture}, for each role. */
class TownLedgerIT {

  private static final CampaignFixture FIXTURE = new CampaignFixture("l");

  private static MongoWireServer server;
  private static MongoClient client;
  private static HazardStore hazards;
  private static MineStore mines;
  private static OrderStore orders;

  private final MovableClock clock = new MovableClock(CampaignFixture.NOW);
  private final TownLedgerQueries queries = new TownLedgerQueries(mines, hazards, orders, clock);

  @BeforeAll
  static void start() {
    server = MongoWireServer.inMemory();
    client = MongoClients.create(server.connectionString("ledger"));
    MongoDatabase database = client.getDatabase("ledger");
    hazards = new HazardStore(ReadModelCollections.first(database));
    mines = new MineStore(ReadModelCollections.first(database), hazards);
    orders = new OrderStore(ReadModelCollections.first(database));
    List<AggregateProjection> stores =
        List.of(hazards, mines, orders, new CampaignStore(ReadModelCollections.first(database)), new TipStore(ReadModelCollections.first(database)));
    for (EventEnvelope<?> event : FIXTURE.events()) {
      stores.stream().filter(s -> s.aggregateType().equals(event.aggregateType())).forEach(s -> s.project(event));
    }
  }

  @AfterAll
  static void stop() {
    client.close();
    server.close();
  }

  @Test
  void district_seesEveryMineOfTheTown_withItsOpenHazardsOrdersInspectionAndLookBack() {
    TownLedgerResponse ledger = queries.ledger(district(), FIXTURE.t1);

    assertThat(ledger.townCode()).isEqualTo(FIXTURE.t1);
    assertThat(ledger.asOf()).isEqualTo(CampaignFixture.NOW);
    assertThat(ledger.totals()).isEqualTo(new Totals(2, 1, 3, 3, 3, 2, 1));
    assertThat(ledger.mines()).extracting(TownLedgerResponse.Mine::id).containsExactly(FIXTURE.m1, FIXTURE.m2);

    TownLedgerResponse.Mine m1 = ledger.mines().get(0);
    assertThat(m1.type()).isEqualTo(MineType.OPEN_PIT);
    assertThat(m1.enterpriseId()).isEqualTo(FIXTURE.entA);
    assertThat(m1.productionStatus()).isEqualTo(ProductionStatus.STOPPED_BY_ORDER);
    assertThat(m1.stoppingOrders()).containsExactly(FIXTURE.id("o1"), FIXTURE.id("o4"));
    assertThat(m1.hazardsSignedOff()).isEqualTo(3);
    assertThat(m1.openHazards()).extracting(OpenHazard::id).containsExactly(FIXTURE.id("h14"), FIXTURE.id("h2"));
    assertThat(m1.openHazards()).allMatch(OpenHazard::overdue);
    assertThat(m1.openHazards().get(1).status()).isEqualTo(HazardStatus.PLANNED);
    assertThat(m1.openHazards().get(1).deadline()).isEqualTo(Instant.parse("2026-04-01T00:00:00Z"));
    assertThat(m1.ordersInForce()).extracting(OrderInForce::id).containsExactly(FIXTURE.id("o4"), FIXTURE.id("o1"));
    assertThat(m1.ordersInForce()).extracting(OrderInForce::status)
        .containsExactly(OrderStatus.RESUMPTION_APPLIED, OrderStatus.IN_FORCE);
    assertThat(m1.ordersInForce()).allMatch(OrderInForce::stopsMine);
    assertThat(m1.lastInspection())
        .isEqualTo(new Inspection(Instant.parse("2026-05-31T16:30:00Z"), HazardSource.AGENCY_INSPECTION, FIXTURE.id("h10")));
    assertThat(m1.lastEventAt()).isEqualTo(HazardEvents.REPORTED.plusSeconds(4));
    assertThat(m1.lookBack()).isEqualTo(new LookBack(0, 0));

    TownLedgerResponse.Mine m2 = ledger.mines().get(1);
    assertThat(m2.productionStatus()).isEqualTo(ProductionStatus.OPERATING);
    assertThat(m2.openHazards()).extracting(OpenHazard::id).containsExactly(FIXTURE.id("h3"));
    assertThat(m2.openHazards().get(0).timesReopened()).isEqualTo(1);
    assertThat(m2.ordersInForce()).isEmpty();
    assertThat(m2.lastInspection().hazardId()).isEqualTo(FIXTURE.id("h8"));
    assertThat(m2.lookBack()).isEqualTo(new LookBack(1, 1));
  }

  @Test
  void tipIsNoInspection_andAnOpenHazardWithoutDeadlineIsNotOverdue() {
    TownLedgerResponse ledger = queries.ledger(district(), FIXTURE.t2);

    assertThat(ledger.mines()).extracting(TownLedgerResponse.Mine::id).containsExactly(FIXTURE.m3);
    TownLedgerResponse.Mine m3 = ledger.mines().get(0);
    assertThat(m3.openHazards()).extracting(OpenHazard::id).containsExactly(FIXTURE.id("h15"));
    assertThat(m3.openHazards().get(0).overdue()).isFalse();
    assertThat(m3.ordersInForce()).extracting(OrderInForce::id).containsExactly(FIXTURE.id("o6"), FIXTURE.id("o7"));
    assertThat(m3.ordersInForce()).extracting(OrderInForce::stopsMine).containsExactly(false, true);
    assertThat(m3.lastInspection().hazardId()).isEqualTo(FIXTURE.id("h12"));
    assertThat(m3.lookBack()).isEqualTo(new LookBack(1, 0));
    assertThat(ledger.totals()).isEqualTo(new Totals(1, 1, 1, 0, 0, 2, 0));
  }

  @Test
  void overdue_followsTheClock() {
    clock.set(Instant.parse("2026-03-05T00:00:00Z"));

    TownLedgerResponse ledger = queries.ledger(district(), FIXTURE.t1);

    assertThat(ledger.totals().overdue()).isEqualTo(1);
    assertThat(ledger.mines().get(0).openHazards().get(0).overdue()).isTrue();
  }

  @Test
  void eachRole_seesTheMinesItMayRead_andATownAgencyOnlyItsOwnTowns() {
    List<String> all = List.of(FIXTURE.m1, FIXTURE.m2);
    assertThat(mineIds(auditor(), FIXTURE.t1)).isEqualTo(all);
    assertThat(mineIds(admin(), FIXTURE.t1)).isEqualTo(all);
    assertThat(mineIds(town(FIXTURE.t1), FIXTURE.t1)).isEqualTo(all);
    assertThat(mineIds(enterprise(FIXTURE.entA), FIXTURE.t1)).isEqualTo(all);
    assertThat(mineIds(enterprise(FIXTURE.entB), FIXTURE.t1)).isEmpty();
    assertThat(mineIds(enterprise(FIXTURE.entA), FIXTURE.t2)).isEmpty();
    assertThat(mineIds(superior(FIXTURE.entB), FIXTURE.t2)).containsExactly(FIXTURE.m3);
    assertThat(mineIds(superior(FIXTURE.entB), FIXTURE.t1)).isEmpty();
    assertThat(queries.ledger(enterprise(FIXTURE.entB), FIXTURE.t1).totals()).isEqualTo(new Totals(0, 0, 0, 0, 0, 0, 0));
    assertThat(queries.ledger(district(), "town-unknown").mines()).isEmpty();

    for (String foreign : List.of(FIXTURE.t2, "town-unknown")) {
      assertThatThrownBy(() -> queries.ledger(town(FIXTURE.t1), foreign))
          .isInstanceOfSatisfying(ProblemException.class,
              e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND));
    }
  }

  private List<String> mineIds(Caller caller, String town) {
    return queries.ledger(caller, town).mines().stream().map(TownLedgerResponse.Mine::id).toList();
  }
}
