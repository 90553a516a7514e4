package io.shouwei.contracts.hazard;

import java.time.Instant;

/**
 * Published when an agency grants a requested extension: the deadline is now {@code newDeadline}.
 *
 * @param reason the agency's remark, or {@code null}
 */
public record DeadlineExtensionApproved(
    String hazardId,
    int number,
    Instant previousDeadline,
    Instant newDeadline,
    String reason,
    Instant decidedAt) {}
