package io.shouwei.hazard.hazard.view;

import io.shouwei.contracts.Actor;
import io.shouwei.contracts.Role;
import io.shouwei.hazard.config.MetadataKeys;
import io.shouwei.hazard.hazard.api.HazardReportedEvent;
import io.shouwei.hazard.view.ColumnJson;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code hazard_view} up to date. Its processing group is a subscribing processor: it runs in
 * the command's transaction, so a read right after a command sees the command's effect. It applies
 * an event only if it is the next one of its hazard (a hazard's first event only if it has no row
 * yet), so redelivery and events out of order change nothing. What an event changes is decided by
 * {@link HazardViewChanges}; this class only stores. Plain SQL that PostgreSQL and H2 understand
 * alike.
 */
@Component
@ProcessingGroup(HazardViewProjection.PROCESSING_GROUP)
public class HazardViewProjection {

  public static final String PROCESSING_GROUP = "hazard-view";

  /** Axon's aggregate type of {@link io.shouwei.hazard.hazard.Hazard}: its simple class name. */
  private static final String HAZARD = "Hazard";

  private final JdbcTemplate jdbc;
  private final HazardViews views;

  public HazardViewProjection(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.views = new HazardViews(jdbc);
  }

  @EventHandler
  void on(
      HazardReportedEvent event,
      @SequenceNumber long sequence,
      @MetaDataValue(MetadataKeys.ACTOR_USER_ID) String actorUserId,
      @MetaDataValue(MetadataKeys.ACTOR_ROLE) String actorRole,
      @MetaDataValue(MetadataKeys.ACTOR_ORG) String actorOrg) {
    if (views.find(event.hazardId()).isPresent()) {
      return;
    }
    HazardView v = HazardViewChanges.reported(event, sequence, actor(actorUserId, actorRole, actorOrg));
    jdbc.update(
        """
        INSERT INTO hazard_view (id, number, mine_id, enterprise_id, town_code, campaign_id, source, category,
                                 title, description, location, discovered_at, reported_at, status,
                                 version, reported_by_user_id, reported_by_role, reported_by_org,
                                 suggested_level, suggested_criteria, cited_criteria, criteria)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        v.id(),
        v.number(),
        v.mineId(),
        v.enterpriseId(),
        v.townCode(),
        v.campaignId(),
        v.source().name(),
        v.category(),
        v.title(),
        v.description(),
        v.location(),
        utc(v.discoveredAt()),
        utc(v.reportedAt()),
        v.status().name(),
        v.version(),
        actorUserId,
        actorRole,
        actorOrg,
        name(v.suggestedLevel()),
        ColumnJson.write(v.suggestedCriteria()),
        ColumnJson.write(v.citedCriteria()),
        ColumnJson.write(v.criteria()));
  }

  /**
   * Every later event of a hazard: {@link HazardViewChanges} decides what it changes. Events of
   * other aggregates pass by.
   */
  @EventHandler
  void on(Object event, DomainEventMessage<?> message) {
    if (!HAZARD.equals(message.getType()) || event instanceof HazardReportedEvent) {
      return;
    }
    change(message.getAggregateIdentifier(), event, message.getSequenceNumber(),
        MetadataKeys.actor(message.getMetaData()));
  }

  void on(Object event, String hazardId, long sequence, String actorUserId, String actorRole, String actorOrg) {
    change(hazardId, event, sequence, actor(actorUserId, actorRole, actorOrg));
  }

  /** Applies the event if it is the hazard's next one; the update counts only from that version. */
  private void change(String hazardId, Object event, long sequence, Actor actor) {
    Optional<HazardView> current = views.find(hazardId).filter(v -> v.version() == sequence - 1);
    if (current.isEmpty()) {
      return;
    }
    HazardView v = HazardViewChanges.apply(current.get(), event, sequence, actor);
    HazardView.SignOff signOff = v.signedOff();
    HazardView.PendingExtension pending = v.pendingExtension();
    jdbc.update(
        """
        UPDATE hazard_view
           SET status = ?, version = ?, classified_level = ?, criteria = ?, classification_reason = ?,
               plan = ?, deadline = ?, progress_percent = ?,
               signed_off_by_user_id = ?, signed_off_by_role = ?, signed_off_by_org = ?, signed_off_at = ?,
               pending_extension_number = ?, pending_extension_deadline = ?, pending_extension_reason = ?,
               pending_extension_requested_at = ?
         WHERE id = ? AND version = ?
        """,
        v.status().name(),
        v.version(),
        name(v.level()),
        ColumnJson.write(v.criteria()),
        v.classificationReason(),
        ColumnJson.write(v.plan()),
        utc(v.deadline()),
        v.progressPercent(),
        signOff == null ? null : signOff.by().userId(),
        signOff == null ? null : name(signOff.by().role()),
        signOff == null ? null : signOff.by().orgId(),
        signOff == null ? null : utc(signOff.at()),
        pending == null ? null : pending.number(),
        pending == null ? null : utc(pending.requestedDeadline()),
        pending == null ? null : pending.reason(),
        pending == null ? null : utc(pending.requestedAt()),
        hazardId,
        sequence - 1);
  }

  private static Actor actor(String userId, String role, String org) {
    return new Actor(userId, role == null ? null : Role.valueOf(role), org);
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }

  static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
