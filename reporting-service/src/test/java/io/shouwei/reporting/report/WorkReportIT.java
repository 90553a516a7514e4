package io.shouwei.reporting.report;

import static io.shouwei.reporting.RoleCallers.admin;
import static io.shouwei.reporting.RoleCallers.auditor;
import static io.shouwei.reporting.RoleCallers.district;
import static io.shouwei.reporting.RoleCallers.enterprise;
import static io.shouwei.reporting.RoleCallers.superior;
import static io.shouwei.reporting.RoleCallers.town;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shouwei.contracts.EventEnvelope;
import io.shouwei.contracts.order.OrderType;
import io.shouwei.platform.security.Caller;
import io.shouwei.platform.web.ProblemException;
import io.shouwei.reporting.CampaignFixture;
import io.shouwei.reporting.SupervisionEvents;
import io.shouwei.reporting.projection.HazardStatus;
import io.shouwei.reporting.query.CampaignSummaryQueries;
import io.shouwei.reporting.query.CampaignSummaryResponse;
import io.shouwei.reporting.report.WorkReport.MajorHazard;
import io.shouwei.reporting.report.WorkReport.OrderRow;
import io.shouwei.reporting.report.WorkReport.OverdueRow;
import io.shouwei.reporting.report.WorkReport.ReopenedRow;
import io.shouwei.reporting.report.WorkReport.TownRow;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * The work report's model over the hand-computed {@link CampaignFixture}: the summary's figures,
 * the tables, the data position, and what each role and each filter gets. The file formats are
 * read back in {@link WorkReportFilesIT}.
 */
class WorkReportIT {

  static final CampaignFixture FIXTURE = new CampaignFixture("w");

  private static FixtureReports stores;
  private static WorkReportQueries reports;
  private static CampaignSummaryQueries summaries;

  @BeforeAll
  static void start() {
    stores = new FixtureReports(FIXTURE);
    reports = stores.reports;
    summaries = stores.summaries;
  }

  @AfterAll
  static void stop() {
    stores.close();
  }

  /** The district's report over the whole fixture. */
  private static WorkReport districtReport() {
    return reports.report(district(), FIXTURE.campaign, null, null);
  }

  @Test
  void district_getsTheSummarysFigures_andTheCampaignsFacts() {
    WorkReport r = districtReport();
    CampaignSummaryResponse summary = summaries.summary(district(), FIXTURE.campaign);

    assertThat(r.campaign().name()).isEqualTo("2026 spring non-coal mine hazard campaign");
    assertThat(r.campaign().issuingOrganisation()).isEqualTo("District emergency bureau");
    assertThat(r.campaign().reportDueDate()).isEqualTo(SupervisionEvents.REPORT_DUE);
    assertThat(r.generatedAt()).isEqualTo(CampaignFixture.NOW);
    assertThat(r.figures().totals()).isEqualTo(summary.totals());
    assertThat(r.figures().totals().total()).isEqualTo(13);
    assertThat(r.figures().totals().closureRate()).isEqualByComparingTo("0.7692");
    assertThat(r.figures().totals().majorClosureRate()).isEqualByComparingTo("0.6000");
    assertThat(r.figures().totals().overdue()).isEqualTo(3);
    assertThat(r.figures().daysToSignOff()).isEqualTo(summary.daysToSignOff());
    assertThat(r.figures().funds().totalCny()).isEqualByComparingTo("251100.90");
    assertThat(r.figures().orders()).isEqualTo(summary.orders());
    assertThat(r.figures().lookBack()).isEqualTo(summary.lookBack());
    assertThat(r.phases()).isEqualTo(summary.phases());
  }

