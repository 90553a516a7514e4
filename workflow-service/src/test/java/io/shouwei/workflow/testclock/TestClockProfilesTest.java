package io.shouwei.workflow.testclock;

import static org.assertj.core.api.Assertions.assertThat;

import io.shouwei.platform.testclock.MovableClock;
import io.shouwei.platform.testclock.TestClockController;
import io.shouwei.workflow.process.timing.EngineClock;
import java.time.Clock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

/** The clock control exists in the {@code local} and {@code test} profiles only: elsewhere its path is 404. */
class TestClockProfilesTest {

  private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
      .withBean(MovableClock.class, () -> new MovableClock(Clock.systemUTC()))
      .withUserConfiguration(EngineClock.class, TestClockController.class);

  @ParameterizedTest
  @ValueSource(strings = {"local", "test"})
  void present_inTheProfilesOfTests(String profile) {
    runner.withPropertyValues("spring.profiles.active=" + profile)
        .run(context -> assertThat(context).hasSingleBean(TestClockController.class).hasSingleBean(EngineClock.class));
  }

  @ParameterizedTest
  @ValueSource(strings = {"default", "k8s"})
  void absent_elsewhere(String profile) {
    runner.withPropertyValues("spring.profiles.active=" + profile)
        .run(context -> assertThat(context).doesNotHaveBean(TestClockController.class)
            .doesNotHaveBean(EngineClock.class));
  }
}
