package io.shouwei.contracts.tip;

import java.time.Instant;

/** Published when an agency dismissed a tip; the reason is the one the tipster reads. */
public record TipDismissed(String tipId, String reason, Instant dismissedAt) {}
