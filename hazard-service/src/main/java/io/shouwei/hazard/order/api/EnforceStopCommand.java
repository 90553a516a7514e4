package io.shouwei.hazard.order.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An order to stop production whose acknowledgement deadline passed takes effect unacknowledged.
 * Sent by the service (its sweeper, later the workflow), whose role the command's metadata
 * carries. Idempotent: for an order whose stop took effect already it changes nothing.
 *
 * @param now the sender's "now", compared with the acknowledgement deadline
 */
public record EnforceStopCommand(@TargetAggregateIdentifier String orderId, Instant now) {}
