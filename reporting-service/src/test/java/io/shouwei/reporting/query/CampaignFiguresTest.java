package io.shouwei.reporting.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.shouwei.contracts.campaign.Phase;
import io.shouwei.contracts.campaign.PhaseKind;
import io.shouwei.contracts.hazard.HazardLevel;
import io.shouwei.contracts.hazard.HazardSource;
import io.shouwei.reporting.projection.HazardDocument;
import io.shouwei.reporting.projection.HazardStatus;
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

  private static List<HazardDocument> signedOffAfter(long... hours) {
    return Arrays.stream(hours).mapToObj(h -> hazard(HazardStatus.SIGNED_OFF, REPORTED.plus(Duration.ofHours(h)))).toList();
  }

  private static HazardDocument hazard(HazardStatus status, Instant signedOffAt) {
    return new HazardDocument(
        "hz", "YH-1", "mine-1", null, "ent-1", "town-1", "camp-1", HazardSource.AGENCY_INSPECTION, "slope", "t", "d",
        "l", REPORTED, REPORTED, null, status, HazardLevel.GENERAL, null, List.of(), List.of(), null, List.of(), null,
        null, null, null, signedOffAt, 0, 0, REPORTED);
  }
}
