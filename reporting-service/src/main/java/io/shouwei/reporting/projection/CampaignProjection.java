package io.shouwei.reporting.projection;

import io.shouwei.contracts.EventEnvelope;
import io.shouwei.contracts.campaign.CampaignConcluded;
import io.shouwei.contracts.campaign.CampaignJurisdiction;
import io.shouwei.contracts.campaign.CampaignLaunched;
import io.shouwei.contracts.campaign.CampaignPhaseAmended;
import io.shouwei.contracts.campaign.CampaignReportDueDateAmended;
import io.shouwei.contracts.campaign.Phase;
import java.time.LocalDate;
import java.util.List;

/**
 * What each published campaign event does to a {@link CampaignDocument}: pure functions of the
 * current document (or {@code null} before the launch) and the campaign's next event, as
 * hazard-service's own view of a campaign.
 */
public final class CampaignProjection {

  /** The payload of every campaign event this projection applies. */
  public static final List<Class<?>> PAYLOADS =
      List.of(
          CampaignLaunched.class, CampaignPhaseAmended.class, CampaignReportDueDateAmended.class,
          CampaignConcluded.class);

  private CampaignProjection() {}

  /**
   * The document after {@code event}; the caller has checked that it is the campaign's next event.
   *
   * @throws IllegalArgumentException when the payload names another campaign than the envelope,
   *     when a launch finds a document or a later event none, or for a payload not in {@link
   *     #PAYLOADS}
   */
  public static CampaignDocument apply(CampaignDocument current, EventEnvelope<?> event) {
    Object payload = event.payload();
    if (payload instanceof CampaignLaunched e) {
      requireSameCampaign(event, e.campaignId());
      if (current != null) {
        throw new IllegalArgumentException("campaign " + e.campaignId() + " was launched before");
      }
      CampaignJurisdiction where = e.jurisdiction();
      return new CampaignDocument(
          e.campaignId(), e.name(), where.districtCode(), where.districtName(), where.townCodes(), e.phases(),
          e.reportDueDate(), e.legalBasis(), e.documentRef(), e.issuingOrganisation(), CampaignStatus.LAUNCHED, null,
          null, event.occurredAt(), event.sequence(), event.occurredAt());
    }
    if (current == null) {
      throw new IllegalArgumentException(
          event.type() + " event " + event.eventId() + " of campaign " + event.aggregateId() + " precedes its launch");
    }
    CampaignDocument c = current;
    List<Phase> phases = c.phases();
    LocalDate reportDueDate = c.reportDueDate();
    CampaignStatus status = c.status();
    LocalDate concludedOn = c.concludedOn();
    String note = c.conclusionNote();
    if (payload instanceof CampaignPhaseAmended e) {
      requireSameCampaign(event, e.campaignId());
      phases =
          phases.stream()
              .map(p -> p.kind() == e.kind() ? new Phase(p.kind(), p.name(), e.startDate(), e.endDate()) : p)
              .toList();
    } else if (payload instanceof CampaignReportDueDateAmended e) {
      requireSameCampaign(event, e.campaignId());
      reportDueDate = e.reportDueDate();
    } else if (payload instanceof CampaignConcluded e) {
      requireSameCampaign(event, e.campaignId());
      status = CampaignStatus.CONCLUDED;
      concludedOn = e.concludedOn();
      note = e.note();
    } else {
      throw new IllegalArgumentException("not a campaign event: " + payload.getClass().getName());
    }
    return new CampaignDocument(
        c.id(), c.name(), c.districtCode(), c.districtName(), c.townCodes(), phases, reportDueDate, c.legalBasis(),
        c.documentRef(), c.issuingOrganisation(), status, concludedOn, note, c.launchedAt(), event.sequence(),
        event.occurredAt());
  }

  private static void requireSameCampaign(EventEnvelope<?> event, String campaignId) {
    if (!event.aggregateId().equals(campaignId)) {
      throw new IllegalArgumentException(
          "event " + event.eventId() + " of aggregate " + event.aggregateId() + " carries campaign " + campaignId);
    }
  }
}
