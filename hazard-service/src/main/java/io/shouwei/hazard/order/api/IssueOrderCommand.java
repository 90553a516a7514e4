package io.shouwei.hazard.order.api;

import io.shouwei.contracts.order.OrderType;
import io.shouwei.hazard.hazard.api.ActingAs;
import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Issues an order against a mine: creates the {@code RectificationOrder} aggregate.
 *
 * @param orderId chosen by the service (a UUID)
 * @param number the human-readable number the service took for it
 * @param enterpriseId the mine's enterprise, from the mine
 * @param townCode the mine's town, from the mine
 * @param citedHazards the hazards to cite, each with the mine it belongs to as the service found it
 * @param acknowledgementDeadline for an order to stop production, when it takes effect if not
 *     acknowledged; {@code null} for an order to rectify within a deadline
 * @param issuedAt the service's "now"
 */
public record IssueOrderCommand(
    @TargetAggregateIdentifier String orderId,
    String number,
    ActingAs actingAs,
    String mineId,
    String enterpriseId,
    String townCode,
    OrderType type,
    List<CitedHazard> citedHazards,
    Instant deadline,
    String legalBasis,
    String campaignId,
    Instant acknowledgementDeadline,
    Instant issuedAt) {}
