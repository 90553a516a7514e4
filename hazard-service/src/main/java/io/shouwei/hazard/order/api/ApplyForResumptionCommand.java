package io.shouwei.hazard.order.api;

import io.shouwei.hazard.hazard.HazardStatus;
import io.shouwei.hazard.hazard.api.ActingAs;
import java.time.Instant;
import java.time.Period;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The enterprise applies to resume production under an order to stop it.
 *
 * @param expectedVersion the version the sender saw ({@code If-Match}), or {@code null} for any
 * @param hazardStatuses the current status of each cited hazard as the service read it; a cited
 *     hazard missing here counts as not signed off
 * @param rectificationReportRef the rectification report (整改报告)
 * @param assessmentReportRef the safety assessment or acceptance report (评估/验收报告)
 * @param reapplicationBlock how long after a failed review or a refusal a new application is
 *     refused (the service's setting); zero for none
 */
public record ApplyForResumptionCommand(
    @TargetAggregateIdentifier String orderId,
    @TargetAggregateVersion Long expectedVersion,
    ActingAs actingAs,
    Map<String, HazardStatus> hazardStatuses,
    String rectificationReportRef,
    String assessmentReportRef,
    Instant appliedAt,
    Period reapplicationBlock) {}
