package io.shouwei.reporting.config;

import io.shouwei.platform.testclock.MovableClock;
import io.shouwei.platform.testclock.TestClockController;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Profile;

/**
 * The clock of the queries: whether a hazard is overdue depends on the time of the question, not on
 * an event. Tests give a clock of their own; in the {@code local} and {@code test} profiles it can
 * be moved forward ({@code POST /api/test/clock}).
 */
@Configuration(proxyBeanMethods = false)
@Import(TestClockController.class)
class ClockConfiguration {

  @Bean
  @Profile("!local & !test")
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean("clock")
  @Profile({"local", "test"})
  MovableClock movableClock() {
    return new MovableClock(Clock.systemUTC());
  }
}
