package io.shouwei.reporting.query;

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
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.shouwei.contracts.EventEnvelope;
import io.shouwei.contracts.campaign.PhaseKind;
import io.shouwei.contracts.hazard.HazardLevel;
import io.shouwei.contracts.hazard.HazardSource;
import io.shouwei.embedded.MongoWireServer;
import io.shouwei.reporting.CampaignFixture;
import io.shouwei.reporting.HazardEvents;
import io.shouwei.reporting.MovableClock;
import io.shouwei.reporting.ingest.EnvelopeParser;
import io.shouwei.reporting.ingest.EventRouter;
import io.shouwei.reporting.projection.AggregateProjection;
import io.shouwei.reporting.projection.CampaignStore;
import io.shouwei.reporting.projection.HazardStatus;
import io.shouwei.reporting.projection.HazardStore;
import io.shouwei.reporting.projection.HeldEvents;
import io.shouwei.reporting.projection.MineStore;
import io.shouwei.reporting.projection.OrderStatus;
import io.shouwei.reporting.projection.OrderStore;
import io.shouwei.reporting.projection.ReadModelCollections;
import io.shouwei.reporting.projection.TipStore;
import io.shouwei.reporting.query.CampaignSummaryResponse.Cell;
import io.shouwei.reporting.query.CampaignSummaryResponse.HazardFigures;
import io.shouwei.reporting.query.CampaignSummaryResponse.LookBack;
import io.shouwei.reporting.query.CampaignSummaryResponse.OrderFigures;
import io.shouwei.reporting.query.CampaignSummaryResponse.OverdueHazard;
import io.shouwei.reporting.query.CampaignSummaryResponse.PhaseFigures;
import io.shouwei.reporting.query.CampaignSummaryResponse.SignOffTimes;
import io.shouwei.reporting.query.CampaignSummaryResponse.TipFigures;
import io.shouwei.platform.web.ProblemException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * The campaign summary over the hand-computed {@link CampaignFixture}: every figure as worked out
 * by hand, for each scope; the same figures after a delivery with duplicates and out of order, and
 * after a rebuild into fresh collections.
 */
class CampaignSummaryIT {

  private static final CampaignFixture FIXTURE = new CampaignFixture("s");

  private static MongoWireServer server;
  private static MongoClient client;
  private static MongoDatabase database;

  private final MovableClock clock = new MovableClock(CampaignFixture.NOW);
  private CampaignSummaryQueries queries;

  @BeforeAll
  static void start() {
    server = MongoWireServer.inMemory();
    client = MongoClients.create(server.connectionString("summary"));
    database = client.getDatabase("summary");
    Stores stores = new Stores(database);
    FIXTURE.events().forEach(stores::project);
  }

  @AfterAll
  static void stop() {
    client.close();
    server.close();
  }

  @BeforeEach
  void queries() {
    queries = new Stores(database).queries(clock);
  }

