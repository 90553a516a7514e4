package io.shouwei.platform.testclock;

import java.time.Duration;
import java.time.Instant;

/**
 * Another clock of the service that must stay with its {@link MovableClock}, such as a process
 * engine's timer clock: {@link TestClockController} sets it to the same offset whenever it moves.
 */
public interface ClockFollower {

  /** The name the clock control reports this clock under. */
  String name();

  /** Sets the clock {@code offset} ahead of the system clock (zero: the system's time). */
  void setAhead(Duration offset);

  /** This clock's now. */
  Instant now();
}
