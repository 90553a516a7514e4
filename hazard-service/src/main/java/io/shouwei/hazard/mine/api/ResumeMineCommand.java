package io.shouwei.hazard.mine.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The order {@code orderId} no longer stops the mine (its resumption was approved). The mine
 * operates again once no order stops it. Sent by the service or an agency only.
 */
public record ResumeMineCommand(@TargetAggregateIdentifier String mineId, String orderId) {}
