package io.shouwei.reporting.query;

import io.shouwei.contracts.mine.MineType;
import io.shouwei.contracts.mine.ProductionStatus;
import io.shouwei.reporting.projection.MineDocument;
import java.time.Instant;
import java.util.List;

/**
 * A mine as the reporting API shows it (see {@link MineDocument} for the fields).
 *
 * @param version the sequence of the mine's last event in this view (0 after the registration)
 * @param updatedAt when that event occurred
 */
public record MineResponse(
    String id,
    String name,
    String enterpriseId,
    String enterpriseName,
    String townCode,
    MineType type,
    ProductionStatus productionStatus,
    List<String> stoppingOrders,
    String closedReason,
    long version,
    Instant updatedAt) {

  static MineResponse of(MineDocument m) {
    return new MineResponse(
        m.id(), m.name(), m.enterpriseId(), m.enterpriseName(), m.townCode(), m.type(), m.productionStatus(),
        m.stoppingOrders(), m.closedReason(), m.lastSequence(), m.updatedAt());
  }
}
