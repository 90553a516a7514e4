package io.shouwei.contracts.order;

import java.time.Instant;

/**
 * Published when the enterprise applies to resume production under an order to stop it, every
 * cited hazard being signed off.
 *
 * @param application the application's number under the order: 1, 2, … after a failed review or a
 *     rejection
 */
public record ResumptionApplied(
    String orderId, int application, String rectificationReportRef, String assessmentReportRef, Instant appliedAt) {}
