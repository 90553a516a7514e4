package io.shouwei.contracts.order;

import java.time.Instant;
import java.util.List;

/**
 * Published when an agency issues a rectification order against a mine.
 *
 * @param number the human-readable number, e.g. {@code ZL-310115101-2026-0003}
 * @param citedHazardIds the hazards of the mine the order cites, at least one
 * @param campaignId the campaign the order belongs to, or {@code null}
 * @param acknowledgementDeadline for an order to stop production, when it takes effect unacknowledged;
 *     {@code null} for an order to rectify within a deadline
 */
public record OrderIssued(
    String orderId,
    String number,
    String mineId,
    String enterpriseId,
    String townCode,
    OrderType type,
    List<String> citedHazardIds,
    Instant deadline,
    String legalBasis,
    String campaignId,
    Instant acknowledgementDeadline,
    Instant issuedAt) {}
