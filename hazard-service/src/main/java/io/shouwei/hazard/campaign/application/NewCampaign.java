package io.shouwei.hazard.campaign.application;

import io.shouwei.hazard.campaign.CampaignJurisdiction;
import io.shouwei.hazard.campaign.Phase;
import java.time.LocalDate;
import java.util.List;

/** What the district launches as a campaign; the service adds its id. */
public record NewCampaign(
    String name,
    CampaignJurisdiction jurisdiction,
    List<Phase> phases,
    LocalDate reportDueDate,
    String legalBasis,
    String documentRef,
    String issuingOrganisation) {}
