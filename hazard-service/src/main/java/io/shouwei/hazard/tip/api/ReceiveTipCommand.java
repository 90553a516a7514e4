package io.shouwei.hazard.tip.api;

import io.shouwei.hazard.tip.TipContact;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Receives a tip from the public: creates the {@code Tip} aggregate. The service fills in the id,
 * the hash of the tracking code it gave the tipster, the town and mine it attached the tip to, and
 * the time.
 *
 * @param tipId chosen by the service (a UUID), never by the tipster
 * @param trackingCodeHash the SHA-256 of the tracking code (see {@code TrackingCode#hash})
 * @param what what the tipster saw
 * @param where where they saw it
 * @param townCode the town the tip concerns, or {@code null} when unknown
 * @param mineId the known mine the tip concerns, or {@code null}
 * @param contact how the tipster may be reached, or {@code null} for an anonymous tip
 * @param receivedAt when the service received the tip (from its clock)
 */
public record ReceiveTipCommand(
    @TargetAggregateIdentifier String tipId,
    String trackingCodeHash,
    String what,
    String where,
    String townCode,
    String mineId,
    TipContact contact,
    Instant receivedAt) {}
