package io.shouwei.contracts.tip;

import java.time.Instant;

/** Published when an agency triaged a tip into a hazard, reported with source WHISTLEBLOWER_TIP. */
public record TipConverted(String tipId, String hazardId, Instant convertedAt) {}
