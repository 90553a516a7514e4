package io.shouwei.hazard.hazard.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Hazard numbers on H2 in PostgreSQL mode, as the local profile runs them. */
class HazardNumbersTest {

  HazardNumbersScenario scenario;

  @BeforeEach
  void database() {
    scenario = new HazardNumbersScenario(
        "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "sa", "");
  }

  @AfterEach
  void close() {
    scenario.close();
  }

  @Test
  void theSequence_isPaddedToFourDigits_andGrowsPastThem() {
    assertThat(HazardNumbers.format("310115101", 2026, 7)).isEqualTo("YH-310115101-2026-0007");
    assertThat(HazardNumbers.format("310115101", 2026, 12345)).isEqualTo("YH-310115101-2026-12345");
  }

  @Test
  void theYear_isTheCalendarYearInChinaStandardTime() {
    assertThat(HazardNumbers.yearOf(Instant.parse("2025-12-31T15:59:59.999Z"))).isEqualTo(2025);
    assertThat(HazardNumbers.yearOf(Instant.parse("2025-12-31T16:00:00Z"))).isEqualTo(2026);
  }

  @Test
  void numbersCountPerTownAndYear() {
    scenario.numbersCountPerTownAndYear();
  }

  @Test
  void concurrentSenders_getDistinctConsecutiveNumbers() throws Exception {
    scenario.concurrentSenders_getDistinctConsecutiveNumbers();
  }
}
