package io.shouwei.hazard.mine.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An order to stop production takes effect on the mine. Sent for the order (by the service or an
 * agency), never by an enterprise: the actor in the command's metadata decides.
 */
public record StopMineByOrderCommand(@TargetAggregateIdentifier String mineId, String orderId) {}
