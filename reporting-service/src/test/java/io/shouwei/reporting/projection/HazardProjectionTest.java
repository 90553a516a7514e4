package io.shouwei.reporting.projection;

import static io.shouwei.reporting.HazardEvents.reported;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shouwei.contracts.EventEnvelope;
import io.shouwei.contracts.hazard.HazardReported;
import io.shouwei.contracts.hazard.HazardSource;
import io.shouwei.reporting.HazardEvents;
import org.junit.jupiter.api.Test;

class HazardProjectionTest {

  @Test
  void hazardReported_onNoDocument_createsTheReportedHazard() {
    EventEnvelope<HazardReported> event = reported("hz-1", "ent-1", "town-1");

    HazardDocument doc = HazardProjection.apply(null, event).orElseThrow();

    assertThat(doc.id()).isEqualTo("hz-1");
    assertThat(doc.mineId()).isEqualTo("mine-12");
    assertThat(doc.enterpriseId()).isEqualTo("ent-1");
    assertThat(doc.townCode()).isEqualTo("town-1");
    assertThat(doc.campaignId()).isEqualTo("camp-2026-guard");
    assertThat(doc.source()).isEqualTo(HazardSource.AGENCY_INSPECTION);
    assertThat(doc.category()).isEqualTo("slope");
    assertThat(doc.title()).isEqualTo("Loose rock on bench 3");
    assertThat(doc.description()).isEqualTo("Overhanging rock above the haul road");
    assertThat(doc.location()).isEqualTo("bench 3, north wall");
    assertThat(doc.discoveredAt()).isEqualTo(HazardEvents.DISCOVERED);
    assertThat(doc.reportedAt()).isEqualTo(HazardEvents.REPORTED);
    assertThat(doc.status()).isEqualTo(HazardStatus.REPORTED);
    assertThat(doc.reportedBy()).isEqualTo(HazardEvents.INSPECTOR);
    assertThat(doc.lastSequence()).isZero();
    assertThat(doc.updatedAt()).isEqualTo(event.occurredAt());
  }

  @Test
  void hazardReported_whenTheDocumentHoldsIt_isSkipped() {
    EventEnvelope<HazardReported> event = reported("hz-1", "ent-1", "town-1");
    HazardDocument current = HazardProjection.apply(null, event).orElseThrow();

    assertThat(HazardProjection.apply(current, event)).isEmpty();
  }

  @Test
  void olderEvent_whenTheDocumentHoldsALaterOne_isSkipped() {
    HazardDocument atThree = HazardProjection.apply(null, reported("hz-1", "ent-1", "town-1", 3)).orElseThrow();

    assertThat(HazardProjection.apply(atThree, reported("hz-1", "ent-2", "town-2", 2))).isEmpty();
    assertThat(atThree.enterpriseId()).isEqualTo("ent-1");
  }

  @Test
  void laterEvent_overAnOlderDocument_isApplied() {
    HazardDocument atZero = HazardProjection.apply(null, reported("hz-1", "ent-1", "town-1", 0)).orElseThrow();

    HazardDocument next = HazardProjection.apply(atZero, reported("hz-1", "ent-1", "town-9", 1)).orElseThrow();

    assertThat(next.lastSequence()).isEqualTo(1);
    assertThat(next.townCode()).isEqualTo("town-9");
  }

  @Test
  void event_whosePayloadNamesAnotherHazard_isRejected() {
    EventEnvelope<HazardReported> event =
        HazardEvents.envelope("hz-1", 0, "HazardReported", HazardEvents.payload("hz-2", "ent-1", "town-1"));

    assertThatThrownBy(() -> HazardProjection.apply(null, event))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("carries hazard hz-2");
  }
}
