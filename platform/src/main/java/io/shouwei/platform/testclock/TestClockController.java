package io.shouwei.platform.testclock;

import io.shouwei.contracts.Role;
import io.shouwei.platform.security.Callers;
import io.shouwei.platform.web.ProblemException;
import io.shouwei.platform.web.Problems;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Moves a service's clock (and its {@link ClockFollower}s) forward, for end-to-end tests of
 * deadlines. Exists only in the {@code local} and {@code test} profiles (elsewhere the path is
 * 404); {@code ADMIN} only. A service imports it next to its {@link MovableClock} bean.
 */
@RestController
@Profile({"local", "test"})
@RequestMapping("/api/test/clock")
public class TestClockController {

  private final MovableClock clock;
  private final List<ClockFollower> followers;

  public TestClockController(MovableClock clock, List<ClockFollower> followers) {
    this.clock = clock;
    this.followers = List.copyOf(followers);
  }

  /** The service's now, its followers' and how far they are ahead of the system clock. */
  @GetMapping
  public ClockState read() {
    requireAdmin();
    return state();
  }

  /** Moves the clocks forward by {@code advance} (ISO-8601, positive); 400 otherwise. */
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
    followers.forEach(f -> f.setAhead(clock.offset()));
    return state();
  }

  /** The clocks back to the system's time. */
  @DeleteMapping
  public ClockState reset() {
    requireAdmin();
    clock.reset();
    followers.forEach(f -> f.setAhead(Duration.ZERO));
    return state();
  }

  private ClockState state() {
    Map<String, Instant> others = new TreeMap<>();
    followers.forEach(f -> others.put(f.name(), f.now()));
    return new ClockState(clock.instant(), clock.offset(), others);
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
   * @param offset how far it is ahead of the system clock
   * @param followers the now of each {@link ClockFollower}, by name
   */
  public record ClockState(Instant now, Duration offset, Map<String, Instant> followers) {}
}
