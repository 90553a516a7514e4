package io.shouwei.workflow.testclock;

import io.shouwei.contracts.Role;
import io.shouwei.platform.security.Callers;
import io.shouwei.platform.web.ProblemException;
import io.shouwei.platform.web.Problems;
import io.shouwei.workflow.config.MovableClock;
import io.shouwei.workflow.process.timing.EngineClock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Moves the service's clock and the engine's clock forward together, so that timers fall due (an
 * end-to-end test's deadlines pass in seconds). Exists only in the {@code local} and {@code test}
 * profiles (elsewhere the path is 404); {@code ADMIN} only.
 */
@RestController
@Profile({"local", "test"})
@RequestMapping("/api/test/clock")
public class TestClockController {

  private final MovableClock clock;
  private final EngineClock engine;

  public TestClockController(MovableClock clock, EngineClock engine) {
    this.clock = clock;
    this.engine = engine;
  }

  /** Both clocks' now and how far they are ahead of the system clock. */
  @GetMapping
  public ClockState read() {
    requireAdmin();
    return state();
  }

  /** Moves both clocks forward by {@code advance} (ISO-8601, positive); 400 otherwise. */
  @PostMapping
  public ClockState advance(@RequestBody(required = false) AdvanceRequest request) {
    requireAdmin();
    if (request == null || request.advance() == null) {
      throw ProblemException.invalid("advance (an ISO-8601 duration such as P3D) is required.");
    }
    if (request.advance().isNegative() || request.advance().isZero()) {
      throw ProblemException.invalid("advance must be positive: the clock only moves forward.");
    }
    clock.advance(request.advance());
    engine.setAhead(clock.offset());
    return state();
  }

  /** Both clocks back to the system's time. */
  @DeleteMapping
  public ClockState reset() {
    requireAdmin();
    clock.reset();
    engine.setAhead(Duration.ZERO);
    return state();
  }

  private ClockState state() {
    return new ClockState(clock.instant(), engine.now(), clock.offset());
  }

  private static void requireAdmin() {
    if (!Callers.require().has(Role.ADMIN)) {
      throw new ProblemException(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "Only an administrator moves the clock.");
    }
  }

  /** @param advance how far to move the clocks forward */
  public record AdvanceRequest(Duration advance) {}

  /**
   * @param now the service's now
   * @param engineNow the engine's now
   * @param offset how far both are ahead of the system clock
   */
  public record ClockState(Instant now, Instant engineNow, Duration offset) {}
}
