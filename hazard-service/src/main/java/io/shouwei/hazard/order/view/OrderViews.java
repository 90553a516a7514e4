package io.shouwei.hazard.order.view;

import io.shouwei.contracts.Actor;
import io.shouwei.contracts.Role;
import io.shouwei.contracts.order.OrderType;
import io.shouwei.hazard.order.OrderStatus;
import io.shouwei.hazard.view.ColumnJson;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads {@code order_view}; it checks no access: callers do. */
@Repository
public class OrderViews {

  private final JdbcTemplate jdbc;

  public OrderViews(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<OrderView> find(String id) {
    return jdbc.query("SELECT * FROM order_view WHERE id = ?", OrderViews::map, id).stream().findFirst();
  }

  /**
   * The orders that match every given criterion, newest first.
   *
   * @param mineId only the orders of this mine, or {@code null} for any mine
   * @param enterprises only the orders of these enterprises, or {@code null} for any enterprise (an
   *     empty set matches nothing)
   * @param towns only the orders in these towns, or {@code null} for any town (an empty set
   *     matches nothing)
   */
  public List<OrderView> list(String mineId, Collection<String> enterprises, Collection<String> towns) {
    return list(mineId, enterprises, towns, 0, Integer.MAX_VALUE);
  }

  /** One page of {@link #list(String, Collection, Collection)}: at most {@code limit} from {@code offset}. */
  public List<OrderView> list(
      String mineId, Collection<String> enterprises, Collection<String> towns, long offset, int limit) {
    if ((towns != null && towns.isEmpty()) || (enterprises != null && enterprises.isEmpty())) {
      return List.of();
    }
    StringBuilder sql = new StringBuilder("SELECT * FROM order_view WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    if (mineId != null) {
      sql.append(" AND mine_id = ?");
      args.add(mineId);
    }
    if (enterprises != null) {
      sql.append(" AND enterprise_id IN (")
          .append(String.join(", ", enterprises.stream().map(e -> "?").toList()))
          .append(")");
      args.addAll(enterprises);
    }
    if (towns != null) {
      sql.append(" AND town_code IN (").append(String.join(", ", towns.stream().map(t -> "?").toList())).append(")");
      args.addAll(towns);
    }
    sql.append(" ORDER BY issued_at DESC, id LIMIT ? OFFSET ?");
    args.add(limit);
    args.add(offset);
    return jdbc.query(sql.toString(), OrderViews::map, args.toArray());
  }

  /**
   * The ids of the orders to stop production that are issued and not acknowledged, and whose
   * acknowledgement deadline is at or before {@code now}: the ones to enforce.
   */
  public List<String> unacknowledgedStopsDueBy(Instant now) {
    return jdbc.queryForList(
        "SELECT id FROM order_view WHERE type = ? AND status = ? AND acknowledgement_deadline <= ?"
            + " ORDER BY acknowledgement_deadline, id",
        String.class, OrderType.STOP_PRODUCTION.name(), OrderStatus.ISSUED.name(), now.atOffset(ZoneOffset.UTC));
  }

  private static OrderView map(ResultSet rs, int row) throws SQLException {
    String role = rs.getString("issued_by_role");
    return new OrderView(
        rs.getString("id"),
        rs.getString("number"),
        rs.getString("mine_id"),
        rs.getString("enterprise_id"),
        rs.getString("town_code"),
        OrderType.valueOf(rs.getString("type")),
        OrderStatus.valueOf(rs.getString("status")),
        ColumnJson.strings(rs.getString("cited_hazard_ids")),
        instant(rs, "deadline"),
        rs.getString("legal_basis"),
        rs.getString("campaign_id"),
        instant(rs, "acknowledgement_deadline"),
        instant(rs, "issued_at"),
        new Actor(
            rs.getString("issued_by_user_id"), role == null ? null : Role.valueOf(role), rs.getString("issued_by_org")),
        instant(rs, "acknowledged_at"),
        ColumnJson.read(rs.getString("stop_effect"), OrderView.StopEffect.class),
        ColumnJson.read(rs.getString("resumption"), OrderView.Resumption.class),
        ColumnJson.read(rs.getString("closure"), OrderView.Closure.class),
        instant(rs, "changed_at"),
        rs.getLong("version"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
