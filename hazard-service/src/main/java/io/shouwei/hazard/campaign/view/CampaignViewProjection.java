package io.shouwei.hazard.campaign.view;

import io.shouwei.contracts.Actor;
import io.shouwei.contracts.Role;
import io.shouwei.hazard.campaign.api.CampaignConcludedEvent;
import io.shouwei.hazard.campaign.api.CampaignLaunchedEvent;
import io.shouwei.hazard.campaign.api.CampaignPhaseAmendedEvent;
import io.shouwei.hazard.campaign.api.CampaignReportDueDateAmendedEvent;
import io.shouwei.hazard.config.MetadataKeys;
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
 * Keeps {@code campaign_view} up to date. A subscribing processor, like {@code mine-view}: it runs
 * in the command's transaction, so a read right after a command sees its effect. It applies an
 * event only if it is the next one of its campaign (the launch only if the campaign has no row
 * yet), so a redelivered or early event changes nothing. What an event changes is decided by
 * {@link CampaignViewChanges}; this class only stores. Plain SQL that PostgreSQL and H2 understand
 * alike.
 */
@Component
@ProcessingGroup(CampaignViewProjection.PROCESSING_GROUP)
public class CampaignViewProjection {

  public static final String PROCESSING_GROUP = "campaign-view";

  private final JdbcTemplate jdbc;
  private final CampaignViews views;

  public CampaignViewProjection(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.views = new CampaignViews(jdbc);
  }

  @EventHandler
  void on(
      CampaignLaunchedEvent event,
      @SequenceNumber long sequence,
      @Timestamp Instant storedAt,
      @MetaDataValue(MetadataKeys.ACTOR_USER_ID) String actorUserId,
      @MetaDataValue(MetadataKeys.ACTOR_ROLE) String actorRole,
      @MetaDataValue(MetadataKeys.ACTOR_ORG) String actorOrg) {
    if (views.exists(event.campaignId())) {
      return;
    }
    CampaignView v =
        CampaignViewChanges.launched(
            event, sequence, storedAt,
            new Actor(actorUserId, actorRole == null ? null : Role.valueOf(actorRole), actorOrg));
    jdbc.update(
        """
        INSERT INTO campaign_view (id, name, district_code, district_name, town_codes, phases, report_due_date,
                                   legal_basis, document_ref, issuing_organisation, status, concluded_on,
                                   conclusion_note, launched_at, changed_at, version, launched_by_user_id,
                                   launched_by_role, launched_by_org)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        v.id(),
        v.name(),
        v.jurisdiction().districtCode(),
        v.jurisdiction().districtName(),
        ColumnJson.write(v.jurisdiction().townCodes()),
        ColumnJson.write(v.phases()),
        v.reportDueDate(),
        v.legalBasis(),
        v.documentRef(),
        v.issuingOrganisation(),
        v.status().name(),
        v.concludedOn(),
        v.conclusionNote(),
        utc(v.launchedAt()),
        utc(v.changedAt()),
        v.version(),
        actorUserId,
        actorRole,
        actorOrg);
  }

  @EventHandler
  void on(CampaignPhaseAmendedEvent event, @SequenceNumber long sequence, @Timestamp Instant storedAt) {
    change(event.campaignId(), event, sequence, storedAt);
  }

  @EventHandler
  void on(CampaignReportDueDateAmendedEvent event, @SequenceNumber long sequence, @Timestamp Instant storedAt) {
    change(event.campaignId(), event, sequence, storedAt);
  }

  @EventHandler
  void on(CampaignConcludedEvent event, @SequenceNumber long sequence, @Timestamp Instant storedAt) {
    change(event.campaignId(), event, sequence, storedAt);
  }

  /** Applies the event if it is the campaign's next one; the update counts only from that version. */
  private void change(String campaignId, Object event, long sequence, Instant storedAt) {
    Optional<CampaignView> current = views.find(campaignId).filter(v -> v.version() == sequence - 1);
    if (current.isEmpty()) {
      return;
    }
    CampaignView v = CampaignViewChanges.apply(current.get(), event, sequence, storedAt);
    jdbc.update(
        """
        UPDATE campaign_view
           SET phases = ?, report_due_date = ?, status = ?, concluded_on = ?, conclusion_note = ?, changed_at = ?,
               version = ?
         WHERE id = ? AND version = ?
        """,
        ColumnJson.write(v.phases()),
        v.reportDueDate(),
        v.status().name(),
        v.concludedOn(),
        v.conclusionNote(),
        utc(v.changedAt()),
        v.version(),
        campaignId,
        sequence - 1);
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
