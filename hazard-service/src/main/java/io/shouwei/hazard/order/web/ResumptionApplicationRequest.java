package io.shouwei.hazard.order.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/orders/{id}/resumption-application}: references to the
 * rectification report and to the safety assessment or acceptance report.
 */
public record ResumptionApplicationRequest(
    @NotBlank @Size(max = 500) String rectificationReportRef, @NotBlank @Size(max = 500) String assessmentReportRef) {}
