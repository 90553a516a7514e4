package io.shouwei.hazard.tip.application;

import io.shouwei.hazard.tip.TipStatus;
import java.time.LocalDate;

/**
 * All that a tracking code tells about a tip: its status, the day it was received and, for a
 * dismissed tip, the reason. Never its content, its tipster, its hazard or who triaged it.
 *
 * @param receivedOn the day it was received, in the service's time zone
 * @param dismissalReason why it was dismissed; {@code null} unless it was
 */
public record PublicTipStatus(TipStatus status, LocalDate receivedOn, String dismissalReason) {}
