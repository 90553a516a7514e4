package io.shouwei.reporting.testclock;

import io.shouwei.contracts.Role;
import io.shouwei.platform.security.Callers;
import io.shouwei.platform.web.ProblemException;
import io.shouwei.platform.web.Problems;
import java.time.Duration;
import java.time.Instant;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Moves the service's clock forward, for end-to-end tests of deadlines (whether a hazard is overdue
 * depends on the time of the question). Exists only in the {@code local} and {@code test} profiles
 * (elsewhere the path is 404); {@code ADMIN} only.
 */
@RestController
@Profile({"local", "test"})
@RequestMapping("/api/test/clock")
public class TestClockController {

  private final MovableClock clock;

  public TestClockController(MovableClock clock) {
    this.clock = clock;
  }

  /** The service's now and how far it is ahead of the system clock. */
  @GetMapping
  public ClockState read() {
    requireAdmin();
    return new ClockState(clock.instant(), clock.offset());
  }

  /** Moves the clock forward by {@code advance} (ISO-8601, positive); 400 otherwise. */
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
    return new ClockState(clock.instant(), clock.offset());
  }

  private static void requireAdmin() {
    if (!Callers.require().has(Role.ADMIN)) {
      throw new ProblemException(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "Only an administrator moves the clock.");
    }
  }

  /** @param advance how far to move the clock forward */
  public record AdvanceRequest(Duration advance) {}

  /** @param now the service's now @param offset how far ahead of the system clock it is */
  public record ClockState(Instant now, Duration offset) {}
}
