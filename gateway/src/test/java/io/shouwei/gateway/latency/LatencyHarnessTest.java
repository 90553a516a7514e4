package io.shouwei.gateway.latency;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatencyHarnessTest {

  @Test
  void percentiles_areNearestRank_inMilliseconds() {
    long[] nanos = new long[100];
    for (int i = 0; i < 100; i++) {
      nanos[i] = (100 - i) * 1_000_000L;
    }

    assertThat(LatencyHarness.percentile(nanos, 50)).isEqualTo(50.0);
    assertThat(LatencyHarness.percentile(nanos, 95)).isEqualTo(95.0);
    assertThat(LatencyHarness.percentile(new long[] {3_000_000L}, 95)).isEqualTo(3.0);
  }
}
