package io.shouwei.reporting.projection;

import io.shouwei.contracts.EventEnvelope;
import io.shouwei.contracts.hazard.HazardReported;
import java.util.Optional;

/**
 * How hazard events change a {@link HazardDocument}: pure functions of the current document (or
 * {@code null} when there is none) and one event. An event whose sequence is not greater than the
 * document's {@code lastSequence} has been applied before and changes nothing.
 */
public final class HazardProjection {

  private HazardProjection() {}

  /**
   * @return the document after {@code event}, or empty when the event was already applied
   * @throws IllegalArgumentException when the envelope's aggregate is not the payload's hazard
   */
  public static Optional<HazardDocument> apply(
      HazardDocument current, EventEnvelope<HazardReported> event) {
    HazardReported reported = event.payload();
    if (!event.aggregateId().equals(reported.hazardId())) {
      throw new IllegalArgumentException(
          "event " + event.eventId() + " of aggregate " + event.aggregateId()
              + " carries hazard " + reported.hazardId());
    }
    if (alreadyApplied(current, event)) {
      return Optional.empty();
    }
    return Optional.of(
        new HazardDocument(
            reported.hazardId(),
            reported.mineId(),
            reported.enterpriseId(),
            reported.townCode(),
            reported.campaignId(),
            reported.source(),
            reported.category(),
            reported.title(),
            reported.description(),
            reported.location(),
            reported.discoveredAt(),
            reported.reportedAt(),
            HazardStatus.REPORTED,
            event.actor(),
            event.sequence(),
            event.occurredAt()));
  }

  static boolean alreadyApplied(HazardDocument current, EventEnvelope<?> event) {
    return current != null && event.sequence() <= current.lastSequence();
  }
}
