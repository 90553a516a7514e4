package io.shouwei.faults;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads hazard-service's event store (its PostgreSQL database) directly: the truth the fault tests count against. */
final class EventStore {

  private final String url;
  private final String user;

  EventStore(FaultStack stack) {
    this.url = stack.hazardDatabase.jdbcUrl();
    this.user = stack.hazardDatabase.username();
  }

  /** How many events are stored for the aggregate. */
  long count(String aggregateId) throws SQLException {
    return sequences(aggregateId).size();
  }

  /** The sequence numbers of the aggregate's stored events, in order. */
  List<Long> sequences(String aggregateId) throws SQLException {
    try (Connection c = connection();
        PreparedStatement s = c.prepareStatement(
            "SELECT sequencenumber FROM domainevententry WHERE aggregateidentifier = ? ORDER BY sequencenumber")) {
      s.setString(1, aggregateId);
      List<Long> sequences = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          sequences.add(rs.getLong(1));
        }
      }
      return sequences;
    }
  }

  /** How many events of the payload type (simple class name) are stored for the aggregates. */
  long countOfType(Collection<String> aggregateIds, String type) throws SQLException {
    long count = 0;
    for (String id : aggregateIds) {
      count += Collections.frequency(types(id), type);
    }
    return count;
  }

  /** The payload types of the aggregate's stored events, in order (simple class names). */
  List<String> types(String aggregateId) throws SQLException {
    try (Connection c = connection();
        PreparedStatement s = c.prepareStatement(
            "SELECT payloadtype FROM domainevententry WHERE aggregateidentifier = ? ORDER BY sequencenumber")) {
      s.setString(1, aggregateId);
      List<String> types = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          String type = rs.getString(1);
          types.add(type.substring(type.lastIndexOf('.') + 1));
        }
      }
      return types;
    }
  }

  /** How many stored events mention {@code text} in their payload (e.g. a unique title). */
  long countMentioning(String text) throws SQLException {
    try (Connection c = connection();
        PreparedStatement s = c.prepareStatement(
            "SELECT count(*) FROM domainevententry WHERE position(? in convert_from(payload, 'UTF8')) > 0")) {
      s.setString(1, text);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** How many hazards were reported on the mine, by their report events. */
  long reportsNaming(String mineId) throws SQLException {
    try (Connection c = connection();
        PreparedStatement s = c.prepareStatement(
            "SELECT count(*) FROM domainevententry WHERE payloadtype LIKE '%.HazardReportedEvent'"
                + " AND position(? in convert_from(payload, 'UTF8')) > 0")) {
      s.setString(1, mineId);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** The hazards hazard-service's own view holds for the mine: id → version. */
  Map<String, Long> hazardsInView(String mineId) throws SQLException {
    try (Connection c = connection();
        PreparedStatement s = c.prepareStatement("SELECT id, version FROM hazard_view WHERE mine_id = ?")) {
      s.setString(1, mineId);
      Map<String, Long> hazards = new TreeMap<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          hazards.put(rs.getString(1), rs.getLong(2));
        }
      }
      return hazards;
    }
  }

  /** Every event in the store. */
  long total() throws SQLException {
    try (Connection c = connection();
        PreparedStatement s = c.prepareStatement("SELECT count(*) FROM domainevententry");
        ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /**
   * Ends every connection hazard-service holds to its database ({@code pg_terminate_backend}); the
   * number ended.
   */
  int terminateServiceConnections() throws SQLException {
    try (Connection c = connection();
        PreparedStatement s = c.prepareStatement(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                + " WHERE datname = current_database() AND pid <> pg_backend_pid()");
        ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private Connection connection() throws SQLException {
    return DriverManager.getConnection(url, user, "");
  }
}
