package io.shouwei.reporting.projection;

import java.time.Instant;

/**
 * One tip from the public (吹哨人) in the {@value TipStore#COLLECTION} read model: its status only.
 * What the tip says, where, and the dismissal reason stay out of the read model, and who the
 * tipster is was never published.
 *
 * @param id the tip id, stored as {@code _id}
 * @param townCode the town the tip concerns, or {@code null} when unknown
 * @param triagedAt when it was converted or dismissed, or {@code null} while it waits
 * @param hazardId the hazard it was converted into, or {@code null}
 * @param lastSequence the sequence of the tip's last applied event
 * @param updatedAt when the last applied event occurred
 */
public record TipDocument(
    String id,
    TipStatus status,
    String townCode,
    Instant receivedAt,
    Instant triagedAt,
    String hazardId,
    long lastSequence,
    Instant updatedAt) {}
