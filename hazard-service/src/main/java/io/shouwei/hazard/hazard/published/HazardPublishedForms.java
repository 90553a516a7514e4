package io.shouwei.hazard.hazard.published;

import io.shouwei.contracts.hazard.HazardReported;
import io.shouwei.hazard.hazard.api.HazardReportedEvent;
import io.shouwei.hazard.publishing.PublishedForms;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The published form of each event of the Hazard aggregate. */
@Component
public class HazardPublishedForms implements PublishedForms {

  @Override
  public Optional<Object> publishedFormOf(Object internalEvent) {
    if (internalEvent instanceof HazardReportedEvent e) {
      return Optional.of(hazardReported(e));
    }
    return Optional.empty();
  }

  static HazardReported hazardReported(HazardReportedEvent e) {
    return new HazardReported(
        e.hazardId(),
        e.mineId(),
        e.enterpriseId(),
        e.townCode(),
        e.campaignId(),
        e.source(),
        e.category(),
        e.title(),
        e.description(),
        e.location(),
        e.discoveredAt(),
        e.reportedAt());
  }
}
