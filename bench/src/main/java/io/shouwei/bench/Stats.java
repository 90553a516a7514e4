package io.shouwei.bench;

import java.util.Arrays;
import java.util.List;

/** Percentiles (nearest rank) of a sample of durations in milliseconds. */
record Stats(double[] sorted) {

  static Stats of(List<Double> millis) {
    double[] values = millis.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(values);
    return new Stats(values);
  }

  int count() {
    return sorted.length;
  }

  double percentile(double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  double p50() {
    return percentile(50);
  }

  double p99() {
    return percentile(99);
  }

  double max() {
    return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1];
  }

  double mean() {
    return Arrays.stream(sorted).average().orElse(Double.NaN);
  }

  static String ms(double value) {
    return String.format(java.util.Locale.ROOT, "%.2f", value);
  }
}
