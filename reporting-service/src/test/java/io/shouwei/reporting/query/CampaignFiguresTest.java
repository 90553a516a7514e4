package io.shouwei.reporting.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.shouwei.contracts.campaign.Phase;
import io.shouwei.contracts.campaign.PhaseKind;
import io.shouwei.contracts.hazard.HazardLevel;
import io.shouwei.contracts.hazard.HazardSource;
import io.shouwei.reporting.projection.HazardDocument;
import io.shouwei.reporting.projection.HazardStatus;
import io.shouwei.contracts.mine.MineType;
import io.shouwei.reporting.query.CampaignSummaryResponse.Cell;
import io.shouwei.reporting.query.CampaignSummaryResponse.HazardFigures;
import io.shouwei.reporting.query.CampaignSummaryResponse.SignOffTimes;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The arithmetic of the campaign summary: rates, the mean and the 90th percentile, the phase days. */
class CampaignFiguresTest {

  private static final Instant REPORTED = Instant.parse("2026-03-01T00:00:00Z");

  @Test
  void rate_isAFractionToFourDecimals_roundedHalfUp_andNullWithoutAWhole() {
    assertThat(CampaignFigures.rate(2, 3)).isEqualTo(new BigDecimal("0.6667"));
    assertThat(CampaignFigures.rate(1, 8)).isEqualTo(new BigDecimal("0.1250"));
    assertThat(CampaignFigures.rate(0, 5)).isEqualTo(new BigDecimal("0.0000"));
    assertThat(CampaignFigures.rate(0, 0)).isNull();
  }

  @Test
  void p90_isTheNearestRank_forEverySizeUpToTwenty() {
    for (int n = 1; n <= 20; n++) {
      long[] hours = new long[n];
      for (int i = 0; i < n; i++) {
        hours[i] = 24L * (n - i);
      }
      SignOffTimes times = CampaignFigures.signOffTimes(signedOffAfter(hours));
      long rank = (long) Math.ceil(n * 9 / 10.0);
      assertThat(times.count()).isEqualTo(n);
      assertThat(times.p90Days()).as("n=%d", n).isEqualTo(new BigDecimal(rank + ".00"));
    }
  }

  @Test
  void mean_isInDecimalDays_roundedHalfUp_overSignedOffHazardsOnly() {
    List<HazardDocument> hazards = new ArrayList<>(signedOffAfter(1, 2));
    hazards.add(hazard(HazardStatus.REOPENED, null));

    assertThat(CampaignFigures.signOffTimes(hazards))
        .isEqualTo(new SignOffTimes(2, new BigDecimal("0.06"), new BigDecimal("0.08")));
    assertThat(CampaignFigures.signOffTimes(List.of())).isEqualTo(new SignOffTimes(0, null, null));
  }

