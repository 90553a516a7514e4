package io.shouwei.hazard.mine.view;

import io.shouwei.contracts.Actor;
import io.shouwei.contracts.Role;
import io.shouwei.hazard.config.MetadataKeys;
import io.shouwei.hazard.mine.api.MineClosedEvent;
import io.shouwei.hazard.mine.api.MineFactsUpdatedEvent;
import io.shouwei.hazard.mine.api.MineRegisteredEvent;
import io.shouwei.hazard.mine.api.MineResumedEvent;
import io.shouwei.hazard.mine.api.MineStoppedByOrderEvent;
import io.shouwei.hazard.view.ColumnJson;
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
 * Keeps {@code mine_view} up to date. A subscribing processor, like {@code hazard-view}: it runs in
 * the command's transaction, so a read right after a command sees its effect. It applies an event
 * only if it is the next one of its mine (the first one only if the mine has no row yet), so a
 * redelivered or early event changes nothing. What an event changes is decided by
 * {@link MineViewChanges}; this class only stores. Plain SQL that PostgreSQL and H2 understand
 * alike.
 */
@Component
@ProcessingGroup(MineViewProjection.PROCESSING_GROUP)
public class MineViewProjection {

  public static final String PROCESSING_GROUP = "mine-view";

  private final JdbcTemplate jdbc;
  private final MineViews views;

  public MineViewProjection(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.views = new MineViews(jdbc);
  }

  @EventHandler
  void on(
      MineRegisteredEvent event,
      @SequenceNumber long sequence,
      @Timestamp Instant storedAt,
      @MetaDataValue(MetadataKeys.ACTOR_USER_ID) String actorUserId,
      @MetaDataValue(MetadataKeys.ACTOR_ROLE) String actorRole,
      @MetaDataValue(MetadataKeys.ACTOR_ORG) String actorOrg) {
    if (!jdbc.queryForList("SELECT 1 FROM mine_view WHERE id = ?", Integer.class, event.mineId()).isEmpty()) {
      return;
    }
    MineView v =
        MineViewChanges.registered(
            event, sequence, storedAt,
            new Actor(actorUserId, actorRole == null ? null : Role.valueOf(actorRole), actorOrg));
    jdbc.update(
        """
        INSERT INTO mine_view (id, name, enterprise_id, enterprise_name, town_code, type, facts,
                               production_status, stopped_by_order_ids, closure_reason, registered_at,
                               changed_at, version, registered_by_user_id, registered_by_role,
                               registered_by_org)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        v.id(),
        v.name(),
        v.enterpriseId(),
        v.enterpriseName(),
        v.townCode(),
        v.type().name(),
        ColumnJson.write(v.facts()),
        v.productionStatus().name(),
        ColumnJson.write(v.stoppedByOrderIds()),
        v.closureReason(),
        utc(v.registeredAt()),
        utc(v.changedAt()),
        v.version(),
        actorUserId,
        actorRole,
        actorOrg);
  }

  @EventHandler
  void on(MineFactsUpdatedEvent event, @SequenceNumber long sequence, @Timestamp Instant storedAt) {
    change(event.mineId(), event, sequence, storedAt);
  }

  @EventHandler
  void on(MineClosedEvent event, @SequenceNumber long sequence, @Timestamp Instant storedAt) {
    change(event.mineId(), event, sequence, storedAt);
  }

  @EventHandler
  void on(MineStoppedByOrderEvent event, @SequenceNumber long sequence, @Timestamp Instant storedAt) {
    change(event.mineId(), event, sequence, storedAt);
  }

  @EventHandler
  void on(MineResumedEvent event, @SequenceNumber long sequence, @Timestamp Instant storedAt) {
    change(event.mineId(), event, sequence, storedAt);
  }

  /** Applies the event if it is the mine's next one; the update counts only from that version. */
  private void change(String mineId, Object event, long sequence, Instant storedAt) {
    Optional<MineView> current = views.find(mineId).filter(v -> v.version() == sequence - 1);
    if (current.isEmpty()) {
      return;
    }
    MineView v = MineViewChanges.apply(current.get(), event, sequence, storedAt);
    jdbc.update(
        """
        UPDATE mine_view
           SET facts = ?, production_status = ?, stopped_by_order_ids = ?, closure_reason = ?, changed_at = ?,
               version = ?
         WHERE id = ? AND version = ?
        """,
        ColumnJson.write(v.facts()),
        v.productionStatus().name(),
        ColumnJson.write(v.stoppedByOrderIds()),
        v.closureReason(),
        utc(v.changedAt()),
        v.version(),
        mineId,
        sequence - 1);
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
