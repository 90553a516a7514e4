package io.shouwei.contracts.order;

import java.time.Instant;

/**
 * Published when an agency closes an order to rectify within a deadline, every cited hazard being
 * signed off.
 *
 * @param remark the agency's remark, or {@code null}
 */
public record OrderFulfilled(String orderId, String remark, Instant fulfilledAt) {}
