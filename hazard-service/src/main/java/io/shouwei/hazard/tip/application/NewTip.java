package io.shouwei.hazard.tip.application;

import io.shouwei.hazard.tip.TipContact;

/**
 * What a member of the public tells: the service adds the id, the tracking code and the time.
 *
 * @param townCode the town the tip concerns, or {@code null}
 * @param mineId a mine the tip concerns, or {@code null}; attached only if it is a known mine
 * @param contact how the tipster may be reached, or {@code null}
 */
public record NewTip(String what, String where, String townCode, String mineId, TipContact contact) {}
