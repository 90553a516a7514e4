package io.shouwei.hazard.campaign.view;

import io.shouwei.contracts.Actor;
import io.shouwei.hazard.campaign.CampaignStatus;
import io.shouwei.hazard.campaign.Phase;
import io.shouwei.hazard.campaign.api.CampaignConcludedEvent;
import io.shouwei.hazard.campaign.api.CampaignLaunchedEvent;
import io.shouwei.hazard.campaign.api.CampaignPhaseAmendedEvent;
import io.shouwei.hazard.campaign.api.CampaignReportDueDateAmendedEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What each event of a campaign does to its view: pure functions of (view, event) → view, free of
 * storage, so that the same rules keep {@code campaign_view} and could replay a campaign.
 */
public final class CampaignViewChanges {

  private CampaignViewChanges() {}

  /** The view of a campaign just launched. */
  public static CampaignView launched(CampaignLaunchedEvent e, long sequence, Instant storedAt, Actor by) {
    return new CampaignView(
        e.campaignId(), e.name(), e.jurisdiction(), e.phases(), e.reportDueDate(), e.legalBasis(), e.documentRef(),
        e.issuingOrganisation(), CampaignStatus.LAUNCHED, null, null, storedAt, storedAt, sequence, by);
  }

  /**
   * The view after {@code event}, stored at {@code sequence} at {@code storedAt}.
   *
   * @throws IllegalArgumentException for an event that is not one of a campaign's later events
   */
  public static CampaignView apply(CampaignView v, Object event, long sequence, Instant storedAt) {
    List<Phase> phases = v.phases();
    LocalDate reportDueDate = v.reportDueDate();
    CampaignStatus status = v.status();
    LocalDate concludedOn = v.concludedOn();
    String note = v.conclusionNote();
    if (event instanceof CampaignPhaseAmendedEvent e) {
      phases = phases.stream()
          .map(p -> p.kind() == e.kind() ? p.withDates(e.startDate(), e.endDate()) : p)
          .toList();
    } else if (event instanceof CampaignReportDueDateAmendedEvent e) {
      reportDueDate = e.reportDueDate();
    } else if (event instanceof CampaignConcludedEvent e) {
      status = CampaignStatus.CONCLUDED;
      concludedOn = e.concludedOn();
      note = e.note();
    } else {
      throw new IllegalArgumentException("not a later event of a campaign: " + event.getClass().getName());
    }
    return new CampaignView(
        v.id(), v.name(), v.jurisdiction(), phases, reportDueDate, v.legalBasis(), v.documentRef(),
        v.issuingOrganisation(), status, concludedOn, note, v.launchedAt(), storedAt, sequence, v.launchedBy());
  }
}
