package io.shouwei.workflow.correlation;

import io.shouwei.contracts.EventEnvelope;
import io.shouwei.contracts.hazard.HazardReported;
import io.shouwei.workflow.process.CorrelationOutcome;
import io.shouwei.workflow.process.hazardrectification.HazardRectification;
import io.shouwei.workflow.process.hazardrectification.HazardRectification.StartResult;
import io.shouwei.workflow.process.hazardrectification.StartHazardRectification;
import org.springframework.stereotype.Component;

/** A reported hazard gets its rectification process: one instance per hazard. */
@Component
class HazardReportedHandler implements EventHandler<HazardReported> {

  private final HazardRectification hazardRectification;

  HazardReportedHandler(HazardRectification hazardRectification) {
    this.hazardRectification = hazardRectification;
  }

  @Override
  public Class<HazardReported> payloadType() {
    return HazardReported.class;
  }

  @Override
  public CorrelationOutcome handle(EventEnvelope<HazardReported> event) {
    return hazardRectification.start(command(event)) == StartResult.STARTED
        ? CorrelationOutcome.APPLIED
        : CorrelationOutcome.DUPLICATE;
  }

  static StartHazardRectification command(EventEnvelope<HazardReported> event) {
    HazardReported reported = event.payload();
    try {
      return new StartHazardRectification(
          reported.hazardId(), reported.mineId(), reported.enterpriseId(), reported.townCode(),
          reported.suggestedLevel(), reported.reportedAt() == null ? event.occurredAt() : reported.reportedAt());
    } catch (IllegalArgumentException e) {
      throw new UnreadableEventException(
          "HazardReported " + event.eventId() + " of " + event.aggregateId() + ": " + e.getMessage(), e);
    }
  }
}
