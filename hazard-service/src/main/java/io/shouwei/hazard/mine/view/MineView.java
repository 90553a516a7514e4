package io.shouwei.hazard.mine.view;

import io.shouwei.contracts.Actor;
import io.shouwei.contracts.mine.MineType;
import io.shouwei.hazard.mine.MineFacts;
import io.shouwei.hazard.mine.ProductionStatus;
import java.time.Instant;
import java.util.List;

/**
 * A mine as of its latest event, read from {@code mine_view}.
 *
 * @param stoppedByOrderIds the orders that stop the mine now, in the order they took effect
 * @param closureReason why the mine was closed, or {@code null} while it is not
 * @param changedAt when the latest event was stored
 * @param version the sequence number of the latest event applied (0 after the registration)
 * @param registeredBy who registered the mine
 */
public record MineView(
    String id,
    String name,
    String enterpriseId,
    String enterpriseName,
    String townCode,
    MineType type,
    MineFacts facts,
    ProductionStatus productionStatus,
    List<String> stoppedByOrderIds,
    String closureReason,
    Instant registeredAt,
    Instant changedAt,
    long version,
    Actor registeredBy) {

  public MineView {
    stoppedByOrderIds = List.copyOf(stoppedByOrderIds);
  }
}
