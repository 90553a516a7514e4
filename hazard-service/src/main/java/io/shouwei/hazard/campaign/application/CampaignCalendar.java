package io.shouwei.hazard.campaign.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The calendar a campaign's dates are days of: the district's, China Standard Time. "Today" is
 * taken from the service's clock in this zone, so a phase ends at midnight in the district, not in
 * UTC.
 */
public final class CampaignCalendar {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private CampaignCalendar() {}

  /** The district's today by this clock. */
  public static LocalDate today(Clock clock) {
    return LocalDate.now(clock.withZone(ZONE));
  }
}
