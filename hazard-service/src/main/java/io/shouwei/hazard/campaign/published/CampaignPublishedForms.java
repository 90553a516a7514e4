package io.shouwei.hazard.campaign.published;

import io.shouwei.contracts.campaign.CampaignConcluded;
import io.shouwei.contracts.campaign.CampaignJurisdiction;
import io.shouwei.contracts.campaign.CampaignLaunched;
import io.shouwei.contracts.campaign.CampaignPhaseAmended;
import io.shouwei.contracts.campaign.CampaignReportDueDateAmended;
import io.shouwei.contracts.campaign.Phase;
import io.shouwei.contracts.campaign.PhaseKind;
import io.shouwei.hazard.campaign.api.CampaignConcludedEvent;
import io.shouwei.hazard.campaign.api.CampaignLaunchedEvent;
import io.shouwei.hazard.campaign.api.CampaignPhaseAmendedEvent;
import io.shouwei.hazard.campaign.api.CampaignReportDueDateAmendedEvent;
import io.shouwei.hazard.publishing.PublishedForms;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The published form of each event of the Campaign aggregate. */
@Component
public class CampaignPublishedForms implements PublishedForms {

  @Override
  public Optional<Object> publishedFormOf(Object internalEvent) {
    if (internalEvent instanceof CampaignLaunchedEvent e) {
      return Optional.of(new CampaignLaunched(
          e.campaignId(),
          e.name(),
          new CampaignJurisdiction(
              e.jurisdiction().districtCode(), e.jurisdiction().districtName(), e.jurisdiction().townCodes()),
          e.phases().stream().map(CampaignPublishedForms::phase).toList(),
          e.reportDueDate(),
          e.legalBasis(),
          e.documentRef(),
          e.issuingOrganisation()));
    }
    if (internalEvent instanceof CampaignPhaseAmendedEvent e) {
      return Optional.of(new CampaignPhaseAmended(e.campaignId(), kind(e.kind()), e.startDate(), e.endDate()));
    }
    if (internalEvent instanceof CampaignReportDueDateAmendedEvent e) {
      return Optional.of(new CampaignReportDueDateAmended(e.campaignId(), e.reportDueDate()));
    }
    if (internalEvent instanceof CampaignConcludedEvent e) {
      return Optional.of(new CampaignConcluded(e.campaignId(), e.concludedOn(), e.note()));
    }
    return Optional.empty();
  }

  private static Phase phase(io.shouwei.hazard.campaign.Phase p) {
    return new Phase(kind(p.kind()), p.name(), p.startDate(), p.endDate());
  }

  private static PhaseKind kind(io.shouwei.hazard.campaign.PhaseKind kind) {
    return PhaseKind.valueOf(kind.name());
  }
}
