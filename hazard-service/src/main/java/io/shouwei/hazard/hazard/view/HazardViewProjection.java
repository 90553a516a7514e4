package io.shouwei.hazard.hazard.view;

import io.shouwei.hazard.config.MetadataKeys;
import io.shouwei.hazard.hazard.HazardStatus;
import io.shouwei.hazard.hazard.api.HazardReportedEvent;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code hazard_view} up to date. Its processing group is a subscribing processor: it runs in
 * the command's transaction, so a read right after a command sees the command's effect. It applies
 * an event only if it is the next one of its hazard (a hazard's first event only if it has no row
 * yet), so redelivery changes nothing. Plain SQL that PostgreSQL and H2 understand alike.
 */
@Component
@ProcessingGroup(HazardViewProjection.PROCESSING_GROUP)
public class HazardViewProjection {

  public static final String PROCESSING_GROUP = "hazard-view";

  private final JdbcTemplate jdbc;

  public HazardViewProjection(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @EventHandler
  void on(
      HazardReportedEvent event,
      @SequenceNumber long sequence,
      @MetaDataValue(MetadataKeys.ACTOR_USER_ID) String actorUserId,
      @MetaDataValue(MetadataKeys.ACTOR_ROLE) String actorRole,
      @MetaDataValue(MetadataKeys.ACTOR_ORG) String actorOrg) {
    if (exists(event.hazardId())) {
      return;
    }
    jdbc.update(
        """
        INSERT INTO hazard_view (id, mine_id, enterprise_id, town_code, campaign_id, source, category,
                                 title, description, location, discovered_at, reported_at, status,
                                 version, reported_by_user_id, reported_by_role, reported_by_org)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        event.hazardId(),
        event.mineId(),
        event.enterpriseId(),
        event.townCode(),
        event.campaignId(),
        event.source().name(),
        event.category(),
        event.title(),
        event.description(),
        event.location(),
        utc(event.discoveredAt()),
        utc(event.reportedAt()),
        HazardStatus.REPORTED.name(),
        sequence,
        actorUserId,
        actorRole,
        actorOrg);
  }

  private boolean exists(String hazardId) {
    return !jdbc.queryForList("SELECT 1 FROM hazard_view WHERE id = ?", Integer.class, hazardId).isEmpty();
  }

  static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
