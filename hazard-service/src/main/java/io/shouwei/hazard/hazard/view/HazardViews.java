package io.shouwei.hazard.hazard.view;

import io.shouwei.contracts.Actor;
import io.shouwei.contracts.Role;
import io.shouwei.contracts.hazard.HazardLevel;
import io.shouwei.contracts.hazard.HazardSource;
import io.shouwei.hazard.hazard.HazardStatus;
import io.shouwei.hazard.hazard.api.FiveItemPlan;
import io.shouwei.hazard.view.ColumnJson;
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
    Object pendingNumber = rs.getObject("pending_extension_number");
    Object progress = rs.getObject("progress_percent");
    String signedOffBy = rs.getString("signed_off_by_user_id");
    return new HazardView(
        rs.getString("id"),
        rs.getString("number"),
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
            role(rs.getString("reported_by_role")),
            rs.getString("reported_by_org")),
        level(rs.getString("suggested_level")),
        ColumnJson.strings(rs.getString("suggested_criteria")),
        ColumnJson.strings(rs.getString("cited_criteria")),
        level(rs.getString("classified_level")),
        ColumnJson.strings(rs.getString("criteria")),
        rs.getString("classification_reason"),
        ColumnJson.read(rs.getString("plan"), FiveItemPlan.class),
        instant(rs, "deadline"),
        progress == null ? null : ((Number) progress).intValue(),
        signedOffBy == null
            ? null
            : new HazardView.SignOff(
                new Actor(signedOffBy, role(rs.getString("signed_off_by_role")), rs.getString("signed_off_by_org")),
                instant(rs, "signed_off_at")),
        pendingNumber == null
            ? null
            : new HazardView.PendingExtension(
                ((Number) pendingNumber).intValue(),
                instant(rs, "pending_extension_deadline"),
                rs.getString("pending_extension_reason"),
                instant(rs, "pending_extension_requested_at")));
  }

  private static Role role(String name) {
    return name == null ? null : Role.valueOf(name);
  }

  private static HazardLevel level(String name) {
    return name == null ? null : HazardLevel.valueOf(name);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
