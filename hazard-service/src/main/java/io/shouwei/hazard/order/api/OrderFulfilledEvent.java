package io.shouwei.hazard.order.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * Stored when an agency closes an order to rectify within a deadline.
 *
 * @param remark the agency's remark, or {@code null}
 */
@Revision("1")
public record OrderFulfilledEvent(String orderId, String remark, Instant fulfilledAt) {}
