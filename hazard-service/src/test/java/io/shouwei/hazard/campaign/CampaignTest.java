package io.shouwei.hazard.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.shouwei.hazard.campaign.CampaignRuleViolation.Rule;
import io.shouwei.hazard.campaign.api.AmendCampaignPhaseCommand;
import io.shouwei.hazard.campaign.api.AmendReportDueDateCommand;
import io.shouwei.hazard.campaign.api.CampaignConcludedEvent;
import io.shouwei.hazard.campaign.api.CampaignLaunchedEvent;
import io.shouwei.hazard.campaign.api.CampaignPhaseAmendedEvent;
import io.shouwei.hazard.campaign.api.CampaignReportDueDateAmendedEvent;
import io.shouwei.hazard.campaign.api.ConcludeCampaignCommand;
import io.shouwei.hazard.campaign.api.LaunchCampaignCommand;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every handler of the Campaign aggregate: success, and one test per rule it enforces. */
class CampaignTest {

  static final String ID = "campaign-2022";
  static final CampaignJurisdiction SHANTING =
      new CampaignJurisdiction("370406", "枣庄市山亭区", List.of("370406001", "370406002"));

  static final Phase MOBILISATION = phase(PhaseKind.MOBILISATION, "动员部署阶段", "2022-09-07", "2022-09-09");
  static final Phase PUSH = phase(PhaseKind.CONCENTRATED_PUSH, "集中推进阶段", "2022-09-10", "2022-10-22");
  static final Phase SUMMARY = phase(PhaseKind.SUMMARY, "总结巩固阶段", "2022-10-23", "2022-11-06");
  static final LocalDate DUE = day("2022-11-06");

