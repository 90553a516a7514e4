package io.shouwei.reporting.report;

import io.shouwei.contracts.hazard.HazardLevel;
import io.shouwei.contracts.hazard.HazardSource;
import io.shouwei.contracts.order.OrderType;
import io.shouwei.reporting.projection.CampaignStatus;
import io.shouwei.reporting.projection.HazardStatus;
import io.shouwei.reporting.projection.OrderStatus;
import io.shouwei.reporting.query.CampaignSummaryResponse.Funds;
import io.shouwei.reporting.query.CampaignSummaryResponse.HazardFigures;
import io.shouwei.reporting.query.CampaignSummaryResponse.LookBack;
import io.shouwei.reporting.query.CampaignSummaryResponse.OrderFigures;
import io.shouwei.reporting.query.CampaignSummaryResponse.PhaseFigures;
import io.shouwei.reporting.query.CampaignSummaryResponse.SignOffTimes;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The campaign work report (工作报告): what a campaign achieved over the hazards and orders the
 * caller may see, narrowed by the report's town and enterprise filters. Every format of the report
 * is drawn from this one model; the figures are the campaign summary's ({@code CampaignFigures}),
 * so the report and the summary never disagree.
 *
 * @param campaign the campaign as the read model holds it
 * @param town the town filter, or {@code null} for every town the caller may see
 * @param enterprise the enterprise filter, or {@code null}
 * @param generatedAt the time of the question, which decides what is overdue
 * @param dataPosition how far the read model had got in the events the report is built from
 * @param figures the campaign's figures
 * @param phases the hazards reported, signed off and orders issued in each phase
 * @param towns the figures per town
 * @param majorHazards the hazards whose level is major now, with their five items
 * @param orders every order of the campaign, orders to stop production first
 * @param overdue the hazards overdue at {@link #generatedAt}, the longest overdue first
 * @param reopened the hazards the look-back reviews (回头看) reopened
 */
public record WorkReport(
    Campaign campaign,
    String town,
    String enterprise,
    Instant generatedAt,
    DataPosition dataPosition,
    Figures figures,
    List<PhaseFigures> phases,
    List<TownRow> towns,
    List<MajorHazard> majorHazards,
    List<OrderRow> orders,
    List<OverdueRow> overdue,
    List<ReopenedRow> reopened) {

  /** The campaign (专项行动) itself. */
  public record Campaign(
      String id,
      String name,
      String issuingOrganisation,
      String documentRef,
      String legalBasis,
      String districtName,
      List<String> townCodes,
      LocalDate reportDueDate,
      CampaignStatus status,
      LocalDate concludedOn) {}

  /**
   * The last event position of the data: every read-model document remembers the sequence of its
   * aggregate's last applied event and when that event occurred. Over the campaign, hazard and order
   * documents the report is built from, {@code lastEventAt} is the latest such time and {@code
   * events} the number of events they reflect (each aggregate's last sequence + 1, summed), so two
   * reports with the same position were built from the same events.
   *
   * @param documents how many documents the report is built from
   */
  public record DataPosition(Instant lastEventAt, long events, long documents) {}

  /** The campaign's figures, as the campaign summary computes them. */
  public record Figures(
      HazardFigures totals, SignOffTimes daysToSignOff, Funds funds, OrderFigures orders, LookBack lookBack) {}

  /**
   * One town's row.
   *
   * @param fundsCny the money the plans of the town's hazards set aside, in yuan
   * @param ordersIssued the town's orders of the campaign
   * @param stopOrders the orders to stop production among them
   */
  public record TownRow(
      String townCode, HazardFigures hazards, BigDecimal fundsCny, long ordersIssued, long stopOrders) {}

  /**
   * A major hazard with the five items (五落实) of its current plan: measures, funds, deadline,
   * responsibility and contingency plan; the items are {@code null} before planning.
   */
  public record MajorHazard(
      String id,
      String number,
      String title,
      String mineName,
      String enterpriseName,
      String townCode,
      HazardSource source,
      Instant reportedAt,
      HazardStatus status,
      boolean overdue,
      List<String> measures,
      BigDecimal fundsCny,
      String fundsSource,
      Instant deadline,
      String responsiblePerson,
      String responsiblePosition,
      String responsibleUnit,
      String contingencySummary,
      Instant signedOffAt,
      int timesReopened) {}

  /** A rectification order (整改指令) of the campaign. */
  public record OrderRow(
      String id,
      String number,
      OrderType type,
      OrderStatus status,
      String mineName,
      String townCode,
      Instant issuedAt,
      Instant deadline,
      Instant stopTookEffectAt,
      boolean stopsItsMineNow,
      Instant closedAt,
      int citedHazards,
      String legalBasis) {}

  /** A hazard past its deadline and not signed off. */
  public record OverdueRow(
      String id,
      String number,
      String title,
      String mineName,
      String townCode,
      HazardLevel level,
      HazardStatus status,
      Instant deadline,
      long daysOverdue) {}

  /** A hazard a look-back review reopened, and where it stands now. */
  public record ReopenedRow(
      String id,
      String number,
      String title,
      String mineName,
      String townCode,
      HazardLevel level,
      int timesReopened,
      HazardStatus status,
      Instant signedOffAt) {}
}
