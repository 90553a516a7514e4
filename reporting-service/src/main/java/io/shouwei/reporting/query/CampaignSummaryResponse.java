package io.shouwei.reporting.query;

import io.shouwei.contracts.campaign.Phase;
import io.shouwei.contracts.campaign.PhaseKind;
import io.shouwei.contracts.hazard.HazardLevel;
import io.shouwei.contracts.hazard.HazardSource;
import io.shouwei.reporting.projection.CampaignDocument;
import io.shouwei.reporting.projection.CampaignStatus;
import io.shouwei.reporting.projection.HazardStatus;
import io.shouwei.reporting.projection.OrderStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The figures of one campaign, over the campaign's hazards and orders the caller may see (a scoped
 * caller gets the same shape with its subset). Rates are fractions from 0 to 1 with four decimals,
 * {@code null} when there is nothing to divide by; days are decimal days with two decimals.
 *
 * @param asOf the time of the question, which decides what is overdue
 * @param totals the figures of every hazard of the campaign the caller may see
 * @param byTown the same figures per town, for the towns that have hazards
 * @param byMineType per type of the hazard's mine ({@code UNKNOWN} while the mine's registration is
 *     not in the read model), for the types that have hazards
 * @param byLevel per level the rules go by, for the levels that have hazards
 * @param bySource per way the hazards came to light, for the sources that have hazards
 * @param cells the statistics per town × mine type × level, for the combinations that have
 *     hazards, ordered by town, type and level
 * @param ordersByTown the order figures per town, for the towns that have orders
 * @param overdue the hazards overdue at {@link #asOf}, the longest overdue first
 * @param daysToSignOff from report to sign-off, over the hazards signed off now
 * @param orders the campaign's rectification orders
 * @param lookBack what the look-back reviews (回头看) found
 * @param funds the money set aside by the hazards' current plans
 * @param phases the hazards reported, signed off and the orders issued in each phase, by the day
 *     in China Standard Time
 * @param tips the tips about the campaign's towns received while the campaign ran, for the roles
 *     that read tips; {@code null} for the others
 */
public record CampaignSummaryResponse(
    Campaign campaign,
    Instant asOf,
    HazardFigures totals,
    Map<String, HazardFigures> byTown,
    Map<String, HazardFigures> byMineType,
    Map<HazardLevel, HazardFigures> byLevel,
    Map<HazardSource, HazardFigures> bySource,
    List<Cell> cells,
    Map<String, OrderFigures> ordersByTown,
    List<OverdueHazard> overdue,
    SignOffTimes daysToSignOff,
    OrderFigures orders,
    LookBack lookBack,
    Funds funds,
    List<PhaseFigures> phases,
    TipFigures tips) {

  /**
   * The statistics of the campaign's hazards in one town, of one mine type and one level: the
   * finest breakdown, from which the coarser ones add up (the days to sign-off excepted).
   *
   * @param mineType as in {@code byMineType}, {@code UNKNOWN} while the mine is not in the read model
   */
  public record Cell(
      String townCode,
      String mineType,
      HazardLevel level,
      HazardFigures hazards,
      SignOffTimes daysToSignOff,
      LookBack lookBack,
      Funds funds) {}

  /** The campaign itself, as the campaigns read model holds it. */
  public record Campaign(
      String id,
      String name,
      String districtCode,
      String districtName,
      List<String> townCodes,
      List<Phase> phases,
      LocalDate reportDueDate,
      CampaignStatus status,
      LocalDate concludedOn,
      long version) {

    static Campaign of(CampaignDocument c) {
      return new Campaign(
          c.id(), c.name(), c.districtCode(), c.districtName(), c.townCodes(), c.phases(), c.reportDueDate(),
          c.status(), c.concludedOn(), c.lastSequence());
    }
  }

  /**
   * Counts of hazards.
   *
   * @param total every hazard reported
   * @param byStatus how many are in each status now (every status, zeros included)
   * @param overdue not signed off and past their deadline at the time of the question
   * @param major the hazards whose level is major now
   * @param closureRate signed off / total
   * @param majorClosureRate major signed off / major
   */
  public record HazardFigures(
      long total,
      Map<HazardStatus, Long> byStatus,
      long signedOff,
      long overdue,
      long major,
      long majorSignedOff,
      BigDecimal closureRate,
      BigDecimal majorClosureRate) {}

  /** A hazard past its deadline and not signed off. */
  public record OverdueHazard(
      String id,
      String number,
      String title,
      String mineId,
      String enterpriseId,
      String townCode,
      HazardLevel level,
      HazardStatus status,
      Instant deadline,
      long daysOverdue) {}

  /**
   * Days from report to sign-off.
   *
   * @param count how many hazards the statistics cover
   * @param averageDays their mean, or {@code null} without any
   * @param p90Days the 90th percentile by nearest rank (the smallest value that at least 90% of the
   *     hazards do not exceed), or {@code null} without any
   */
  public record SignOffTimes(long count, BigDecimal averageDays, BigDecimal p90Days) {}

  /**
   * The campaign's rectification orders.
   *
   * @param stopOrders the orders to stop production among them
   * @param stoppingNow the orders to stop production in force on their mine now
   * @param minesStoppedNow the mines those orders stop
   * @param resumptionsApproved the orders to stop production lifted on an approved resumption
   * @param fulfilled the orders to rectify within a deadline fulfilled
   */
  public record OrderFigures(
      long issued,
      long stopOrders,
      long stoppingNow,
      long minesStoppedNow,
      long resumptionsApproved,
      long fulfilled,
      Map<OrderStatus, Long> byStatus) {}

  /**
   * What the look-back reviews found.
   *
   * @param hazardsReopened the hazards reopened at least once
   * @param reopenings how often hazards were reopened in all
   * @param reopenedStillOpen reopened hazards not signed off again
   * @param reopenedSignedOffAgain reopened hazards signed off again after the revisit
   * @param foundOnRevisit hazards reported by a look-back review (source {@code REVISIT})
   */
  public record LookBack(
      long hazardsReopened,
      long reopenings,
      long reopenedStillOpen,
      long reopenedSignedOffAgain,
      long foundOnRevisit) {}

  /**
   * The money the hazards' current plans set aside, summed exactly.
   *
   * @param totalCny in yuan
   * @param hazardsWithFunds how many plans name an amount
   */
  public record Funds(BigDecimal totalCny, long hazardsWithFunds) {}

  /** One phase of the campaign and what happened in it. */
  public record PhaseFigures(
      PhaseKind kind,
      String name,
      LocalDate startDate,
      LocalDate endDate,
      long hazardsReported,
      long hazardsSignedOff,
      long ordersIssued) {}

  /**
   * The tips about the campaign's towns received from the first day of its first phase to the last
   * day of its last, by status now.
   */
  public record TipFigures(long received, long waiting, long converted, long dismissed) {}
}
