package io.shouwei.hazard.campaign.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Concludes a campaign whose last phase has ended; it changes no more afterwards.
 *
 * @param expectedVersion the version the sender saw ({@code If-Match}), or {@code null}
 * @param note what the district records on concluding, or {@code null}
 * @param today the day of the conclusion, in the district's calendar (from the service's clock)
 */
public record ConcludeCampaignCommand(
    @TargetAggregateIdentifier String campaignId,
    @TargetAggregateVersion Long expectedVersion,
    String note,
    LocalDate today) {}
