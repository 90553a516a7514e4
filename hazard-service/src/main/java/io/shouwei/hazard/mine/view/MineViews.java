package io.shouwei.hazard.mine.view;

import io.shouwei.contracts.Actor;
import io.shouwei.contracts.Role;
import io.shouwei.contracts.mine.MineType;
import io.shouwei.hazard.mine.MineFacts;
import io.shouwei.hazard.mine.ProductionStatus;
import io.shouwei.hazard.view.ColumnJson;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads {@code mine_view}. Other packages of the service look mines up here (e.g. a hazard report
 * takes the mine's enterprise, town, type and facts from it); it checks no access: callers do.
 */
@Repository
public class MineViews {

  private final JdbcTemplate jdbc;

  public MineViews(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<MineView> find(String id) {
    return jdbc.query("SELECT * FROM mine_view WHERE id = ?", MineViews::map, id).stream().findFirst();
  }

  private static MineView map(ResultSet rs, int row) throws SQLException {
    String role = rs.getString("registered_by_role");
    return new MineView(
        rs.getString("id"),
        rs.getString("name"),
        rs.getString("enterprise_id"),
        rs.getString("enterprise_name"),
        rs.getString("town_code"),
        MineType.valueOf(rs.getString("type")),
        ColumnJson.read(rs.getString("facts"), MineFacts.class),
        ProductionStatus.valueOf(rs.getString("production_status")),
        ColumnJson.strings(rs.getString("stopped_by_order_ids")),
        rs.getString("closure_reason"),
        instant(rs, "registered_at"),
        instant(rs, "changed_at"),
        rs.getLong("version"),
        new Actor(
            rs.getString("registered_by_user_id"),
            role == null ? null : Role.valueOf(role),
            rs.getString("registered_by_org")));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, OffsetDateTime.class).toInstant();
  }
}
