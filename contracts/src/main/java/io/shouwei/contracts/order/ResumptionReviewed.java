package io.shouwei.contracts.order;

import java.time.Instant;

/**
 * Published when the town office has reviewed an application to resume production.
 *
 * @param findings what the review found; always given when it failed
 */
public record ResumptionReviewed(String orderId, ReviewOutcome outcome, String findings, Instant reviewedAt) {}
