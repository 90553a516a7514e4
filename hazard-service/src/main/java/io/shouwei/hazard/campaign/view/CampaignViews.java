package io.shouwei.hazard.campaign.view;

import com.fasterxml.jackson.core.type.TypeReference;
import io.shouwei.contracts.Actor;
import io.shouwei.contracts.Role;
import io.shouwei.hazard.campaign.CampaignJurisdiction;
import io.shouwei.hazard.campaign.CampaignStatus;
import io.shouwei.hazard.campaign.Phase;
import io.shouwei.hazard.view.ColumnJson;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads {@code campaign_view}; it checks no access: callers do. */
@Repository
public class CampaignViews {

  private static final TypeReference<List<Phase>> PHASES = new TypeReference<>() {};

  private final JdbcTemplate jdbc;

  public CampaignViews(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<CampaignView> find(String id) {
    return jdbc.query("SELECT * FROM campaign_view WHERE id = ?", CampaignViews::map, id).stream().findFirst();
  }

  /** Whether a campaign of this id was launched. */
  public boolean exists(String id) {
    return !jdbc.queryForList("SELECT 1 FROM campaign_view WHERE id = ?", Integer.class, id).isEmpty();
  }

  /** One page of the campaigns, the latest launched first. */
  public List<CampaignView> page(int page, int size) {
    return jdbc.query(
        "SELECT * FROM campaign_view ORDER BY launched_at DESC, id LIMIT ? OFFSET ?",
        CampaignViews::map, size, (long) page * size);
  }

  public long count() {
    return jdbc.queryForObject("SELECT count(*) FROM campaign_view", Long.class);
  }

  private static CampaignView map(ResultSet rs, int row) throws SQLException {
    String role = rs.getString("launched_by_role");
    String status = rs.getString("status");
    return new CampaignView(
        rs.getString("id"),
        rs.getString("name"),
        new CampaignJurisdiction(
            rs.getString("district_code"), rs.getString("district_name"),
            ColumnJson.strings(rs.getString("town_codes"))),
        ColumnJson.read(rs.getString("phases"), PHASES),
        rs.getObject("report_due_date", LocalDate.class),
        rs.getString("legal_basis"),
        rs.getString("document_ref"),
        rs.getString("issuing_organisation"),
        CampaignStatus.valueOf(status),
        rs.getObject("concluded_on", LocalDate.class),
        rs.getString("conclusion_note"),
        instant(rs, "launched_at"),
        instant(rs, "changed_at"),
        rs.getLong("version"),
        new Actor(
            rs.getString("launched_by_user_id"),
            role == null ? null : Role.valueOf(role),
            rs.getString("launched_by_org")));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, OffsetDateTime.class).toInstant();
  }
}
