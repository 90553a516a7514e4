package io.shouwei.contracts.campaign;

import java.time.LocalDate;
import java.util.List;

/**
 * Published when a campaign (专项行动) is launched: the first event of every campaign.
 *
 * @param phases in the order they follow one another, none overlapping
 * @param reportDueDate the day the closing work report is due, on or after the last phase's end
 * @param legalBasis the documents the campaign rests on, or {@code null}
 * @param documentRef the reference of the launching notice, or {@code null}
 */
public record CampaignLaunched(
    String campaignId,
    String name,
    CampaignJurisdiction jurisdiction,
    List<Phase> phases,
    LocalDate reportDueDate,
    String legalBasis,
    String documentRef,
    String issuingOrganisation) {}
