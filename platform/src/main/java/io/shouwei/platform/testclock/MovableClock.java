package io.shouwei.platform.testclock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A ticking clock that can be moved forward (or reset to the system's time): the system clock plus
 * an offset. The clock of the {@code local} and {@code test} profiles, moved by {@code
 * /api/test/clock} ({@link TestClockController}), with whatever follows it ({@link ClockFollower}).
 */
public final class MovableClock extends Clock {

  private final Clock base;
  private final AtomicReference<Duration> offset;

  public MovableClock(Clock base) {
    this(base, new AtomicReference<>(Duration.ZERO));
  }

  private MovableClock(Clock base, AtomicReference<Duration> offset) {
    this.base = base;
    this.offset = offset;
  }

  /** Moves the clock forward by {@code by} (positive) and answers the new now. */
  public Instant advance(Duration by) {
    if (by.isNegative() || by.isZero()) {
      throw new IllegalArgumentException("The clock only moves forward, not by " + by);
    }
    offset.accumulateAndGet(by, Duration::plus);
    return instant();
  }

  /** Back to the system clock's time: for a test that leaves the clock as it found it. */
  public void reset() {
    offset.set(Duration.ZERO);
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

  /** The same clock seen in another zone: moving either moves both. */
  @Override
  public Clock withZone(ZoneId zone) {
    return zone.equals(getZone()) ? this : new MovableClock(base.withZone(zone), offset);
  }
}
