package io.shouwei.hazard.order.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * Stored when the district bureau approves the resumption: the order no longer stops its mine,
 * and the service resumes the mine by it.
 *
 * @param remark the bureau's remark, or {@code null}
 */
@Revision("1")
public record OrderLiftedEvent(String orderId, String mineId, String remark, Instant liftedAt) {}
