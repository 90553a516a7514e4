package io.shouwei.workflow.process.hazardrectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shouwei.bpmn.HazardRectificationProcess.CandidateGroups;
import io.shouwei.contracts.Role;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class HazardRectificationTest {

  @Test
  void planDue_inWholeDays_isWrittenInDays() {
    assertThat(HazardRectification.isoDuration(Duration.ofDays(7))).isEqualTo("P7D");
    assertThat(HazardRectification.isoDuration(Duration.ofDays(30))).isEqualTo("P30D");
  }

  @Test
  void planDue_withAPartDay_keepsItsHours() {
    assertThat(HazardRectification.isoDuration(Duration.ofHours(36))).isEqualTo("PT36H");
    assertThat(HazardRectification.isoDuration(Duration.ofMinutes(90))).isEqualTo("PT1H30M");
  }

  @Test
  void candidateGroupsOfTheModel_areRolesOfTheTokens() {
    assertThat(Role.valueOf(CandidateGroups.ENTERPRISE)).isEqualTo(Role.ENTERPRISE);
    assertThat(Role.valueOf(CandidateGroups.TOWN_AGENCY)).isEqualTo(Role.TOWN_AGENCY);
  }

  @Test
  void startCommand_requiresEveryField() {
    assertThatThrownBy(() -> new StartHazardRectification("hz-1", "", "ent-3", "330102001"))
        .hasMessage("mineId is required");
    assertThatThrownBy(() -> new StartHazardRectification("hz-1", "mine-7", "ent-3", null))
        .hasMessage("townCode is required");
  }
}
