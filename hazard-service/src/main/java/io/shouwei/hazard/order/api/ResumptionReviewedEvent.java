package io.shouwei.hazard.order.api;

import io.shouwei.contracts.order.ReviewOutcome;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * Stored when an application to resume production is reviewed: a pass goes on to the district
 * bureau, a failure back to the enterprise.
 *
 * @param findings the reviewer's findings; never {@code null} for a failure
 */
@Revision("1")
public record ResumptionReviewedEvent(String orderId, ReviewOutcome outcome, String findings, Instant reviewedAt) {}
