package io.shouwei.workflow.notification;

import io.shouwei.contracts.Role;
import io.shouwei.platform.security.Caller;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The outbox of notifications ({@code wf_notification}): what reminders and escalations told whom.
 * Later channels (SMS, phone call-and-answer) read it; today every notification is on channel
 * {@value #CHANNEL}, read through {@code GET /api/notifications}. The same reason about the same
 * object for the same recipient is kept once per day (a daily digest, not a flood).
 */
@Component
public class NotificationOutbox {

  /** Read in the web application. */
  public static final String CHANNEL = "IN_APP";

  private static final RowMapper<NotificationView> ROW = (rs, n) -> new NotificationView(
      rs.getString("id"), rs.getString("recipient_role"), rs.getString("recipient_org"), rs.getString("reason"),
      rs.getString("object_type"), rs.getString("object_id"), instant(rs.getTimestamp("due_at")),
      rs.getString("channel"), instant(rs.getTimestamp("created_at")));

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public NotificationOutbox(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Adds the notification unless the same one was added today (UTC); answers whether it was added. */
  public boolean add(NewNotification n) {
    Instant now = clock.instant();
    Instant dayStart = now.atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS).toInstant();
    Integer sameToday = jdbc.queryForObject(
        "select count(*) from wf_notification where recipient_role = ? and coalesce(recipient_org, '') = ?"
            + " and reason = ? and object_id = ? and created_at >= ?",
        Integer.class, n.recipientRole(), n.recipientOrg() == null ? "" : n.recipientOrg(), n.reason(), n.objectId(),
        Timestamp.from(dayStart));
    if (sameToday != null && sameToday > 0) {
      return false;
    }
    jdbc.update(
        "insert into wf_notification (id, recipient_role, recipient_org, reason, object_type, object_id, enterprise_id,"
            + " town_code, due_at, channel, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        UUID.randomUUID().toString(), n.recipientRole(), n.recipientOrg(), n.reason(), n.objectType(), n.objectId(),
        n.enterpriseId(), n.townCode(), n.dueAt() == null ? null : Timestamp.from(n.dueAt()), CHANNEL,
        Timestamp.from(now));
    return true;
  }

  /**
   * The notifications addressed to the caller, newest first: an enterprise's to its enterprise, a
   * town office's to its towns, the district bureau's to the district; an administrator or auditor
   * reads all; other roles none. Optionally of one object.
   */
  public List<NotificationView> addressedTo(Caller caller, String objectId) {
    StringBuilder sql = new StringBuilder("select * from wf_notification where 1 = 1");
    List<Object> args = new ArrayList<>();
    Role role = caller.role();
    if (role == null) {
      return List.of();
    }
    switch (role) {
      case ADMIN, AUDITOR -> { }
      case DISTRICT_AGENCY -> {
        sql.append(" and recipient_role = ?");
        args.add(Role.DISTRICT_AGENCY.name());
      }
      case ENTERPRISE -> {
        if (caller.enterpriseId() == null) {
          return List.of();
        }
        sql.append(" and recipient_role = ? and recipient_org = ?");
        args.add(Role.ENTERPRISE.name());
        args.add(caller.enterpriseId());
      }
      case TOWN_AGENCY -> {
        if (caller.towns().isEmpty()) {
          return List.of();
        }
        sql.append(" and recipient_role = ? and recipient_org in (")
            .append(String.join(", ", caller.towns().stream().map(t -> "?").toList()))
            .append(")");
        args.add(Role.TOWN_AGENCY.name());
        args.addAll(caller.towns());
      }
      default -> {
        return List.of();
      }
    }
    if (objectId != null) {
      sql.append(" and object_id = ?");
      args.add(objectId);
    }
    sql.append(" order by created_at desc, id");
    return jdbc.query(sql.toString(), ROW, args.toArray());
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
