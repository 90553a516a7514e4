package io.shouwei.hazard.order.web;

import io.shouwei.hazard.order.api.ResumptionDecision;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/orders/{id}/resumption-decision}: {@code APPROVE} lifts the order,
 * {@code REJECT} sends the application back with a reason (the order's rule).
 */
public record ResumptionDecisionRequest(@NotNull ResumptionDecision decision, @Size(max = 4000) String reason) {}