  @Test
  void district_getsEveryCampaignTown_withItsFundsAndOrders() {
    List<TownRow> towns = districtReport().towns();

    assertThat(towns).extracting(TownRow::townCode).containsExactly(FIXTURE.t1, FIXTURE.t2, FIXTURE.t3);
    assertThat(towns).extracting(t -> t.hazards().total()).containsExactly(7L, 6L, 0L);
    assertThat(towns).extracting(TownRow::fundsCny)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("251001.00"), new BigDecimal("99.90"), BigDecimal.ZERO);
    assertThat(towns).extracting(TownRow::ordersIssued).containsExactly(3L, 3L, 0L);
    assertThat(towns).extracting(TownRow::stopOrders).containsExactly(2L, 2L, 0L);
    assertThat(towns.get(2).hazards().closureRate()).isNull();
  }

  @Test
  void majorHazards_haveTheirFiveItemsAndStatus_inOrderOfReport() {
    List<MajorHazard> major = districtReport().majorHazards();

    assertThat(major).extracting(MajorHazard::id)
        .containsExactly(FIXTURE.id("h2"), FIXTURE.id("h3"), FIXTURE.id("h7"), FIXTURE.id("h9"), FIXTURE.id("h13"));
    MajorHazard h2 = major.get(0);
    assertThat(h2.status()).isEqualTo(HazardStatus.PLANNED);
    assertThat(h2.overdue()).isTrue();
    assertThat(h2.measures()).containsExactly("fix it");
    assertThat(h2.fundsCny()).isEqualByComparingTo("250000.55");
    assertThat(h2.fundsSource()).isEqualTo("enterprise budget");
    assertThat(h2.deadline()).isEqualTo(Instant.parse("2026-04-01T00:00:00Z"));
    assertThat(h2.responsiblePerson()).isEqualTo("Li");
    assertThat(h2.responsiblePosition()).isEqualTo("manager");
    assertThat(h2.responsibleUnit()).isEqualTo("pit");
    assertThat(h2.mineName()).isEqualTo("North pit " + FIXTURE.m1);
    assertThat(h2.enterpriseName()).isEqualTo("Enterprise " + FIXTURE.entA);
    assertThat(major.get(1).status()).isEqualTo(HazardStatus.REOPENED);
    assertThat(major.get(2).status()).isEqualTo(HazardStatus.SIGNED_OFF);
    assertThat(major.get(2).overdue()).isFalse();
    assertThat(major.get(4).mineName()).as("an unregistered mine shows its id").isEqualTo(FIXTURE.m4);
  }

  @Test
  void orders_stopOrdersFirst_overdue_andLookBack() {
    WorkReport r = districtReport();

    assertThat(r.orders()).extracting(OrderRow::id)
        .containsExactly(FIXTURE.id("o1"), FIXTURE.id("o2"), FIXTURE.id("o6"), FIXTURE.id("o4"), FIXTURE.id("o3"),
            FIXTURE.id("o5"));
    assertThat(r.orders()).filteredOn(o -> o.type() == OrderType.STOP_PRODUCTION).hasSize(4);
    assertThat(r.orders()).filteredOn(OrderRow::stopsItsMineNow).extracting(OrderRow::id)
        .containsExactly(FIXTURE.id("o1"), FIXTURE.id("o4"));
    assertThat(r.overdue()).extracting(OverdueRow::id).containsExactly(FIXTURE.id("h2"), FIXTURE.id("h3"), FIXTURE.id("h5"));
    assertThat(r.overdue()).extracting(OverdueRow::daysOverdue).containsExactly(75L, 45L, 5L);
    assertThat(r.reopened()).extracting(ReopenedRow::id).containsExactly(FIXTURE.id("h3"), FIXTURE.id("h4"));
    assertThat(r.reopened()).extracting(ReopenedRow::timesReopened).containsExactly(1, 2);
    assertThat(r.reopened()).extracting(ReopenedRow::status).containsExactly(HazardStatus.REOPENED, HazardStatus.SIGNED_OFF);
  }

  @Test
  void dataPosition_isTheLatestEventAndTheNumberOfEventsReflected() {
    Set<String> aggregates =
        Stream.concat(Stream.of(FIXTURE.campaign),
                Stream.of("h1", "h2", "h3", "h4", "h5", "h6", "h7", "h8", "h9", "h10", "h11", "h12", "h13", "o1", "o2",
                    "o3", "o4", "o5", "o6").map(FIXTURE::id))
            .collect(Collectors.toSet());
    List<EventEnvelope<?>> reflected =
        FIXTURE.events().stream().filter(e -> aggregates.contains(e.aggregateId())).toList();

    WorkReport.DataPosition position = districtReport().dataPosition();

    assertThat(position.events()).isEqualTo(reflected.size());
    assertThat(position.documents()).isEqualTo(20);
    assertThat(position.lastEventAt())
        .isEqualTo(reflected.stream().map(EventEnvelope::occurredAt).max(Comparator.naturalOrder()).orElseThrow());
  }

  @Test
  void everyRole_getsItsOwnSubset_andTheDistrictsReadersTheWhole() {
    Map<Caller, List<Long>> totalsAndTowns =
        Map.of(
            enterprise(FIXTURE.entA), List.of(7L, 1L),
            enterprise(FIXTURE.entB), List.of(4L, 1L),
            town(FIXTURE.t2), List.of(6L, 1L),
            town(FIXTURE.t3), List.of(0L, 1L),
            superior(FIXTURE.entB, FIXTURE.entC), List.of(6L, 1L),
            enterprise("ent-elsewhere"), List.of(0L, 0L));

    for (var caller : totalsAndTowns.entrySet()) {
      WorkReport r = reports.report(caller.getKey(), FIXTURE.campaign, null, null);
      assertThat(r.figures().totals().total()).as(caller.getKey().role().name()).isEqualTo(caller.getValue().get(0));
      assertThat((long) r.towns().size()).as(caller.getKey().role().name()).isEqualTo(caller.getValue().get(1));
    }
    assertThat(reports.report(auditor(), FIXTURE.campaign, null, null)).isEqualTo(districtReport());
    assertThat(reports.report(admin(), FIXTURE.campaign, null, null)).isEqualTo(districtReport());
    WorkReport ofA = reports.report(enterprise(FIXTURE.entA), FIXTURE.campaign, null, null);
    assertThat(ofA.majorHazards()).extracting(MajorHazard::id)
        .containsExactly(FIXTURE.id("h2"), FIXTURE.id("h3"), FIXTURE.id("h7"));
    assertThat(ofA.orders()).extracting(OrderRow::townCode).containsOnly(FIXTURE.t1);
  }

  @Test
  void filters_narrowTheReport_andAForeignFilterFindsNothingOfTheirs() {
    WorkReport t1 = reports.report(district(), FIXTURE.campaign, FIXTURE.t1, null);
    WorkReport entB = reports.report(district(), FIXTURE.campaign, null, FIXTURE.entB);
    WorkReport foreignTown = reports.report(town(FIXTURE.t1), FIXTURE.campaign, FIXTURE.t2, null);
    WorkReport foreignEnterprise = reports.report(enterprise(FIXTURE.entA), FIXTURE.campaign, null, FIXTURE.entB);

    assertThat(t1.figures().totals().total()).isEqualTo(7);
    assertThat(t1.towns()).extracting(TownRow::townCode).containsExactly(FIXTURE.t1);
    assertThat(t1.town()).isEqualTo(FIXTURE.t1);
    assertThat(entB.figures().totals().total()).isEqualTo(4);
    assertThat(entB.towns()).extracting(TownRow::townCode).containsExactly(FIXTURE.t2);
    for (WorkReport nothing : List.of(foreignTown, foreignEnterprise)) {
      assertThat(nothing.figures().totals().total()).isZero();
      assertThat(nothing.towns()).isEmpty();
      assertThat(nothing.majorHazards()).isEmpty();
      assertThat(nothing.orders()).isEmpty();
      assertThat(nothing.overdue()).isEmpty();
      assertThat(nothing.dataPosition().documents()).isEqualTo(1);
    }
  }

  @Test
  void unknownCampaign_is404() {
    assertThatThrownBy(() -> reports.report(district(), "camp-none", null, null))
        .isInstanceOfSatisfying(ProblemException.class,
            e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND));
  }
}
