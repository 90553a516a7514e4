package io.shouwei.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The profile of a recording of this JVM spinning in one known method. */
class JfrProfileTest {

  @TempDir Path dir;

  static volatile long sink;

  /** Busy for about {@code millis}, so that the sampler finds this method on the stack. */
  static void spin(long millis) {
    long end = System.nanoTime() + millis * 1_000_000;
    long x = 0;
    while (System.nanoTime() < end) {
      x += Long.numberOfTrailingZeros(x * 31 + 7);
    }
    sink = x;
  }

  /**
   * The JDK's sampler takes only a few samples a second on some virtual machines (ours among
   * them), so the spinning goes on, two seconds at a time, until the recording holds some (at most
   * 30 s).
   */
  @Test
  void findsTheSpinningMethod_inclusiveAndInItsThread() throws Exception {
    Path file = dir.resolve("spin.jfr");
    try (Recording recording = new Recording()) {
      recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
      recording.start();
      for (int round = 0; round < 15; round++) {
        Thread spinner = new Thread(() -> spin(2000), "spinner-1");
        spinner.start();
        spinner.join();
        recording.dump(file);
        if (JfrProfile.read(file).samples() >= 3) {
          break;
        }
      }
      recording.stop();
      recording.dump(file);
    }

    JfrProfile.Summary summary = JfrProfile.read(file);

    assertThat(summary.samples()).isPositive();
    assertThat(summary.threads()).containsKey("spinner-N");
    assertThat(summary.inclusive()).containsKey(JfrProfileTest.class.getName() + ".spin");
    assertThat(summary.inclusive().get(JfrProfileTest.class.getName() + ".spin"))
        .isPositive()
        .isLessThanOrEqualTo(summary.samples());
    String md = JfrProfile.markdown("spin", file, List.of("io.shouwei."), 5);
    assertThat(md).contains("### spin", "`io.shouwei.bench.JfrProfileTest.spin`", "spinner-N");
  }
}
