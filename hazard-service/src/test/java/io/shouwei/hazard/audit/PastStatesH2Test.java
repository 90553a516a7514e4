package io.shouwei.hazard.audit;

import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** {@link PastStatesProperties} on H2 in PostgreSQL mode, the local profile's store. */
class PastStatesH2Test {

  DriverManagerDataSource h2;

  @BeforeEach
  void database() {
    h2 = new DriverManagerDataSource(
        "jdbc:h2:mem:" + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "sa", "");
    Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
  }

  @Test
  void snapshots_giveTheFullReplaysState_forRandomHistories() {
    PastStatesProperties.snapshotsGiveTheFullReplaysState(h2, 20_260_302L, 12);
  }

  @Test
  void aSnapshotAlteredInTheDatabase_isNotUsed() {
    PastStatesProperties.aSnapshotAlteredInTheDatabase_isNotUsed(h2);
  }

  @Test
  void aSnapshotWhoseEventWasAlteredOrDeleted_isNotUsed() {
    PastStatesProperties.aSnapshotWhoseEventWasAlteredOrDeleted_isNotUsed(h2);
  }

  @Test
  void aSnapshotOfAnotherRevision_isIgnored() {
    PastStatesProperties.aSnapshotOfAnotherRevision_isIgnored(h2);
  }

  @Test
  void anEventAlteredBeforeTheSnapshot_isNamedByIntegrity_notSeenFromTheSnapshot() {
    PastStatesProperties.anEventAlteredBeforeTheSnapshot_isNamedByIntegrity_notSeenFromTheSnapshot(h2);
  }

  @Test
  void theSnapshotter_sealsNothingOverABrokenChain() {
    PastStatesProperties.theSnapshotter_sealsNothingOverABrokenChain(h2);
  }

  @Test
  void theSnapshotter_catchesUpOnMissedPoints() {
    PastStatesProperties.theSnapshotter_catchesUpOnMissedPoints(h2);
  }
}
