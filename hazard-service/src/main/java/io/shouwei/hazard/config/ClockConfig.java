package io.shouwei.hazard.config;

import io.shouwei.platform.testclock.MovableClock;
import io.shouwei.platform.testclock.TestClockController;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Profile;

/**
 * The one source of "now" for the application layer. It ticks in whole milliseconds: the
 * precision that the stores (PostgreSQL keeps microseconds) and the clients keep alike. In the
 * {@code local} and {@code test} profiles it can be moved forward ({@code POST /api/test/clock}).
 */
@Configuration(proxyBeanMethods = false)
@Import(TestClockController.class)
class ClockConfig {

  @Bean
  @Profile("!local & !test")
  Clock clock() {
    return systemClock();
  }

  @Bean("clock")
  @Profile({"local", "test"})
  MovableClock movableClock() {
    return new MovableClock(systemClock());
  }

  private static Clock systemClock() {
    return Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
  }
}
