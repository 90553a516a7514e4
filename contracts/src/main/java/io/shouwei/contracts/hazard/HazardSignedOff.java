package io.shouwei.contracts.hazard;

import java.time.Instant;

/**
 * Published when a submitted rectification is accepted and the hazard is closed (销号).
 *
 * @param level the level the hazard was signed off at
 * @param reason the verifier's remark, or {@code null}
 */
public record HazardSignedOff(String hazardId, HazardLevel level, String reason, Instant signedOffAt) {}
