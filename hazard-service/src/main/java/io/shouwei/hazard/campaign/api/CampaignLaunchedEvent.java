package io.shouwei.hazard.campaign.api;

import io.shouwei.hazard.campaign.CampaignJurisdiction;
import io.shouwei.hazard.campaign.Phase;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * Stored when a campaign is launched: the first event of every campaign. Published as
 * {@code io.shouwei.contracts.campaign.CampaignLaunched}.
 */
@Revision("1")
public record CampaignLaunchedEvent(
    String campaignId,
    String name,
    CampaignJurisdiction jurisdiction,
    List<Phase> phases,
    LocalDate reportDueDate,
    String legalBasis,
    String documentRef,
    String issuingOrganisation) {

  public CampaignLaunchedEvent {
    phases = phases == null ? List.of() : List.copyOf(phases);
  }
}
