package io.shouwei.contracts.hazard;

import java.time.Instant;

/** Published when an agency refuses a requested extension; the deadline stays as it was. */
public record DeadlineExtensionRefused(String hazardId, int number, String reason, Instant decidedAt) {}
