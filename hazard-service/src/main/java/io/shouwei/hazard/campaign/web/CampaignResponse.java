package io.shouwei.hazard.campaign.web;

import io.shouwei.contracts.Role;
import io.shouwei.hazard.campaign.CampaignStatus;
import io.shouwei.hazard.campaign.view.CampaignView;
import io.shouwei.hazard.campaign.web.LaunchCampaignRequest.JurisdictionBody;
import io.shouwei.hazard.campaign.web.LaunchCampaignRequest.PhaseBody;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A campaign as {@code GET /api/campaigns/{id}} shows it; its version is also the response's ETag.
 *
 * @param today the district's today, the day {@code currentPhase} is derived for
 * @param currentPhase the phase under way today, or {@code null} (before, between or after the
 *     phases, or once concluded); derived, never stored
 */
public record CampaignResponse(
    String id,
    String name,
    JurisdictionBody jurisdiction,
    List<PhaseBody> phases,
    LocalDate reportDueDate,
    String legalBasis,
    String documentRef,
    String issuingOrganisation,
    CampaignStatus status,
    LocalDate today,
    PhaseBody currentPhase,
    LocalDate concludedOn,
    String conclusionNote,
    Instant launchedAt,
    Instant changedAt,
    long version,
    LaunchedBy launchedBy) {

  /** Who launched the campaign, in which role, for which organisation. */
  public record LaunchedBy(String userId, Role role, String orgId) {}

  public static CampaignResponse of(CampaignView view, LocalDate today) {
    return new CampaignResponse(
        view.id(),
        view.name(),
        JurisdictionBody.of(view.jurisdiction()),
        view.phases().stream().map(PhaseBody::of).toList(),
        view.reportDueDate(),
        view.legalBasis(),
        view.documentRef(),
        view.issuingOrganisation(),
        view.status(),
        today,
        view.currentPhase(today).map(PhaseBody::of).orElse(null),
        view.concludedOn(),
        view.conclusionNote(),
        view.launchedAt(),
        view.changedAt(),
        view.version(),
        new LaunchedBy(view.launchedBy().userId(), view.launchedBy().role(), view.launchedBy().orgId()));
  }
}
