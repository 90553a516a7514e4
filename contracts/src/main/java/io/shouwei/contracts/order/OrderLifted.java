package io.shouwei.contracts.order;

import java.time.Instant;

/**
 * Published when the district bureau approves the resumption: the order to stop production no
 * longer stops its mine.
 *
 * @param remark the bureau's remark, or {@code null}
 */
public record OrderLifted(String orderId, String mineId, String remark, Instant liftedAt) {}
