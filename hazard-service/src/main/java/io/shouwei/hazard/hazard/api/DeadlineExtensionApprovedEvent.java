package io.shouwei.hazard.hazard.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** Stored when an agency grants a requested extension: the deadline becomes {@code newDeadline}. */
@Revision("1")
public record DeadlineExtensionApprovedEvent(
    String hazardId,
    int number,
    Instant previousDeadline,
    Instant newDeadline,
    String reason,
    Instant decidedAt) {}
