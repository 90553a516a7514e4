package io.shouwei.hazard.hazard.api;

import io.shouwei.contracts.hazard.HazardLevel;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * Stored when a submitted rectification is accepted (销号).
 *
 * @param level the level the hazard was verified at
 * @param reason the verifier's remark, or {@code null}
 */
@Revision("1")
public record HazardSignedOffEvent(String hazardId, HazardLevel level, String reason, Instant signedOffAt) {}
