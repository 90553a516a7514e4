package io.shouwei.reporting.projection;

import io.shouwei.contracts.Actor;
import io.shouwei.contracts.order.OrderType;
import io.shouwei.contracts.order.ReviewOutcome;
import io.shouwei.contracts.order.StopCause;
import java.time.Instant;
import java.util.List;

/**
 * One rectification order (整改指令) in the {@value OrderStore#COLLECTION} read model. An order
 * belongs to its mine's enterprise and town, which the issue names.
 *
 * @param id the order id, stored as {@code _id}
 * @param number the human-readable number, e.g. {@code ZL-310115101-2026-0003}
 * @param citedHazardIds the hazards of the mine the order cites
 * @param campaignId the campaign the order belongs to, or {@code null}
 * @param acknowledgementDeadline for an order to stop production, when it takes effect
 *     unacknowledged; {@code null} otherwise
 * @param issuedBy who issued it
 * @param acknowledgedAt when the enterprise acknowledged it, or {@code null}
 * @param stopCause why an order to stop production took effect, or {@code null} before it did
 * @param stopTookEffectAt when it took effect, or {@code null}
 * @param resumption the latest application to resume production and what became of it, or {@code
 *     null} before the first
 * @param closedAt when the order was lifted or fulfilled, or {@code null} while it is not
 * @param closureRemark the agency's remark on lifting or fulfilling, or {@code null}
 * @param lastSequence the sequence of the order's last applied event
 * @param updatedAt when the last applied event occurred
 */
public record OrderDocument(
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
    StopCause stopCause,
    Instant stopTookEffectAt,
    Resumption resumption,
    Instant closedAt,
    String closureRemark,
    long lastSequence,
    Instant updatedAt) {

  public OrderDocument {
    citedHazardIds = citedHazardIds == null ? List.of() : List.copyOf(citedHazardIds);
  }

  /** Whether the order stops its mine's production now: it took effect and was not lifted. */
  public boolean stopsItsMine() {
    return type == OrderType.STOP_PRODUCTION && stopTookEffectAt != null && status != OrderStatus.LIFTED;
  }

  /**
   * An application to resume production, with its review and the district bureau's rejection as
   * far as they happened.
   *
   * @param application the application's number under the order, from 1
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
}
