package io.shouwei.hazard.hazard.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** Stored when the enterprise asks for a later deadline; {@code number} counts the hazard's requests. */
@Revision("1")
public record DeadlineExtensionRequestedEvent(
    String hazardId,
    int number,
    Instant currentDeadline,
    Instant requestedDeadline,
    String reason,
    Instant requestedAt) {}
