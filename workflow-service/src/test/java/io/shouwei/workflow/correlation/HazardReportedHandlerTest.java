package io.shouwei.workflow.correlation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shouwei.contracts.Actor;
import io.shouwei.contracts.AggregateTypes;
import io.shouwei.contracts.EventEnvelope;
import io.shouwei.contracts.EventTypes;
import io.shouwei.contracts.Role;
import io.shouwei.contracts.hazard.HazardReported;
import io.shouwei.contracts.hazard.HazardSource;
import io.shouwei.workflow.process.hazardrectification.StartHazardRectification;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HazardReportedHandlerTest {

  @Test
  void command_carriesWhoOwnsTheHazardAndWhere() {
    StartHazardRectification command =
        HazardReportedHandler.command(event(payload("hz-1", "mine-7", "ent-3", "330102001")));

    assertThat(command).isEqualTo(new StartHazardRectification(
        "hz-1", "mine-7", "ent-3", "330102001", null, Instant.parse("2025-06-02T01:30:00Z")));
  }

  @Test
  void hazardReportedWithoutEnterprise_isUnreadable() {
    assertThatThrownBy(() -> HazardReportedHandler.command(event(payload("hz-1", "mine-7", " ", "330102001"))))
        .isInstanceOf(UnreadableEventException.class)
        .hasMessageContaining("enterpriseId is required");
  }

  @Test
  void hazardReportedWithoutHazardId_isUnreadable() {
    assertThatThrownBy(() -> HazardReportedHandler.command(event(payload(null, "mine-7", "ent-3", "330102001"))))
        .isInstanceOf(UnreadableEventException.class)
        .hasMessageContaining("hazardId is required");
  }

  private static HazardReported payload(String hazardId, String mineId, String enterpriseId, String townCode) {
    Instant at = Instant.parse("2025-06-02T01:30:00Z");
    return new HazardReported(hazardId, mineId, enterpriseId, townCode, null, HazardSource.AGENCY_INSPECTION,
        "slope", "Cracks", "Tension cracks", "bench 3", at, at);
  }

  private static EventEnvelope<HazardReported> event(HazardReported payload) {
    return new EventEnvelope<>(UUID.randomUUID(), AggregateTypes.HAZARD, "hz-1", 0, EventTypes.HAZARD_REPORTED, 1,
        Instant.parse("2025-06-02T01:30:00Z"), new Actor("u-1", Role.TOWN_AGENCY, "town-1"), "corr-1", null,
        null, "h", payload);
  }
}
