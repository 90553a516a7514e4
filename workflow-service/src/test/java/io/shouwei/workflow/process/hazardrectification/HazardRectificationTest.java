package io.shouwei.workflow.process.hazardrectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shouwei.bpmn.CandidateGroups;
import io.shouwei.bpmn.HazardRectificationProcess.Variables;
import io.shouwei.contracts.Role;
import io.shouwei.contracts.hazard.HazardLevel;
import io.shouwei.workflow.config.WorkflowProperties;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.Date;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The dates the process's timers read, from the events and the configuration. */
class HazardRectificationTest {

  private static final Instant AT = Instant.parse("2025-06-02T01:30:00Z");

  private final HazardRectification process = new HazardRectification(null, null, null, null, null, properties());

  @Test
  void planOfAMajorHazard_isDueSooner_thanOfAGeneralOne() {
    assertThat(process.planDue(AT, "MAJOR"))
        .containsEntry(Variables.PLANNING_SINCE, Date.from(AT))
        .containsEntry(Variables.PLAN_DUE_DATE, Date.from(AT.plus(Duration.ofDays(3))))
        .containsEntry(Variables.PLAN_REMINDER_DATE, Date.from(AT.plus(Duration.ofDays(2))));
    assertThat(process.planDue(AT, "GENERAL"))
        .containsEntry(Variables.PLAN_DUE_DATE, Date.from(AT.plus(Duration.ofDays(7))));
  }

  @Test
  void deadline_setsItsReminder_andTheOverdueCycleFromIt() {
    Map<String, Object> variables = process.deadline(AT);

    assertThat(variables)
        .containsEntry(Variables.DEADLINE, Date.from(AT))
        .containsEntry(Variables.DEADLINE_REMINDER_DATE, Date.from(AT.minus(Duration.ofDays(3))))
        .containsEntry(Variables.OVERDUE_CYCLE, "R/2025-06-02T01:30:00Z/PT24H");
  }

  @Test
  void hazardWithoutALevel_isGeneral() {
    assertThat(HazardRectification.level(null)).isEqualTo("GENERAL");
    assertThat(HazardRectification.level(HazardLevel.MAJOR)).isEqualTo("MAJOR");
  }

  @Test
  void candidateGroupsOfTheModels_areRolesOfTheTokens() {
    assertThat(Role.valueOf(CandidateGroups.ENTERPRISE)).isEqualTo(Role.ENTERPRISE);
    assertThat(Role.valueOf(CandidateGroups.TOWN_AGENCY)).isEqualTo(Role.TOWN_AGENCY);
    assertThat(Role.valueOf(CandidateGroups.DISTRICT_AGENCY)).isEqualTo(Role.DISTRICT_AGENCY);
  }

  @Test
  void startCommand_requiresEveryFieldButTheLevel() {
    assertThat(new StartHazardRectification("hz-1", "mine-7", "ent-3", "330102001", null, AT).suggestedLevel()).isNull();
    assertThatThrownBy(() -> new StartHazardRectification("hz-1", "", "ent-3", "330102001", null, AT))
        .hasMessage("mineId is required");
    assertThatThrownBy(() -> new StartHazardRectification("hz-1", "mine-7", "ent-3", "330102001", null, null))
        .hasMessage("reportedAt is required");
  }

  @Test
  void nonPositivePeriods_areRefused() {
    assertThatThrownBy(() -> new WorkflowProperties.HazardRectification(
            Duration.ZERO, Duration.ofDays(7), Duration.ofDays(1), Duration.ofDays(3), Duration.ofDays(1),
            Duration.ofDays(5), Duration.ofDays(5), Duration.ofDays(30), Duration.ofDays(10), Duration.ofDays(1)))
        .hasMessageContaining("plan-due-major");
    assertThatThrownBy(() -> new WorkflowProperties.OrderToStop("every ten minutes", Duration.ofHours(1),
            Duration.ofDays(10), Period.ofMonths(2), Duration.ofDays(30)))
        .hasMessageContaining("enforce-stop-retries");
  }

  private static WorkflowProperties properties() {
    return new WorkflowProperties(
        new WorkflowProperties.HazardRectification(Duration.ofDays(3), Duration.ofDays(7), Duration.ofDays(1),
            Duration.ofDays(3), Duration.ofDays(1), Duration.ofDays(5), Duration.ofDays(5), Duration.ofDays(30),
            Duration.ofDays(10), Duration.ofDays(1)),
        new WorkflowProperties.OrderToStop(
            "R5/PT10M", Duration.ofHours(1), Duration.ofDays(10), Period.ofMonths(2), Duration.ofDays(30)),
        new WorkflowProperties.Campaign(java.time.ZoneId.of("Asia/Shanghai")),
        new WorkflowProperties.Correlation(Duration.ofSeconds(15), Duration.ofDays(7)));
  }
}
