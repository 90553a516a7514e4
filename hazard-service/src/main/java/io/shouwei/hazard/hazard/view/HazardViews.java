package io.shouwei.hazard.hazard.view;

import io.shouwei.contracts.Actor;
import io.shouwei.contracts.Role;
import io.shouwei.contracts.hazard.HazardSource;
import io.shouwei.hazard.hazard.HazardStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads {@code hazard_view}. */
@Repository
public class HazardViews {

  private final JdbcTemplate jdbc;

  public HazardViews(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<HazardView> find(String id) {
    return jdbc.query("SELECT * FROM hazard_view WHERE id = ?", HazardViews::map, id).stream().findFirst();
  }

  private static HazardView map(ResultSet rs, int row) throws SQLException {
    String role = rs.getString("reported_by_role");
    return new HazardView(
        rs.getString("id"),
        rs.getString("mine_id"),
        rs.getString("enterprise_id"),
        rs.getString("town_code"),
        rs.getString("campaign_id"),
        HazardSource.valueOf(rs.getString("source")),
        rs.getString("category"),
        rs.getString("title"),
        rs.getString("description"),
        rs.getString("location"),
        instant(rs, "discovered_at"),
        instant(rs, "reported_at"),
        HazardStatus.valueOf(rs.getString("status")),
        rs.getLong("version"),
        new Actor(
            rs.getString("reported_by_user_id"),
            role == null ? null : Role.valueOf(role),
            rs.getString("reported_by_org")));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, OffsetDateTime.class).toInstant();
  }
}
