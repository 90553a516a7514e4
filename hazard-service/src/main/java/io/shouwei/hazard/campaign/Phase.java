package io.shouwei.hazard.campaign;

import java.time.LocalDate;

/**
 * One phase of a campaign: its kind, its name as the campaign's plan calls it, and its first and
 * last day (both included, dates of the district's calendar). That the end is not before the start,
 * and how phases follow one another, are the campaign's rules.
 */
public record Phase(PhaseKind kind, String name, LocalDate startDate, LocalDate endDate) {

  /** Whether {@code day} lies within the phase. */
  public boolean includes(LocalDate day) {
    return !day.isBefore(startDate) && !day.isAfter(endDate);
  }

  /** The same phase with other dates. */
  public Phase withDates(LocalDate start, LocalDate end) {
    return new Phase(kind, name, start, end);
  }
}
