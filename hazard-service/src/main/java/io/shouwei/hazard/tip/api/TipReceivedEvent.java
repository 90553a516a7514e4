package io.shouwei.hazard.tip.api;

import io.shouwei.hazard.tip.TipContact;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * Stored when a tip is received: the first event of every tip. It holds the tipster's contact, so
 * it is never shown as it is: the published {@code io.shouwei.contracts.tip.TipReceived} leaves the
 * contact out.
 *
 * @param townCode the town the tip concerns (the attached mine's town when there is one), or
 *     {@code null}
 * @param mineId the known mine the tip concerns, or {@code null}
 * @param contact the tipster's identity, or {@code null} for an anonymous tip
 */
@Revision("1")
public record TipReceivedEvent(
    String tipId,
    String trackingCodeHash,
    String what,
    String where,
    String townCode,
    String mineId,
    TipContact contact,
    Instant receivedAt) {}
