package io.shouwei.contracts.hazard;

import java.time.Instant;

/** Published when the enterprise starts rectifying a planned hazard. */
public record RectificationStarted(String hazardId, Instant startedAt) {}