  @Test
  void district_seesEveryFigure_asComputedByHand() {
    CampaignSummaryResponse s = queries.summary(district(), FIXTURE.campaign);

    assertThat(s.asOf()).isEqualTo(CampaignFixture.NOW);
    assertThat(s.campaign().id()).isEqualTo(FIXTURE.campaign);
    assertThat(s.campaign().townCodes()).containsExactly(FIXTURE.t1, FIXTURE.t2, FIXTURE.t3);
    assertThat(s.campaign().phases()).hasSize(3);

    figures(s.totals(), 13, 10, 3, 5, 3, "0.7692", "0.6000");
    assertThat(s.totals().byStatus())
        .containsEntry(HazardStatus.REPORTED, 0L).containsEntry(HazardStatus.PLANNED, 2L)
        .containsEntry(HazardStatus.RECTIFYING, 0L).containsEntry(HazardStatus.SUBMITTED, 0L)
        .containsEntry(HazardStatus.SIGNED_OFF, 10L).containsEntry(HazardStatus.REOPENED, 1L);

    assertThat(s.byTown()).containsOnlyKeys(FIXTURE.t1, FIXTURE.t2);
    figures(s.byTown().get(FIXTURE.t1), 7, 5, 2, 3, 1, "0.7143", "0.3333");
    figures(s.byTown().get(FIXTURE.t2), 6, 5, 1, 2, 2, "0.8333", "1.0000");

    assertThat(s.byMineType()).containsOnlyKeys("OPEN_PIT", "UNDERGROUND", "TAILINGS_POND", "UNKNOWN");
    figures(s.byMineType().get("OPEN_PIT"), 4, 3, 1, 2, 1, "0.7500", "0.5000");
    figures(s.byMineType().get("UNDERGROUND"), 3, 2, 1, 1, 0, "0.6667", "0.0000");
    figures(s.byMineType().get("TAILINGS_POND"), 4, 4, 0, 1, 1, "1.0000", "1.0000");
    figures(s.byMineType().get("UNKNOWN"), 2, 1, 1, 1, 1, "0.5000", "1.0000");

    assertThat(s.byLevel()).containsOnlyKeys(HazardLevel.MAJOR, HazardLevel.GENERAL);
    figures(s.byLevel().get(HazardLevel.MAJOR), 5, 3, 2, 5, 3, "0.6000", "0.6000");
    figures(s.byLevel().get(HazardLevel.GENERAL), 8, 7, 1, 0, 0, "0.8750", null);

    assertThat(s.bySource()).hasSize(5);
    figures(s.bySource().get(HazardSource.AGENCY_INSPECTION), 5, 5, 0, 1, 1, "1.0000", "1.0000");
    figures(s.bySource().get(HazardSource.SELF_INSPECTION), 4, 3, 1, 2, 1, "0.7500", "0.5000");
    figures(s.bySource().get(HazardSource.SPOT_CHECK), 2, 1, 1, 2, 1, "0.5000", "0.5000");
    figures(s.bySource().get(HazardSource.WHISTLEBLOWER_TIP), 1, 1, 0, 0, 0, "1.0000", null);
    figures(s.bySource().get(HazardSource.REVISIT), 1, 0, 1, 0, 0, "0.0000", null);

    assertThat(s.overdue()).extracting(OverdueHazard::id)
        .containsExactly(FIXTURE.id("h2"), FIXTURE.id("h3"), FIXTURE.id("h5"));
    assertThat(s.overdue()).extracting(OverdueHazard::daysOverdue).containsExactly(75L, 45L, 5L);
    assertThat(s.overdue().get(0).deadline()).isEqualTo(Instant.parse("2026-04-01T00:00:00Z"));
    assertThat(s.overdue().get(1).status()).isEqualTo(HazardStatus.REOPENED);

    // hours to sign-off: 13 24 36 48 72 96 120 240 300 480; sum 1429 h = 5.954 d; rank 9 = 300 h
    assertThat(s.daysToSignOff()).isEqualTo(new SignOffTimes(10, new BigDecimal("5.95"), new BigDecimal("12.50")));

    assertThat(s.orders()).isEqualTo(
        new OrderFigures(6, 4, 2, 1, 1, 1, statuses(2, 0, 1, 1, 0, 1, 1)));
    assertThat(s.lookBack()).isEqualTo(new LookBack(2, 3, 1, 1, 1));
    assertThat(s.funds().totalCny()).isEqualTo(new BigDecimal("251100.90"));
    assertThat(s.funds().hazardsWithFunds()).isEqualTo(4);

    assertThat(s.phases()).extracting(PhaseFigures::kind)
        .containsExactly(PhaseKind.MOBILISATION, PhaseKind.CONCENTRATED_PUSH, PhaseKind.SUMMARY);
    assertThat(s.phases()).extracting(PhaseFigures::hazardsReported).containsExactly(3L, 8L, 2L);
    assertThat(s.phases()).extracting(PhaseFigures::hazardsSignedOff).containsExactly(1L, 8L, 1L);
    assertThat(s.phases()).extracting(PhaseFigures::ordersIssued).containsExactly(1L, 3L, 2L);

    assertThat(s.tips()).isEqualTo(new TipFigures(4, 2, 1, 1));
    cellsAddUpToTheBreakdowns(s);
    assertThat(s.ordersByTown()).containsOnlyKeys(FIXTURE.t1, FIXTURE.t2);
    assertThat(s.ordersByTown().values().stream().mapToLong(OrderFigures::issued).sum()).isEqualTo(6);
    assertThat(s.ordersByTown().values().stream().mapToLong(OrderFigures::stopOrders).sum()).isEqualTo(4);
    assertThat(queries.summary(auditor(), FIXTURE.campaign)).isEqualTo(s);
  }

