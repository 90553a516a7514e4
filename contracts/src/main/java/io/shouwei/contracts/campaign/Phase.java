package io.shouwei.contracts.campaign;

import java.time.LocalDate;

/**
 * One phase of a campaign.
 *
 * @param startDate its first day, {@code endDate} its last (both included; days of the district's
 *     calendar, China Standard Time)
 */
public record Phase(PhaseKind kind, String name, LocalDate startDate, LocalDate endDate) {}
