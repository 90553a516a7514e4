package io.shouwei.contracts.hazard;

import java.time.Instant;

/** Published when a submitted rectification is not accepted: the hazard is rectified again. */
public record RectificationRejected(String hazardId, String reason, Instant rejectedAt) {}