  @Test
  void enterprise_countsOnlyItsOwnObjects_inTheSameShape() {
    CampaignSummaryResponse s = queries.summary(enterprise(FIXTURE.entA), FIXTURE.campaign);

    figures(s.totals(), 7, 5, 2, 3, 1, "0.7143", "0.3333");
    assertThat(s.byTown()).containsOnlyKeys(FIXTURE.t1);
    assertThat(s.byMineType()).containsOnlyKeys("OPEN_PIT", "UNDERGROUND");
    assertThat(s.cells()).extracting(Cell::townCode).containsOnly(FIXTURE.t1);
    cellsAddUpToTheBreakdowns(s);
    assertThat(s.ordersByTown()).containsOnlyKeys(FIXTURE.t1);
    assertThat(s.overdue()).extracting(OverdueHazard::id).containsExactly(FIXTURE.id("h2"), FIXTURE.id("h3"));
    // hours: 13 24 48 72 240; sum 397 h = 3.308 d; rank 5 = 240 h
    assertThat(s.daysToSignOff()).isEqualTo(new SignOffTimes(5, new BigDecimal("3.31"), new BigDecimal("10.00")));
    assertThat(s.orders()).isEqualTo(new OrderFigures(3, 2, 2, 1, 0, 1, statuses(0, 0, 1, 1, 0, 0, 1)));
    assertThat(s.lookBack()).isEqualTo(new LookBack(1, 1, 1, 0, 0));
    assertThat(s.funds().totalCny()).isEqualTo(new BigDecimal("251001.00"));
    assertThat(s.phases()).extracting(PhaseFigures::hazardsReported).containsExactly(2L, 4L, 1L);
    assertThat(s.phases()).extracting(PhaseFigures::hazardsSignedOff).containsExactly(1L, 3L, 1L);
    assertThat(s.phases()).extracting(PhaseFigures::ordersIssued).containsExactly(1L, 1L, 1L);
    assertThat(s.tips()).isNull();
  }

  @Test
  void townAgency_andSuperiorCompany_countTheirSubset_andOnlyTheAgencySeesTips() {
    CampaignSummaryResponse byTown = queries.summary(town(FIXTURE.t2), FIXTURE.campaign);
    CampaignSummaryResponse byGroup = queries.summary(superior(FIXTURE.entB, FIXTURE.entC), FIXTURE.campaign);

    figures(byTown.totals(), 6, 5, 1, 2, 2, "0.8333", "1.0000");
    assertThat(byTown.orders()).isEqualTo(new OrderFigures(3, 2, 0, 0, 1, 0, statuses(2, 0, 0, 0, 0, 1, 0)));
    assertThat(byTown.funds().totalCny()).isEqualTo(new BigDecimal("99.90"));
    assertThat(byTown.tips()).isEqualTo(new TipFigures(1, 0, 0, 1));
    assertThat(byGroup.totals()).isEqualTo(byTown.totals());
    assertThat(byGroup.orders()).isEqualTo(byTown.orders());
    assertThat(byGroup.tips()).isNull();
    assertThat(queries.summary(town(FIXTURE.t1), FIXTURE.campaign).tips()).isEqualTo(new TipFigures(2, 1, 1, 0));
    assertThat(queries.summary(town(FIXTURE.t3), FIXTURE.campaign).tips()).isEqualTo(new TipFigures(1, 1, 0, 0));
  }

  @Test
  void foreignCaller_getsTheShapeWithNothingInIt() {
    CampaignSummaryResponse s = queries.summary(enterprise("ent-elsewhere"), FIXTURE.campaign);

    figures(s.totals(), 0, 0, 0, 0, 0, null, null);
    assertThat(s.byTown()).isEmpty();
    assertThat(s.overdue()).isEmpty();
    assertThat(s.daysToSignOff()).isEqualTo(new SignOffTimes(0, null, null));
    assertThat(s.orders().issued()).isZero();
    assertThat(s.funds().totalCny()).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(s.phases()).extracting(PhaseFigures::hazardsReported).containsExactly(0L, 0L, 0L);
  }

  @Test
  void overdue_followsTheClock() {
    clock.set(Instant.parse("2026-04-02T00:00:00Z"));

    CampaignSummaryResponse s = queries.summary(district(), FIXTURE.campaign);

    assertThat(s.totals().overdue()).isEqualTo(1);
    assertThat(s.overdue()).extracting(OverdueHazard::id).containsExactly(FIXTURE.id("h2"));
    assertThat(s.overdue().get(0).daysOverdue()).isEqualTo(1);
  }

