package io.shouwei.hazard.hazard.application;

import io.shouwei.embedded.PostgresDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Hazard numbers on PostgreSQL, as the service runs them in tests and in the cluster. */
class HazardNumbersIT {

  static PostgresDatabase db;
  static HazardNumbersScenario scenario;

  @BeforeAll
  static void database() {
    db = PostgresDatabase.create("hazard_numbers");
    scenario = new HazardNumbersScenario(db.jdbcUrl(), db.username(), db.password());
  }

  @AfterAll
  static void close() {
    scenario.close();
    db.close();
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
