package io.shouwei.hazard.campaign.api;

import io.shouwei.hazard.campaign.PhaseKind;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Moves the dates of one phase of a campaign, before that phase has ended.
 *
 * @param expectedVersion the version the sender saw ({@code If-Match}), or {@code null}
 * @param today the day the amendment is made, in the district's calendar (from the service's clock)
 */
public record AmendCampaignPhaseCommand(
    @TargetAggregateIdentifier String campaignId,
    @TargetAggregateVersion Long expectedVersion,
    PhaseKind kind,
    LocalDate startDate,
    LocalDate endDate,
    LocalDate today) {}
