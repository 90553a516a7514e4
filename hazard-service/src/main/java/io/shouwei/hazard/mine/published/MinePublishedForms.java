package io.shouwei.hazard.mine.published;

import io.shouwei.contracts.mine.MineClosed;
import io.shouwei.contracts.mine.MineFacts;
import io.shouwei.contracts.mine.MineFactsUpdated;
import io.shouwei.contracts.mine.MineRegistered;
import io.shouwei.contracts.mine.MineResumed;
import io.shouwei.contracts.mine.MineStoppedByOrder;
import io.shouwei.contracts.mine.ProductionStatus;
import io.shouwei.hazard.mine.api.MineClosedEvent;
import io.shouwei.hazard.mine.api.MineFactsUpdatedEvent;
import io.shouwei.hazard.mine.api.MineRegisteredEvent;
import io.shouwei.hazard.mine.api.MineResumedEvent;
import io.shouwei.hazard.mine.api.MineStoppedByOrderEvent;
import io.shouwei.hazard.publishing.PublishedForms;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The published form of each event of the Mine aggregate. */
@Component
public class MinePublishedForms implements PublishedForms {

  @Override
  public Optional<Object> publishedFormOf(Object internalEvent) {
    if (internalEvent instanceof MineRegisteredEvent e) {
      return Optional.of(new MineRegistered(
          e.mineId(), e.name(), e.enterpriseId(), e.enterpriseName(), e.townCode(), e.type(), facts(e.facts())));
    }
    if (internalEvent instanceof MineFactsUpdatedEvent e) {
      return Optional.of(new MineFactsUpdated(e.mineId(), facts(e.facts())));
    }
    if (internalEvent instanceof MineClosedEvent e) {
      return Optional.of(new MineClosed(e.mineId(), e.reason()));
    }
    if (internalEvent instanceof MineStoppedByOrderEvent e) {
      return Optional.of(new MineStoppedByOrder(e.mineId(), e.orderId()));
    }
    if (internalEvent instanceof MineResumedEvent e) {
      return Optional.of(new MineResumed(
          e.mineId(), e.orderId(), ProductionStatus.valueOf(e.productionStatus().name())));
    }
    return Optional.empty();
  }

  static MineFacts facts(io.shouwei.hazard.mine.MineFacts f) {
    return new MineFacts(
        f.slopeHeightMetres(),
        f.onlineSlopeMonitoring(),
        f.slopeStabilityAnalysisDone(),
        f.slopeUnderWaterPressure(),
        f.waterPressureMonitoring(),
        f.tailingsPondGrade(),
        f.damHeightMetres(),
        f.other());
  }
}
