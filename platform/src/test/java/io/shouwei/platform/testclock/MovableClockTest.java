package io.shouwei.platform.testclock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class MovableClockTest {

  private static final Instant NOW = Instant.parse("2026-03-01T20:00:00Z");
  private final MovableClock clock = new MovableClock(Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void movesForward_only_andResetsToTheSystemsTime() {
    assertThat(clock.advance(Duration.ofDays(3))).isEqualTo(NOW.plus(Duration.ofDays(3)));
    assertThat(clock.offset()).isEqualTo(Duration.ofDays(3));
    assertThatThrownBy(() -> clock.advance(Duration.ofHours(-1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> clock.advance(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);

    clock.reset();

    assertThat(clock.instant()).isEqualTo(NOW);
  }

  @Test
  void inAnotherZone_isTheSameClock_movedWithIt() {
    Clock shanghai = clock.withZone(ZoneId.of("Asia/Shanghai"));
    assertThat(LocalDate.now(shanghai)).isEqualTo(LocalDate.parse("2026-03-02"));

    clock.advance(Duration.ofDays(1));

    assertThat(shanghai.instant()).isEqualTo(NOW.plus(Duration.ofDays(1)));
    assertThat(LocalDate.now(shanghai)).isEqualTo(LocalDate.parse("2026-03-03"));
    assertThat(clock.withZone(ZoneOffset.UTC)).isSameAs(clock);
  }
}
