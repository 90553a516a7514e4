package io.shouwei.reporting.query;

import io.shouwei.contracts.hazard.HazardLevel;
import io.shouwei.contracts.hazard.HazardSource;
import io.shouwei.contracts.mine.MineType;
import io.shouwei.contracts.mine.ProductionStatus;
import io.shouwei.contracts.order.OrderType;
import io.shouwei.reporting.projection.HazardStatus;
import io.shouwei.reporting.projection.OrderStatus;
import java.time.Instant;
import java.util.List;

/**
 * The risk ledger of one town (一地一册): every mine of the town the caller may see, with its open
 * hazards, its orders in force, its production status, its last inspection and its look-back
 * status.
 *
 * @param asOf the time of the question, which decides what is overdue
 * @param mines by name
 */
public record TownLedgerResponse(String townCode, Instant asOf, Totals totals, List<Mine> mines) {

  /**
   * The town's figures over the mines shown.
   *
   * @param minesStopped mines whose production an order stops now
   * @param openHazards hazards not signed off
   * @param majorOpen of them, major
   * @param overdue of them, past their deadline
   * @param ordersInForce orders neither lifted nor fulfilled
   * @param reopenedStillOpen hazards a look-back review reopened that are not signed off again
   */
  public record Totals(
      long mines,
      long minesStopped,
      long openHazards,
      long majorOpen,
      long overdue,
      long ordersInForce,
      long reopenedStillOpen) {}

  /**
   * One mine of the ledger.
   *
   * @param openHazards its hazards not signed off, the earliest deadline first (without one last)
   * @param ordersInForce its orders neither lifted nor fulfilled, the latest first
   * @param lastInspection the latest report of a hazard found by an inspection of the mine (any
   *     source but a tip), or {@code null}; an inspection that found nothing publishes no event
   * @param lastEventAt when the latest event of the mine, its hazards or its orders occurred
   * @param lookBack what the look-back reviews found at the mine
   */
  public record Mine(
      String id,
      String name,
      String enterpriseId,
      String enterpriseName,
      MineType type,
      ProductionStatus productionStatus,
      List<String> stoppingOrders,
      long hazardsSignedOff,
      List<OpenHazard> openHazards,
      List<OrderInForce> ordersInForce,
      Inspection lastInspection,
      Instant lastEventAt,
      LookBack lookBack) {}

  /** A hazard not signed off. */
  public record OpenHazard(
      String id,
      String number,
      String title,
      HazardLevel level,
      HazardStatus status,
      Instant reportedAt,
      Instant deadline,
      boolean overdue,
      int timesReopened) {}

  /** An order neither lifted nor fulfilled. */
  public record OrderInForce(
      String id,
      String number,
      OrderType type,
      OrderStatus status,
      Instant issuedAt,
      Instant deadline,
      boolean stopsMine) {}

  /** The report of a hazard found by an inspection. */
  public record Inspection(Instant at, HazardSource source, String hazardId) {}

  /**
   * @param hazardsReopened the mine's hazards reopened at least once
   * @param reopenedStillOpen of them, not signed off again
   */
  public record LookBack(long hazardsReopened, long reopenedStillOpen) {}
}
