package io.shouwei.reporting.testclock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A ticking clock that can be moved forward, never back: the system clock plus an offset. The clock
 * of the {@code local} and {@code test} profiles, moved by {@link TestClockController}.
 */
public final class MovableClock extends Clock {

  private final Clock base;
  private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

  public MovableClock(Clock base) {
    this.base = base;
  }

  /** Moves the clock forward by {@code by} (positive) and answers the new now. */
  public Instant advance(Duration by) {
    if (by.isNegative() || by.isZero()) {
      throw new IllegalArgumentException("The clock only moves forward, not by " + by);
    }
    offset.accumulateAndGet(by, Duration::plus);
    return instant();
  }

  /** How far ahead of the system clock this clock is. */
  public Duration offset() {
    return offset.get();
  }

  @Override
  public Instant instant() {
    return base.instant().plus(offset.get());
  }

  @Override
  public ZoneId getZone() {
    return base.getZone();
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the movable clock keeps its zone");
  }
}
