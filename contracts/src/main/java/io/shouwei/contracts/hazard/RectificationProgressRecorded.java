package io.shouwei.contracts.hazard;

import java.time.Instant;
import java.util.List;

/**
 * Published when progress of a rectification is recorded.
 *
 * @param percent 0 to 100, never below the previous record of the same round
 * @param evidenceRefs references of photos or documents, possibly empty
 */
public record RectificationProgressRecorded(
    String hazardId, String note, int percent, List<String> evidenceRefs, Instant recordedAt) {}
