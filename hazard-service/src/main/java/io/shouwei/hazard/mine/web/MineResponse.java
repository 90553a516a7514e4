package io.shouwei.hazard.mine.web;

import io.shouwei.contracts.Role;
import io.shouwei.contracts.mine.MineType;
import io.shouwei.hazard.mine.ProductionStatus;
import io.shouwei.hazard.mine.view.MineView;
import java.time.Instant;
import java.util.List;

/** A mine as {@code GET /api/mines/{id}} shows it; its version is also the response's ETag. */
public record MineResponse(
    String id,
    String name,
    String enterpriseId,
    String enterpriseName,
    String townCode,
    MineType type,
    MineFactsBody facts,
    ProductionStatus productionStatus,
    List<String> stoppedByOrderIds,
    String closureReason,
    Instant registeredAt,
    Instant changedAt,
    long version,
    RegisteredBy registeredBy) {

  /** Who registered the mine, in which role, for which organisation. */
  public record RegisteredBy(String userId, Role role, String orgId) {}

  public static MineResponse of(MineView view) {
    return new MineResponse(
        view.id(),
        view.name(),
        view.enterpriseId(),
        view.enterpriseName(),
        view.townCode(),
        view.type(),
        MineFactsBody.of(view.facts()),
        view.productionStatus(),
        view.stoppedByOrderIds(),
        view.closureReason(),
        view.registeredAt(),
        view.changedAt(),
        view.version(),
        new RegisteredBy(view.registeredBy().userId(), view.registeredBy().role(), view.registeredBy().orgId()));
  }
}
