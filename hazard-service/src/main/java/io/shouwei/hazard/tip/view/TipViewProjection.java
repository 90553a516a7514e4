package io.shouwei.hazard.tip.view;

import io.shouwei.contracts.Actor;
import io.shouwei.contracts.Role;
import io.shouwei.hazard.config.MetadataKeys;
import io.shouwei.hazard.tip.TipContact;
import io.shouwei.hazard.tip.api.TipConvertedEvent;
import io.shouwei.hazard.tip.api.TipDismissedEvent;
import io.shouwei.hazard.tip.api.TipReceivedEvent;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code tip_view} up to date. A subscribing processor, like {@code mine-view}: it runs in
 * the command's transaction, so a read right after a command sees its effect. It applies an event
 * only if it is the next one of its tip (the first one only if the tip has no row yet), so a
 * redelivered or early event changes nothing. What an event changes is decided by
 * {@link TipViewChanges}; this class only stores.
 */
@Component
@ProcessingGroup(TipViewProjection.PROCESSING_GROUP)
public class TipViewProjection {

  public static final String PROCESSING_GROUP = "tip-view";

  private final JdbcTemplate jdbc;
  private final TipViews views;

  public TipViewProjection(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.views = new TipViews(jdbc);
  }

  @EventHandler
  void on(TipReceivedEvent event, @SequenceNumber long sequence, @Timestamp Instant storedAt) {
    if (!jdbc.queryForList("SELECT 1 FROM tip_view WHERE id = ?", Integer.class, event.tipId()).isEmpty()) {
      return;
    }
    TipView v = TipViewChanges.received(event, sequence, storedAt);
    TipContact contact = v.contact();
    jdbc.update(
        """
        INSERT INTO tip_view (id, tracking_code_hash, status, what, location, town_code, mine_id, contact_name,
                              contact_phone, contact_email, received_at, changed_at, version)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        v.id(),
        v.trackingCodeHash(),
        v.status().name(),
        v.what(),
        v.where(),
        v.townCode(),
        v.mineId(),
        contact == null ? null : contact.name(),
        contact == null ? null : contact.phone(),
        contact == null ? null : contact.email(),
        utc(v.receivedAt()),
        utc(v.changedAt()),
        v.version());
  }

  @EventHandler
  void on(
      TipConvertedEvent event,
      @SequenceNumber long sequence,
      @Timestamp Instant storedAt,
      @MetaDataValue(MetadataKeys.ACTOR_USER_ID) String actorUserId,
      @MetaDataValue(MetadataKeys.ACTOR_ROLE) String actorRole,
      @MetaDataValue(MetadataKeys.ACTOR_ORG) String actorOrg) {
    change(event.tipId(), event, sequence, storedAt, actor(actorUserId, actorRole, actorOrg));
  }

  @EventHandler
  void on(
      TipDismissedEvent event,
      @SequenceNumber long sequence,
      @Timestamp Instant storedAt,
      @MetaDataValue(MetadataKeys.ACTOR_USER_ID) String actorUserId,
      @MetaDataValue(MetadataKeys.ACTOR_ROLE) String actorRole,
      @MetaDataValue(MetadataKeys.ACTOR_ORG) String actorOrg) {
    change(event.tipId(), event, sequence, storedAt, actor(actorUserId, actorRole, actorOrg));
  }

  /** Applies the event if it is the tip's next one; the update counts only from that version. */
  private void change(String tipId, Object event, long sequence, Instant storedAt, Actor by) {
    Optional<TipView> current = views.find(tipId).filter(v -> v.version() == sequence - 1);
    if (current.isEmpty()) {
      return;
    }
    TipView v = TipViewChanges.apply(current.get(), event, sequence, storedAt, by);
    jdbc.update(
        """
        UPDATE tip_view
           SET status = ?, hazard_id = ?, dismissal_reason = ?, triaged_at = ?, triaged_by_user_id = ?,
               triaged_by_role = ?, triaged_by_org = ?, changed_at = ?, version = ?
         WHERE id = ? AND version = ?
        """,
        v.status().name(),
        v.hazardId(),
        v.dismissalReason(),
        utc(v.triagedAt()),
        by.userId(),
        by.role() == null ? null : by.role().name(),
        by.orgId(),
        utc(v.changedAt()),
        v.version(),
        tipId,
        sequence - 1);
  }

  private static Actor actor(String userId, String role, String org) {
    return new Actor(userId, role == null ? null : Role.valueOf(role), org);
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
