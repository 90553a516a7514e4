package io.shouwei.contracts.hazard;

import java.time.Instant;
import java.util.List;

/**
 * Published when the enterprise declares the rectification done and submits it for verification.
 *
 * @param evidenceRefs references of the evidence, at least one
 */
public record RectificationCompleted(
    String hazardId, List<String> evidenceRefs, String note, Instant completedAt) {}
