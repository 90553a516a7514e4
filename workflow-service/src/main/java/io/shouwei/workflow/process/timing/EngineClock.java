package io.shouwei.workflow.process.timing;

import io.shouwei.platform.testclock.ClockFollower;
import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The engine's clock, set ahead of the system clock for tests of deadlines (the {@code local} and
 * {@code test} profiles only). Its timers fall due by it: once moved, the job executor fires the
 * timers now due on its next acquisition.
 */
@Component
@Profile({"local", "test"})
public class EngineClock implements ClockFollower {

  @Override
  public String name() {
    return "engine";
  }

  /** Sets the engine's clock {@code offset} ahead of the system clock (zero: the system's time). */
  @Override
  public void setAhead(Duration offset) {
    ClockUtil.offset(offset.toMillis());
  }

  /** The engine's now. */
  @Override
  public Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
