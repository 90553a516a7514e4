package io.shouwei.hazard.order.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * Stored when the enterprise applies to resume production.
 *
 * @param application the number of this application under the order, from 1
 */
@Revision("1")
public record ResumptionAppliedEvent(
    String orderId, int application, String rectificationReportRef, String assessmentReportRef, Instant appliedAt) {}
