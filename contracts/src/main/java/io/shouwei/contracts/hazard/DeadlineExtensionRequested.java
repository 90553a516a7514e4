package io.shouwei.contracts.hazard;

import java.time.Instant;

/**
 * Published when the enterprise asks for more time.
 *
 * @param number 1 for the hazard's first request, then 2, 3, …
 */
public record DeadlineExtensionRequested(
    String hazardId,
    int number,
    Instant currentDeadline,
    Instant requestedDeadline,
    String reason,
    Instant requestedAt) {}
