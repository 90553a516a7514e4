package io.shouwei.workflow.process.timing;

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
public class EngineClock {

  /** Sets the engine's clock {@code offset} ahead of the system clock (zero: the system's time). */
  public Instant setAhead(Duration offset) {
    ClockUtil.offset(offset.toMillis());
    return now();
  }

  /** The engine's now. */
  public Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
