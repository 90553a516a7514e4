package io.shouwei.hazard.tip.view;

import io.shouwei.contracts.Actor;
import io.shouwei.contracts.Role;
import io.shouwei.hazard.tip.TipContact;
import io.shouwei.hazard.tip.TipStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads {@code tip_view}; it checks no access: callers do. */
@Repository
public class TipViews {

  private final JdbcTemplate jdbc;
  private final NamedParameterJdbcTemplate named;

  public TipViews(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.named = new NamedParameterJdbcTemplate(jdbc);
  }

  public Optional<TipView> find(String id) {
    return jdbc.query("SELECT * FROM tip_view WHERE id = ?", TipViews::map, id).stream().findFirst();
  }

  /** The tip whose tracking code has this SHA-256. */
  public Optional<TipView> findByTrackingCodeHash(String hash) {
    return jdbc.query("SELECT * FROM tip_view WHERE tracking_code_hash = ?", TipViews::map, hash).stream().findFirst();
  }

  /**
   * One page of tips, newest first.
   *
   * @param status only tips in this status, or {@code null} for all
   * @param towns only tips of these towns, or {@code null} for tips of any town and of none
   */
  public List<TipView> list(TipStatus status, Collection<String> towns, int page, int size) {
    if (towns != null && towns.isEmpty()) {
      return List.of();
    }
    MapSqlParameterSource params =
        new MapSqlParameterSource().addValue("limit", size).addValue("offset", (long) page * size);
    StringBuilder sql = new StringBuilder("SELECT * FROM tip_view WHERE 1 = 1");
    if (status != null) {
      sql.append(" AND status = :status");
      params.addValue("status", status.name());
    }
    if (towns != null) {
      sql.append(" AND town_code IN (:towns)");
      params.addValue("towns", towns);
    }
    sql.append(" ORDER BY received_at DESC, id LIMIT :limit OFFSET :offset");
    return named.query(sql.toString(), params, TipViews::map);
  }

  private static TipView map(ResultSet rs, int row) throws SQLException {
    String name = rs.getString("contact_name");
    String phone = rs.getString("contact_phone");
    String email = rs.getString("contact_email");
    String triagedBy = rs.getString("triaged_by_user_id");
    String role = rs.getString("triaged_by_role");
    return new TipView(
        rs.getString("id"),
        rs.getString("tracking_code_hash"),
        TipStatus.valueOf(rs.getString("status")),
        rs.getString("what"),
        rs.getString("location"),
        rs.getString("town_code"),
        rs.getString("mine_id"),
        name == null && phone == null && email == null ? null : new TipContact(name, phone, email),
        instant(rs, "received_at"),
        instant(rs, "changed_at"),
        rs.getLong("version"),
        rs.getString("hazard_id"),
        rs.getString("dismissal_reason"),
        instant(rs, "triaged_at"),
        triagedBy == null
            ? null
            : new Actor(triagedBy, role == null ? null : Role.valueOf(role), rs.getString("triaged_by_org")));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
