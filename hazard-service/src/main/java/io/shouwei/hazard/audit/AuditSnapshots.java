package io.shouwei.hazard.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The table {@code audit_snapshot}. Plain SQL that PostgreSQL and H2 understand alike. It stores
 * and finds rows; whether a row may be used is {@link PastStates}'s decision.
 */
class AuditSnapshots {

  private static final String COLUMNS =
      "aggregate_type, aggregate_id, sequence_number, event_hash, latest_event_at, state_type, state_revision,"
          + " state, seal";

  /** The range of instants both databases' timestamps hold; stored events lie well inside it. */
  private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
  private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

  private final JdbcTemplate jdbc;

  AuditSnapshots(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The latest snapshot of this revision whose replay the point includes entirely: at or before
   * the version, or whose events were all stored at or before the instant.
   */
  Optional<AuditSnapshot> latestWithin(String aggregateId, String revision, ReplayPoint point) {
    if (point instanceof ReplayPoint.AtVersion at) {
      return first(
          "SELECT " + COLUMNS + " FROM audit_snapshot WHERE aggregate_id = ? AND state_revision = ?"
              + " AND sequence_number <= ? ORDER BY sequence_number DESC LIMIT 1",
          aggregateId, revision, at.version());
    }
    Instant instant = ((ReplayPoint.AsOf) point).instant();
    if (instant.isBefore(EARLIEST)) {
      return Optional.empty();
    }
    // the column holds times rounded up to the microsecond; the instant rounded down keeps the
    // comparison on the safe side whatever precision the instant has. Beyond what the databases
    // hold, the latest time they hold includes every stored event as well.
    Instant bound = instant.isAfter(LATEST) ? LATEST : instant.truncatedTo(ChronoUnit.MICROS);
    return first(
        "SELECT " + COLUMNS + " FROM audit_snapshot WHERE aggregate_id = ? AND state_revision = ?"
            + " AND latest_event_at <= ? ORDER BY sequence_number DESC LIMIT 1",
        aggregateId, revision, utc(bound));
  }

  /** The sequences of this revision's snapshots of the object in {@code (after, upTo]}. */
  Set<Long> sequencesBetween(String aggregateId, String revision, long after, long upTo) {
    return new HashSet<>(jdbc.queryForList(
        "SELECT sequence_number FROM audit_snapshot WHERE aggregate_id = ? AND state_revision = ?"
            + " AND sequence_number > ? AND sequence_number <= ?",
        Long.class, aggregateId, revision, after, upTo));
  }

  /** Stores the snapshot unless one of its object, revision and sequence is stored already. */
  boolean save(AuditSnapshot s) {
    return jdbc.update(
            "INSERT INTO audit_snapshot (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            s.aggregateType(), s.aggregateId(), s.sequence(), s.eventHash(), utc(s.latestEventAt()), s.stateType(),
            s.stateRevision(), s.state(), s.seal())
        == 1;
  }

  /** An instant as the column holds it: rounded up to the microsecond. */
  static Instant roundedUp(Instant instant) {
    Instant down = instant.truncatedTo(ChronoUnit.MICROS);
    return down.equals(instant) ? down : down.plus(1, ChronoUnit.MICROS);
  }

  private Optional<AuditSnapshot> first(String sql, Object... args) {
    return jdbc.query(sql, AuditSnapshots::row, args).stream().findFirst();
  }

  private static AuditSnapshot row(ResultSet rs, int row) throws SQLException {
    return new AuditSnapshot(
        rs.getString("aggregate_type"),
        rs.getString("aggregate_id"),
        rs.getLong("sequence_number"),
        rs.getString("event_hash"),
        rs.getObject("latest_event_at", OffsetDateTime.class).toInstant(),
        rs.getString("state_type"),
        rs.getString("state_revision"),
        rs.getBytes("state"),
        rs.getString("seal"));
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
