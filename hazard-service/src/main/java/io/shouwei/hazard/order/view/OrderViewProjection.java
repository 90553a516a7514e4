package io.shouwei.hazard.order.view;

import io.shouwei.contracts.AggregateTypes;
import io.shouwei.hazard.config.MetadataKeys;
import io.shouwei.hazard.order.api.OrderIssuedEvent;
import io.shouwei.hazard.view.ColumnJson;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code order_view} up to date. A subscribing processor, like {@code hazard-view}: it runs
 * in the command's transaction, so a read right after a command sees its effect. It applies an
 * event only if it is the next one of its order (the first one only if the order has no row yet),
 * so a redelivered or early event changes nothing. What an event changes is decided by
 * {@link OrderViewChanges}; this class only stores.
 */
@Component
@ProcessingGroup(OrderViewProjection.PROCESSING_GROUP)
public class OrderViewProjection {

  public static final String PROCESSING_GROUP = "order-view";

  private final JdbcTemplate jdbc;
  private final OrderViews views;

  public OrderViewProjection(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.views = new OrderViews(jdbc);
  }

  /** Every event of an order; events of other aggregates pass by. */
  @EventHandler
  void on(Object event, DomainEventMessage<?> message) {
    if (!AggregateTypes.ORDER.equals(message.getType())) {
      return;
    }
    if (event instanceof OrderIssuedEvent issued) {
      insert(OrderViewChanges.issued(
          issued, message.getSequenceNumber(), message.getTimestamp(), MetadataKeys.actor(message.getMetaData())));
    } else {
      change(message.getAggregateIdentifier(), event, message);
    }
  }

  private void insert(OrderView v) {
    if (views.find(v.id()).isPresent()) {
      return;
    }
    jdbc.update(
        """
        INSERT INTO order_view (id, number, mine_id, enterprise_id, town_code, type, status, cited_hazard_ids,
                                deadline, legal_basis, campaign_id, acknowledgement_deadline, issued_at,
                                issued_by_user_id, issued_by_role, issued_by_org, changed_at, version)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        v.id(),
        v.number(),
        v.mineId(),
        v.enterpriseId(),
        v.townCode(),
        v.type().name(),
        v.status().name(),
        ColumnJson.write(v.citedHazardIds()),
        utc(v.deadline()),
        v.legalBasis(),
        v.campaignId(),
        utc(v.acknowledgementDeadline()),
        utc(v.issuedAt()),
        v.issuedBy().userId(),
        v.issuedBy().role() == null ? null : v.issuedBy().role().name(),
        v.issuedBy().orgId(),
        utc(v.changedAt()),
        v.version());
  }

  /** Applies the event if it is the order's next one; the update counts only from that version. */
  private void change(String orderId, Object event, DomainEventMessage<?> message) {
    long sequence = message.getSequenceNumber();
    Optional<OrderView> current = views.find(orderId).filter(v -> v.version() == sequence - 1);
    if (current.isEmpty()) {
      return;
    }
    OrderView v = OrderViewChanges.apply(
        current.get(), event, sequence, message.getTimestamp(), MetadataKeys.actor(message.getMetaData()));
    jdbc.update(
        """
        UPDATE order_view
           SET status = ?, acknowledged_at = ?, stop_effect = ?, resumption = ?, closure = ?, changed_at = ?,
               version = ?
         WHERE id = ? AND version = ?
        """,
        v.status().name(),
        utc(v.acknowledgedAt()),
        ColumnJson.write(v.stopEffect()),
        ColumnJson.write(v.resumption()),
        ColumnJson.write(v.closure()),
        utc(v.changedAt()),
        v.version(),
        orderId,
        sequence - 1);
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
