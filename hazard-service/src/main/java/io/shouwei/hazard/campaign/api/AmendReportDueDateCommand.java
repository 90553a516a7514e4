package io.shouwei.hazard.campaign.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Moves the day the campaign's closing work report is due.
 *
 * @param expectedVersion the version the sender saw ({@code If-Match}), or {@code null}
 * @param today the day the amendment is made, in the district's calendar (from the service's clock)
 */
public record AmendReportDueDateCommand(
    @TargetAggregateIdentifier String campaignId,
    @TargetAggregateVersion Long expectedVersion,
    LocalDate reportDueDate,
    LocalDate today) {}
