package io.shouwei.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatsTest {

  @Test
  void percentilesAreNearestRankOverTheSortedSample() {
    List<Double> millis = new ArrayList<>();
    for (int i = 100; i >= 1; i--) {
      millis.add((double) i);
    }
    Collections.shuffle(millis);
    Stats stats = Stats.of(millis);

    assertThat(stats.count()).isEqualTo(100);
    assertThat(stats.p50()).isEqualTo(50.0);
    assertThat(stats.p99()).isEqualTo(99.0);
    assertThat(stats.percentile(100)).isEqualTo(100.0);
    assertThat(stats.max()).isEqualTo(100.0);
    assertThat(stats.mean()).isEqualTo(50.5);
  }

  @Test
  void aSingleValueIsEveryPercentileAndAnEmptySampleHasNone() {
    assertThat(Stats.of(List.of(7.0)).percentile(1)).isEqualTo(7.0);
    assertThat(Stats.of(List.of(7.0)).p99()).isEqualTo(7.0);
    assertThat(Stats.of(List.of()).p50()).isNaN();
  }
}
