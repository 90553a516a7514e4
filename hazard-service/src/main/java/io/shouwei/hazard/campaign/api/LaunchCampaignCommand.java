package io.shouwei.hazard.campaign.api;

import io.shouwei.hazard.campaign.CampaignJurisdiction;
import io.shouwei.hazard.campaign.Phase;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Launches a campaign (专项行动): creates the {@code Campaign} aggregate. Dates may lie in the past:
 * a campaign already under way, or one recorded afterwards, is launched like any other.
 *
 * @param campaignId chosen by the service (a UUID), never by the client
 * @param phases the phases in the order they follow one another
 * @param reportDueDate the day the closing work report is due, on or after the last phase's end
 * @param legalBasis the documents the campaign rests on, or {@code null}
 * @param documentRef the reference of the launching notice, or {@code null}
 * @param issuingOrganisation the organisation that issued the campaign, e.g. the district bureau
 */
public record LaunchCampaignCommand(
    @TargetAggregateIdentifier String campaignId,
    String name,
    CampaignJurisdiction jurisdiction,
    List<Phase> phases,
    LocalDate reportDueDate,
    String legalBasis,
    String documentRef,
    String issuingOrganisation) {

  public LaunchCampaignCommand {
    phases = phases == null ? List.of() : List.copyOf(phases);
  }
}
