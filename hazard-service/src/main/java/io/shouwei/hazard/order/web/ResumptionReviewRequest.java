package io.shouwei.hazard.order.web;

import io.shouwei.contracts.order.ReviewOutcome;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/orders/{id}/resumption-review}: {@code PASS} sends the application
 * on to the district bureau, {@code FAIL} back to the enterprise with findings (the order's rule).
 */
public record ResumptionReviewRequest(@NotNull ReviewOutcome outcome, @Size(max = 4000) String findings) {}
