package io.shouwei.contracts.tip;

import java.time.Instant;

/**
 * Published when a tip from the public is received. It never carries who the tipster is: the
 * contact they may have left stays in the hazard service.
 *
 * @param townCode the town the tip concerns, or {@code null} when unknown
 * @param mineId the known mine the tip concerns, or {@code null}
 */
public record TipReceived(
    String tipId, String what, String where, String townCode, String mineId, Instant receivedAt) {}
