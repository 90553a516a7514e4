package io.shouwei.reporting.projection;

import io.shouwei.contracts.mine.MineType;
import io.shouwei.contracts.mine.ProductionStatus;
import java.time.Instant;
import java.util.List;

/**
 * One mine in the {@value MineStore#COLLECTION} read model.
 *
 * @param id the mine id, stored as {@code _id}
 * @param stoppingOrders the orders that stop the mine's production now, in the order they took effect
 * @param closedReason why the mine was closed for good, or {@code null} while it is not
 * @param lastSequence the sequence of the mine's last applied event
 * @param updatedAt when the last applied event occurred
 */
public record MineDocument(
    String id,
    String name,
    String enterpriseId,
    String enterpriseName,
    String townCode,
    MineType type,
    ProductionStatus productionStatus,
    List<String> stoppingOrders,
    String closedReason,
    long lastSequence,
    Instant updatedAt) {

  public MineDocument {
    stoppingOrders = stoppingOrders == null ? List.of() : List.copyOf(stoppingOrders);
  }
}
