package io.shouwei.hazard.config;

import io.shouwei.embedded.PostgresDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Snapshots round-trip through PostgreSQL, the store of every other profile. */
class SnapshotStoreIT {

  @Test
  void aSnapshot_isWrittenAndReadBackAsTheStateTheEventsGive() {
    try (PostgresDatabase db = PostgresDatabase.create("hazard_snapshots")) {
      SnapshotRoundTrip.verify(new DriverManagerDataSource(db.jdbcUrl(), db.username(), db.password()));
    }
  }
}