  @Test
  void unknownCampaign_is404() {
    assertThatThrownBy(() -> queries.summary(district(), "camp-none"))
        .isInstanceOfSatisfying(ProblemException.class,
            e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND));
  }

  @Test
  void duplicatesAndAnyOrder_throughTheRouter_andARebuild_giveTheSameFigures() {
    MongoDatabase redelivered = client.getDatabase("summary_redelivered");
    Stores stores = new Stores(redelivered);
    EventRouter router =
        new EventRouter(stores.all(), new HeldEvents(ReadModelCollections.first(redelivered)),
            new EnvelopeParser(Jackson2ObjectMapperBuilder.json().build()), new SimpleMeterRegistry());
    List<EventEnvelope<?>> delivery = new ArrayList<>(FIXTURE.events());
    delivery.addAll(FIXTURE.events().subList(0, 40));
    Collections.shuffle(delivery, new Random(20260315));
    delivery.forEach(event -> router.route(HazardEvents.json(event)));

    MongoDatabase rebuilt = client.getDatabase("summary_rebuilt");
    Stores fresh = new Stores(rebuilt);
    FIXTURE.events().forEach(fresh::project);

    for (var caller : List.of(district(), enterprise(FIXTURE.entA), town(FIXTURE.t2), superior(FIXTURE.entB))) {
      CampaignSummaryResponse expected = queries.summary(caller, FIXTURE.campaign);
      assertThat(stores.queries(clock).summary(caller, FIXTURE.campaign)).isEqualTo(expected);
      assertThat(fresh.queries(clock).summary(caller, FIXTURE.campaign)).isEqualTo(expected);
    }
    assertThat(new HeldEvents(ReadModelCollections.first(redelivered)).count()).isZero();
  }

  private static void figures(
      HazardFigures f, long total, long signedOff, long overdue, long major, long majorSignedOff, String closure,
      String majorClosure) {
    assertThat(f.total()).as("total").isEqualTo(total);
    assertThat(f.signedOff()).as("signed off").isEqualTo(signedOff);
    assertThat(f.overdue()).as("overdue").isEqualTo(overdue);
    assertThat(f.major()).as("major").isEqualTo(major);
    assertThat(f.majorSignedOff()).as("major signed off").isEqualTo(majorSignedOff);
    assertThat(f.closureRate()).as("closure rate").isEqualTo(closure == null ? null : new BigDecimal(closure));
    assertThat(f.majorClosureRate()).as("major closure rate")
        .isEqualTo(majorClosure == null ? null : new BigDecimal(majorClosure));
    assertThat(f.byStatus().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(total);
  }

  /** The counts of each order status, in {@link OrderStatus} order. */
  private static Map<OrderStatus, Long> statuses(long... counts) {
    Map<OrderStatus, Long> byStatus = new EnumMap<>(OrderStatus.class);
    for (OrderStatus status : OrderStatus.values()) {
      byStatus.put(status, counts[status.ordinal()]);
    }
    return byStatus;
  }

  /** Every store of one database. */
  private record Stores(
      HazardStore hazards, MineStore mines, OrderStore orders, CampaignStore campaigns, TipStore tips) {

    Stores(MongoDatabase database) {
      this(new HazardStore(ReadModelCollections.first(database)), database);
    }

    private Stores(HazardStore hazards, MongoDatabase database) {
      this(hazards, new MineStore(ReadModelCollections.first(database), hazards), new OrderStore(ReadModelCollections.first(database)), new CampaignStore(ReadModelCollections.first(database)),
          new TipStore(ReadModelCollections.first(database)));
    }

    List<AggregateProjection> all() {
      return List.of(hazards, mines, orders, campaigns, tips);
    }

    void project(EventEnvelope<?> event) {
      all().stream().filter(p -> p.aggregateType().equals(event.aggregateType())).forEach(p -> p.project(event));
    }

    CampaignSummaryQueries queries(MovableClock clock) {
      return new CampaignSummaryQueries(campaigns, hazards, orders, tips, clock);
    }
  }

  /** Town × mine type × level is the finest breakdown: summed up, it gives every coarser one. */
  private static void cellsAddUpToTheBreakdowns(CampaignSummaryResponse s) {
    assertThat(s.cells().stream().mapToLong(c -> c.hazards().total()).sum()).isEqualTo(s.totals().total());
    Map<String, Long> byTown = new TreeMap<>();
    Map<String, Long> byType = new TreeMap<>();
    Map<HazardLevel, Long> byLevel = new TreeMap<>();
    Map<HazardLevel, Long> overdueByLevel = new TreeMap<>();
    for (Cell cell : s.cells()) {
      byTown.merge(cell.townCode(), cell.hazards().total(), Long::sum);
      byType.merge(cell.mineType(), cell.hazards().total(), Long::sum);
      byLevel.merge(cell.level(), cell.hazards().total(), Long::sum);
      overdueByLevel.merge(cell.level(), cell.hazards().overdue(), Long::sum);
    }
    s.byTown().forEach((town, f) -> assertThat(byTown).containsEntry(town, f.total()));
    s.byMineType().forEach((type, f) -> assertThat(byType).containsEntry(type, f.total()));
    s.byLevel().forEach((level, f) -> {
      assertThat(byLevel).containsEntry(level, f.total());
      assertThat(overdueByLevel).containsEntry(level, f.overdue());
    });
    assertThat(s.cells().stream().map(c -> c.funds().totalCny()).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualTo(s.funds().totalCny());
  }
}