  @Test
  void phaseDays_areDaysOfChinaStandardTime_bothEndsIncluded() {
    Phase march = new Phase(PhaseKind.MOBILISATION, "动员部署", LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-10"));

    assertThat(CampaignFigures.within(march, Instant.parse("2026-02-28T16:00:00Z"))).isTrue();
    assertThat(CampaignFigures.within(march, Instant.parse("2026-02-28T15:59:59Z"))).isFalse();
    assertThat(CampaignFigures.within(march, Instant.parse("2026-03-10T15:59:59Z"))).isTrue();
    assertThat(CampaignFigures.within(march, Instant.parse("2026-03-10T16:00:00Z"))).isFalse();
    assertThat(CampaignFigures.within(march, null)).isFalse();
  }

  @Test
  void cells_crossTownMineTypeAndLevel_addUpToTheTotals_inTownTypeLevelOrder() {
    Instant now = REPORTED.plus(Duration.ofDays(40));
    Instant pastDeadline = REPORTED.plus(Duration.ofDays(10));
    List<HazardDocument> hazards = List.of(
        hazard("a", "town-2", MineType.OPEN_PIT, HazardLevel.MAJOR, HazardStatus.SIGNED_OFF, REPORTED.plus(Duration.ofDays(2)), null, 1),
        hazard("b", "town-1", MineType.UNDERGROUND, HazardLevel.GENERAL, HazardStatus.RECTIFYING, null, pastDeadline, 0),
        hazard("c", "town-1", MineType.UNDERGROUND, HazardLevel.GENERAL, HazardStatus.SIGNED_OFF, REPORTED.plus(Duration.ofDays(4)), null, 0),
        hazard("d", "town-1", null, HazardLevel.MAJOR, HazardStatus.REPORTED, null, null, 0),
        hazard("e", "town-1", MineType.UNDERGROUND, HazardLevel.MAJOR, HazardStatus.PLANNED, null, null, 0));

    List<Cell> cells = CampaignFigures.cells(hazards, now);

    assertThat(cells)
        .extracting(Cell::townCode, Cell::mineType, Cell::level)
        .containsExactly(
            tuple("town-1", "UNDERGROUND", HazardLevel.MAJOR),
            tuple("town-1", "UNDERGROUND", HazardLevel.GENERAL),
            tuple("town-1", "UNKNOWN", HazardLevel.MAJOR),
            tuple("town-2", "OPEN_PIT", HazardLevel.MAJOR));
    Cell general = cells.get(1);
    assertThat(general.hazards().total()).isEqualTo(2);
    assertThat(general.hazards().overdue()).isEqualTo(1);
    assertThat(general.hazards().signedOff()).isEqualTo(1);
    assertThat(general.hazards().closureRate()).isEqualTo(new BigDecimal("0.5000"));
    assertThat(general.daysToSignOff()).isEqualTo(new SignOffTimes(1, new BigDecimal("4.00"), new BigDecimal("4.00")));
    assertThat(cells.get(3).lookBack().hazardsReopened()).isEqualTo(1);
    assertThat(cells.get(3).hazards().majorClosureRate()).isEqualTo(new BigDecimal("1.0000"));

    HazardFigures totals = CampaignFigures.hazardFigures(hazards, now);
    assertThat(cells.stream().mapToLong(c -> c.hazards().total()).sum()).isEqualTo(totals.total());
    assertThat(cells.stream().mapToLong(c -> c.hazards().overdue()).sum()).isEqualTo(totals.overdue());
    assertThat(cells.stream().mapToLong(c -> c.hazards().major()).sum()).isEqualTo(totals.major());
    for (HazardStatus status : HazardStatus.values()) {
      assertThat(cells.stream().mapToLong(c -> c.hazards().byStatus().get(status)).sum())
          .as(status.name()).isEqualTo(totals.byStatus().get(status));
    }
    assertThat(CampaignFigures.cells(List.of(), now)).isEmpty();
  }

  private static List<HazardDocument> signedOffAfter(long... hours) {
    return Arrays.stream(hours).mapToObj(h -> hazard(HazardStatus.SIGNED_OFF, REPORTED.plus(Duration.ofHours(h)))).toList();
  }

  private static HazardDocument hazard(
      String id, String town, MineType type, HazardLevel level, HazardStatus status, Instant signedOffAt, Instant deadline,
      int timesReopened) {
    return new HazardDocument(
        id, "YH-" + id, "mine-" + id, type, "ent-1", town, "camp-1", HazardSource.AGENCY_INSPECTION, "slope", "t", "d",
        "l", REPORTED, REPORTED, null, status, level, null, List.of(), List.of(), null, List.of(), null,
        deadline, null, null, signedOffAt, timesReopened, 0, REPORTED);
  }

  private static HazardDocument hazard(HazardStatus status, Instant signedOffAt) {
    return new HazardDocument(
        "hz", "YH-1", "mine-1", null, "ent-1", "town-1", "camp-1", HazardSource.AGENCY_INSPECTION, "slope", "t", "d",
        "l", REPORTED, REPORTED, null, status, HazardLevel.GENERAL, null, List.of(), List.of(), null, List.of(), null,
        null, null, null, signedOffAt, 0, 0, REPORTED);
  }
}
