package io.shouwei.hazard.audit;

import com.zaxxer.hikari.HikariDataSource;
import io.shouwei.embedded.PostgresDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link PastStatesProperties} on PostgreSQL, the store of every other profile: snapshots and
 * events altered with SQL in the database itself.
 */
class PastStatesIT {

  static PostgresDatabase db;
  static HikariDataSource pool;

  @BeforeAll
  static void database() {
    db = PostgresDatabase.create("hazard_past_states");
    pool = new HikariDataSource();
    pool.setJdbcUrl(db.jdbcUrl());
    pool.setUsername(db.username());
    pool.setPassword(db.password());
    pool.setMaximumPoolSize(2);
    Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
  }

  @AfterAll
  static void dropDatabase() {
    pool.close();
    db.close();
  }

  @Test
  void snapshots_giveTheFullReplaysState_forRandomHistories() {
    PastStatesProperties.snapshotsGiveTheFullReplaysState(pool, 20_261_129L, 4);
  }

  @Test
  void aSnapshotAlteredInTheDatabase_isNotUsed() {
    PastStatesProperties.aSnapshotAlteredInTheDatabase_isNotUsed(pool);
  }

  @Test
  void aSnapshotWhoseEventWasAlteredOrDeleted_isNotUsed() {
    PastStatesProperties.aSnapshotWhoseEventWasAlteredOrDeleted_isNotUsed(pool);
  }

  @Test
  void aSnapshotOfAnotherRevision_isIgnored() {
    PastStatesProperties.aSnapshotOfAnotherRevision_isIgnored(pool);
  }

  @Test
  void anEventAlteredBeforeTheSnapshot_isNamedByIntegrity_notSeenFromTheSnapshot() {
    PastStatesProperties.anEventAlteredBeforeTheSnapshot_isNamedByIntegrity_notSeenFromTheSnapshot(pool);
  }

  @Test
  void theSnapshotter_sealsNothingOverABrokenChain() {
    PastStatesProperties.theSnapshotter_sealsNothingOverABrokenChain(pool);
  }

  @Test
  void theSnapshotter_catchesUpOnMissedPoints() {
    PastStatesProperties.theSnapshotter_catchesUpOnMissedPoints(pool);
  }
}