  FixtureConfiguration<Campaign> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Campaign.class);
  }

  static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  static Phase phase(PhaseKind kind, String name, String start, String end) {
    return new Phase(kind, name, day(start), day(end));
  }

  static LaunchCampaignCommand launch(List<Phase> phases, LocalDate due) {
    return launch(SHANTING, phases, due);
  }

  static LaunchCampaignCommand launch(CampaignJurisdiction jurisdiction, List<Phase> phases, LocalDate due) {
    return new LaunchCampaignCommand(
        ID, "迎接党的二十大全区非煤矿山安全“守卫战”", jurisdiction, phases, due, "枣应急发〔2022〕52号", null,
        "枣庄市山亭区应急管理局");
  }

  static LaunchCampaignCommand launch() {
    return launch(List.of(MOBILISATION, PUSH, SUMMARY), DUE);
  }

  static CampaignLaunchedEvent launched() {
    LaunchCampaignCommand c = launch();
    return new CampaignLaunchedEvent(
        c.campaignId(), c.name(), c.jurisdiction(), c.phases(), c.reportDueDate(), c.legalBasis(), c.documentRef(),
        c.issuingOrganisation());
  }

  static Matcher<Object> violates(Rule rule) {
    return Matchers.matches(e -> e instanceof CampaignRuleViolation v && v.rule() == rule);
  }

  static Matcher<Object> refusedWhenConcluded(CampaignAction attempted) {
    return Matchers.matches(
        e -> e instanceof CampaignTransitionRefused r && r.status() == CampaignStatus.CONCLUDED
            && r.attempted() == attempted && r.allowedCommands().isEmpty());
  }

  @Nested
  class Launch {

    @Test
    void launch_withPhasesInOrder_launchesTheCampaign() {
      fixture.givenNoPriorActivity()
          .when(launch())
          .expectSuccessfulHandlerExecution()
          .expectEvents(launched())
          .expectState(c -> {
            assertThat(c.status()).isEqualTo(CampaignStatus.LAUNCHED);
            assertThat(c.phases()).containsExactly(MOBILISATION, PUSH, SUMMARY);
          });
    }

    @Test
    void launch_withOnePhase_isAccepted() {
      fixture.givenNoPriorActivity()
          .when(launch(List.of(PUSH), day("2022-11-30")))
          .expectSuccessfulHandlerExecution();
    }

    @Test
    void launch_withAGapBetweenPhases_isAccepted() {
      fixture.givenNoPriorActivity()
          .when(launch(List.of(MOBILISATION, SUMMARY), DUE))
          .expectSuccessfulHandlerExecution();
    }

    @Test
    void launch_withoutName_isRejected() {
      LaunchCampaignCommand c = launch();
      fixture.givenNoPriorActivity()
          .when(new LaunchCampaignCommand(
              ID, " ", c.jurisdiction(), c.phases(), c.reportDueDate(), null, null, c.issuingOrganisation()))
          .expectException(violates(Rule.REQUIRED_FIELD_MISSING))
          .expectNoEvents();
    }

    @Test
    void launch_withoutTowns_isRejected() {
      fixture.givenNoPriorActivity()
          .when(launch(new CampaignJurisdiction("370406", "枣庄市山亭区", List.of()), List.of(PUSH), DUE))
          .expectException(violates(Rule.NO_TOWNS))
          .expectNoEvents();
    }

    @Test
    void launch_withATownTwice_isRejected() {
      fixture.givenNoPriorActivity()
          .when(launch(
              new CampaignJurisdiction("370406", "枣庄市山亭区", List.of("370406001", "370406001")), List.of(PUSH), DUE))
          .expectException(violates(Rule.DUPLICATE_TOWN))
          .expectNoEvents();
    }

    @Test
    void launch_withoutPhases_isRejected() {
      fixture.givenNoPriorActivity()
          .when(launch(List.of(), DUE))
          .expectException(violates(Rule.NO_PHASES))
          .expectNoEvents();
    }

    @Test
    void launch_whenAPhaseEndsBeforeItStarts_isRejected() {
      fixture.givenNoPriorActivity()
          .when(launch(List.of(MOBILISATION, PUSH.withDates(day("2022-10-22"), day("2022-09-10"))), DUE))
          .expectException(violates(Rule.PHASE_ENDS_BEFORE_START))
          .expectNoEvents();
    }

    @Test
    void launch_whenKindsGoBackwards_isRejected() {
      fixture.givenNoPriorActivity()
          .when(launch(List.of(PUSH, MOBILISATION.withDates(day("2022-10-23"), day("2022-10-30"))), DUE))
          .expectException(violates(Rule.PHASE_KINDS_OUT_OF_ORDER))
          .expectNoEvents();
    }

    @Test
    void launch_whenAKindRepeats_isRejected() {
      fixture.givenNoPriorActivity()
          .when(launch(List.of(PUSH, PUSH.withDates(day("2022-10-23"), day("2022-10-30"))), DUE))
          .expectException(violates(Rule.PHASE_KINDS_OUT_OF_ORDER))
          .expectNoEvents();
    }

    @Test
    void launch_whenAPhaseStartsOnThePreviousOnesLastDay_isRejected() {
      fixture.givenNoPriorActivity()
          .when(launch(List.of(MOBILISATION.withDates(day("2022-09-07"), day("2022-09-10")), PUSH, SUMMARY), DUE))
          .expectException(violates(Rule.PHASES_OVERLAP))
          .expectNoEvents();
    }

    @Test
    void launch_whenTheReportIsDueBeforeTheLastPhaseEnds_isRejected() {
      fixture.givenNoPriorActivity()
          .when(launch(List.of(MOBILISATION, PUSH, SUMMARY), day("2022-11-05")))
          .expectException(violates(Rule.REPORT_DUE_BEFORE_END))
          .expectNoEvents();
    }
  }

  @Nested
  class AmendPhase {

    static final LocalDate DURING_PUSH = day("2022-10-01");

    @Test
    void amendPhase_extendingTheCurrentPhaseAfterMovingTheNext_isStored() {
      fixture.given(
              launched(),
              new CampaignReportDueDateAmendedEvent(ID, day("2022-11-10")),
              new CampaignPhaseAmendedEvent(ID, PhaseKind.SUMMARY, day("2022-10-26"), day("2022-11-09")))
          .when(new AmendCampaignPhaseCommand(
              ID, null, PhaseKind.CONCENTRATED_PUSH, PUSH.startDate(), day("2022-10-25"), DURING_PUSH))
          .expectSuccessfulHandlerExecution()
          .expectEvents(new CampaignPhaseAmendedEvent(ID, PhaseKind.CONCENTRATED_PUSH, PUSH.startDate(), day("2022-10-25")));
    }

    @Test
    void amendPhase_movingTheStartOfAPhaseNotYetStarted_isStored() {
      fixture.given(launched())
          .when(new AmendCampaignPhaseCommand(
              ID, null, PhaseKind.SUMMARY, day("2022-10-24"), day("2022-11-05"), DURING_PUSH))
          .expectEvents(new CampaignPhaseAmendedEvent(ID, PhaseKind.SUMMARY, day("2022-10-24"), day("2022-11-05")));
    }

    @Test
    void amendPhase_withTheSameDates_storesNothing() {
      fixture.given(launched())
          .when(new AmendCampaignPhaseCommand(
              ID, null, PhaseKind.SUMMARY, SUMMARY.startDate(), SUMMARY.endDate(), DURING_PUSH))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void amendPhase_ofAKindTheCampaignLacks_isRejected() {
      fixture.given(new CampaignLaunchedEvent(
              ID, "专项行动", SHANTING, List.of(PUSH), DUE, null, null, "枣庄市山亭区应急管理局"))
          .when(new AmendCampaignPhaseCommand(
              ID, null, PhaseKind.SUMMARY, day("2022-10-24"), day("2022-11-05"), DURING_PUSH))
          .expectException(violates(Rule.PHASE_NOT_IN_CAMPAIGN))
          .expectNoEvents();
    }

    @Test
    void amendPhase_whenThePhaseHasEnded_isRejected() {
      fixture.given(launched())
          .when(new AmendCampaignPhaseCommand(
              ID, null, PhaseKind.MOBILISATION, MOBILISATION.startDate(), day("2022-09-08"), DURING_PUSH))
          .expectException(violates(Rule.PHASE_ENDED))
          .expectNoEvents();
    }

    @Test
    void amendPhase_movingTheStartOfAStartedPhase_isRejected() {
      fixture.given(launched())
          .when(new AmendCampaignPhaseCommand(
              ID, null, PhaseKind.CONCENTRATED_PUSH, day("2022-09-12"), PUSH.endDate(), DURING_PUSH))
          .expectException(violates(Rule.PHASE_STARTED))
          .expectNoEvents();
    }

    @Test
    void amendPhase_endingInThePast_isRejected() {
      fixture.given(launched())
          .when(new AmendCampaignPhaseCommand(
              ID, null, PhaseKind.CONCENTRATED_PUSH, PUSH.startDate(), day("2022-09-30"), DURING_PUSH))
          .expectException(violates(Rule.DATE_IN_THE_PAST))
          .expectNoEvents();
    }

    @Test
    void amendPhase_startingInThePast_isRejected() {
      fixture.given(launched())
          .when(new AmendCampaignPhaseCommand(
              ID, null, PhaseKind.SUMMARY, day("2022-09-30"), SUMMARY.endDate(), DURING_PUSH))
          .expectException(violates(Rule.DATE_IN_THE_PAST))
          .expectNoEvents();
    }

    @Test
    void amendPhase_endingBeforeItsStart_isRejected() {
      fixture.given(launched())
          .when(new AmendCampaignPhaseCommand(
              ID, null, PhaseKind.SUMMARY, day("2022-11-01"), day("2022-10-30"), DURING_PUSH))
          .expectException(violates(Rule.PHASE_ENDS_BEFORE_START))
          .expectNoEvents();
    }

    @Test
    void amendPhase_intoTheNextPhase_isRejected() {
      fixture.given(launched())
          .when(new AmendCampaignPhaseCommand(
              ID, null, PhaseKind.CONCENTRATED_PUSH, PUSH.startDate(), day("2022-10-25"), DURING_PUSH))
          .expectException(violates(Rule.PHASES_OVERLAP))
          .expectNoEvents();
    }

    @Test
    void amendPhase_endingAfterTheReportIsDue_isRejected() {
      fixture.given(launched())
          .when(new AmendCampaignPhaseCommand(
              ID, null, PhaseKind.SUMMARY, SUMMARY.startDate(), day("2022-11-08"), DURING_PUSH))
          .expectException(violates(Rule.REPORT_DUE_BEFORE_END))
          .expectNoEvents();
    }

    @Test
    void amendPhase_whenConcluded_isRefused() {
      fixture.given(launched(), new CampaignConcludedEvent(ID, day("2022-11-07"), null))
          .when(new AmendCampaignPhaseCommand(
              ID, null, PhaseKind.SUMMARY, SUMMARY.startDate(), day("2022-11-20"), day("2022-11-08")))
          .expectException(refusedWhenConcluded(CampaignAction.AMEND_PHASE))
          .expectNoEvents();
    }
  }

  @Nested
  class AmendReportDueDate {

    @Test
    void amendReportDueDate_later_isStored() {
      fixture.given(launched())
          .when(new AmendReportDueDateCommand(ID, null, day("2022-11-15"), day("2022-11-01")))
          .expectEvents(new CampaignReportDueDateAmendedEvent(ID, day("2022-11-15")))
          .expectState(c -> assertThat(c.reportDueDate()).isEqualTo(day("2022-11-15")));
    }

    @Test
    void amendReportDueDate_sameDate_storesNothing() {
      fixture.given(launched())
          .when(new AmendReportDueDateCommand(ID, null, DUE, day("2022-11-01")))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void amendReportDueDate_intoThePast_isRejected() {
      fixture.given(launched())
          .when(new AmendReportDueDateCommand(ID, null, day("2022-11-07"), day("2022-11-08")))
          .expectException(violates(Rule.DATE_IN_THE_PAST))
          .expectNoEvents();
    }

    @Test
    void amendReportDueDate_beforeTheLastPhaseEnds_isRejected() {
      fixture.given(launched())
          .when(new AmendReportDueDateCommand(ID, null, day("2022-11-05"), day("2022-10-01")))
          .expectException(violates(Rule.REPORT_DUE_BEFORE_END))
          .expectNoEvents();
    }

    @Test
    void amendReportDueDate_whenConcluded_isRefused() {
      fixture.given(launched(), new CampaignConcludedEvent(ID, day("2022-11-07"), null))
          .when(new AmendReportDueDateCommand(ID, null, day("2022-11-30"), day("2022-11-08")))
          .expectException(refusedWhenConcluded(CampaignAction.AMEND_REPORT_DUE_DATE))
          .expectNoEvents();
    }
  }

  @Nested
  class Conclude {

    @Test
    void conclude_afterTheLastPhase_concludes() {
      fixture.given(launched())
          .when(new ConcludeCampaignCommand(ID, null, "工作报告已报区局基础股。", day("2022-11-07")))
          .expectEvents(new CampaignConcludedEvent(ID, day("2022-11-07"), "工作报告已报区局基础股。"))
          .expectState(c -> assertThat(c.status()).isEqualTo(CampaignStatus.CONCLUDED));
    }

    @Test
    void conclude_onTheLastDayOfTheLastPhase_isRejected() {
      fixture.given(launched())
          .when(new ConcludeCampaignCommand(ID, null, null, SUMMARY.endDate()))
          .expectException(violates(Rule.CAMPAIGN_NOT_OVER))
          .expectNoEvents();
    }

    @Test
    void conclude_twice_isRefused() {
      fixture.given(launched(), new CampaignConcludedEvent(ID, day("2022-11-07"), null))
          .when(new ConcludeCampaignCommand(ID, null, null, day("2022-11-08")))
          .expectException(refusedWhenConcluded(CampaignAction.CONCLUDE_CAMPAIGN))
          .expectNoEvents();
    }
  }
}
