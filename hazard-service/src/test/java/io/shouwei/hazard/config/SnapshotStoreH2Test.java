package io.shouwei.hazard.config;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Snapshots round-trip through H2 in PostgreSQL mode, the local profile's store. */
class SnapshotStoreH2Test {

  @Test
  void aSnapshot_isWrittenAndReadBackAsTheStateTheEventsGive() {
    SnapshotRoundTrip.verify(
        new DriverManagerDataSource(
            "jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "sa", ""));
  }
}
