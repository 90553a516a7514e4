package io.shouwei.hazard.order.view;

import io.shouwei.contracts.Actor;
import io.shouwei.contracts.order.OrderType;
import io.shouwei.contracts.order.ReviewOutcome;
import io.shouwei.contracts.order.StopCause;
import io.shouwei.hazard.order.OrderStatus;
import java.time.Instant;
import java.util.List;

/**
 * An order as of its latest event, read from {@code order_view}.
 *
 * @param number the human-readable number, e.g. {@code ZL-310115101-2026-0003}
 * @param acknowledgementDeadline for an order to stop production; {@code null} otherwise
 * @param issuedBy who issued it
 * @param acknowledgedAt when the enterprise acknowledged it, or {@code null}
 * @param stopEffect when and why an order to stop production took effect, or {@code null}
 * @param resumption the latest application to resume production and what became of it, or
 *     {@code null} before the first
 * @param closure who lifted or fulfilled the order, and when, once it is
 * @param changedAt when the latest event was stored
 * @param version the sequence number of the latest event applied (0 after the issue)
 */
public record OrderView(
    String id,
    String number,
    String mineId,
    String enterpriseId,
    String townCode,
    OrderType type,
    OrderStatus status,
    List<String> citedHazardIds,
    Instant deadline,
    String legalBasis,
    String campaignId,
    Instant acknowledgementDeadline,
    Instant issuedAt,
    Actor issuedBy,
    Instant acknowledgedAt,
    StopEffect stopEffect,
    Resumption resumption,
    Closure closure,
    Instant changedAt,
    long version) {

  public OrderView {
    citedHazardIds = List.copyOf(citedHazardIds);
  }

  /** An order to stop production in effect on its mine: since when, and why. */
  public record StopEffect(StopCause cause, Instant at) {}

  /**
   * An application to resume production, with its review and the district bureau's rejection as
   * far as they happened.
   *
   * @param reviewOutcome {@code null} until reviewed
   * @param rejectionReason {@code null} unless the district bureau rejected it
   */
  public record Resumption(
      int application,
      String rectificationReportRef,
      String assessmentReportRef,
      Instant appliedAt,
      ReviewOutcome reviewOutcome,
      String reviewFindings,
      Instant reviewedAt,
      String rejectionReason,
      Instant rejectedAt) {}

  /** The order was lifted or fulfilled by {@code by}, with an optional remark. */
  public record Closure(Actor by, String remark, Instant at) {}
}
