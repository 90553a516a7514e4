package io.shouwei.hazard.order.api;

import io.shouwei.contracts.order.OrderType;
import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * Stored when an order is issued: the first event of every order. Published as
 * {@code io.shouwei.contracts.order.OrderIssued}.
 *
 * @param acknowledgementDeadline for an order to stop production; {@code null} otherwise
 */
@Revision("1")
public record OrderIssuedEvent(
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
