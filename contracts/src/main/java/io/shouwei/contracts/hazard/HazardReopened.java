package io.shouwei.contracts.hazard;

import java.time.Instant;

/**
 * Published when a look-back review (回头看) finds a signed-off hazard not truly rectified: the
 * hazard goes round the loop again.
 *
 * @param reviewReference the look-back review that found it, or {@code null}
 */
public record HazardReopened(String hazardId, String reason, String reviewReference, Instant reopenedAt) {}
