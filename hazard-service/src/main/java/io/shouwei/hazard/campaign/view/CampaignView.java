package io.shouwei.hazard.campaign.view;

import io.shouwei.contracts.Actor;
import io.shouwei.hazard.campaign.CampaignJurisdiction;
import io.shouwei.hazard.campaign.CampaignStatus;
import io.shouwei.hazard.campaign.Phase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A campaign as of its latest event, read from {@code campaign_view}.
 *
 * @param phases the phases in the order they follow one another
 * @param concludedOn the day it was concluded, or {@code null} while it is not
 * @param conclusionNote what was recorded on concluding, or {@code null}
 * @param launchedAt when the launch was stored
 * @param changedAt when the latest event was stored
 * @param version the sequence number of the latest event applied (0 after the launch)
 * @param launchedBy who launched the campaign
 */
public record CampaignView(
    String id,
    String name,
    CampaignJurisdiction jurisdiction,
    List<Phase> phases,
    LocalDate reportDueDate,
    String legalBasis,
    String documentRef,
    String issuingOrganisation,
    CampaignStatus status,
    LocalDate concludedOn,
    String conclusionNote,
    Instant launchedAt,
    Instant changedAt,
    long version,
    Actor launchedBy) {

  public CampaignView {
    phases = List.copyOf(phases);
  }

  /**
   * The phase under way on {@code today}: derived from the dates, never stored. Empty before the
   * first phase, between two phases, after the last, and once the campaign is concluded.
   */
  public Optional<Phase> currentPhase(LocalDate today) {
    if (status == CampaignStatus.CONCLUDED) {
      return Optional.empty();
    }
    return phases.stream().filter(p -> p.includes(today)).findFirst();
  }
}
