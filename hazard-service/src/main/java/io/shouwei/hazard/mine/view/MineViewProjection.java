package io.shouwei.hazard.mine.view;

import io.shouwei.hazard.config.MetadataKeys;
import io.shouwei.hazard.mine.ProductionStatus;
import io.shouwei.hazard.mine.api.MineClosedEvent;
import io.shouwei.hazard.mine.api.MineFactsUpdatedEvent;
import io.shouwei.hazard.mine.api.MineRegisteredEvent;
import io.shouwei.hazard.mine.api.MineResumedEvent;
import io.shouwei.hazard.mine.api.MineStoppedByOrderEvent;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
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
 * redelivered or early event changes nothing. Plain SQL that PostgreSQL and H2 understand alike.
 */
@Component
@ProcessingGroup(MineViewProjection.PROCESSING_GROUP)
public class MineViewProjection {

  public static final String PROCESSING_GROUP = "mine-view";

  private final JdbcTemplate jdbc;

  public MineViewProjection(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
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
    jdbc.update(
        """
        INSERT INTO mine_view (id, name, enterprise_id, enterprise_name, town_code, type, facts,
                               production_status, stopped_by_order_ids, closure_reason, registered_at,
                               changed_at, version, registered_by_user_id, registered_by_role,
                               registered_by_org)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?)
        """,
        event.mineId(),
        event.name(),
        event.enterpriseId(),
        event.enterpriseName(),
        event.townCode(),
        event.type().name(),
        MineViewJson.write(event.facts()),
        ProductionStatus.OPERATING.name(),
        MineViewJson.write(List.of()),
        utc(storedAt),
        utc(storedAt),
        sequence,
        actorUserId,
        actorRole,
        actorOrg);
  }

  @EventHandler
  void on(MineFactsUpdatedEvent event, @SequenceNumber long sequence, @Timestamp Instant storedAt) {
    jdbc.update(
        "UPDATE mine_view SET facts = ?, changed_at = ?, version = ? WHERE id = ? AND version = ?",
        MineViewJson.write(event.facts()), utc(storedAt), sequence, event.mineId(), sequence - 1);
  }

  @EventHandler
  void on(MineClosedEvent event, @SequenceNumber long sequence, @Timestamp Instant storedAt) {
    jdbc.update(
        """
        UPDATE mine_view SET production_status = ?, closure_reason = ?, changed_at = ?, version = ?
        WHERE id = ? AND version = ?
        """,
        ProductionStatus.CLOSED.name(), event.reason(), utc(storedAt), sequence, event.mineId(), sequence - 1);
  }

  @EventHandler
  void on(MineStoppedByOrderEvent event, @SequenceNumber long sequence, @Timestamp Instant storedAt) {
    stoppingOrdersBefore(event.mineId(), sequence).ifPresent(orders -> {
      List<String> after = new ArrayList<>(orders);
      if (!after.contains(event.orderId())) {
        after.add(event.orderId());
      }
      setStatus(event.mineId(), sequence, storedAt, ProductionStatus.STOPPED_BY_ORDER, after);
    });
  }

  @EventHandler
  void on(MineResumedEvent event, @SequenceNumber long sequence, @Timestamp Instant storedAt) {
    stoppingOrdersBefore(event.mineId(), sequence).ifPresent(orders -> {
      List<String> after = new ArrayList<>(orders);
      after.remove(event.orderId());
      setStatus(event.mineId(), sequence, storedAt, event.productionStatus(), after);
    });
  }

  /** The stopping orders of the mine if the event at {@code sequence} is its next one. */
  private Optional<List<String>> stoppingOrdersBefore(String mineId, long sequence) {
    return jdbc.queryForList(
            "SELECT stopped_by_order_ids FROM mine_view WHERE id = ? AND version = ?",
            String.class, mineId, sequence - 1)
        .stream()
        .findFirst()
        .map(MineViewJson::ids);
  }

  private void setStatus(
      String mineId, long sequence, Instant storedAt, ProductionStatus status, List<String> stoppingOrders) {
    jdbc.update(
        """
        UPDATE mine_view SET production_status = ?, stopped_by_order_ids = ?, changed_at = ?, version = ?
        WHERE id = ? AND version = ?
        """,
        status.name(), MineViewJson.write(stoppingOrders), utc(storedAt), sequence, mineId, sequence - 1);
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
