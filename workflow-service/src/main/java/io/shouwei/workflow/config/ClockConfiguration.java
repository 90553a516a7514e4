package io.shouwei.workflow.config;

import io.shouwei.platform.testclock.MovableClock;
import io.shouwei.platform.testclock.TestClockController;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Profile;

/**
 * The one source of "now" for our code (the engine's timers keep their own clock). In the {@code
 * local} and {@code test} profiles it can be moved forward, with the engine's clock ({@code POST
 * /api/test/clock}).
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
