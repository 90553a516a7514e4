package io.shouwei.hazard.hazard;

import static io.shouwei.hazard.hazard.HazardScenario.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.shouwei.hazard.hazard.HazardRuleViolation.Rule;
import io.shouwei.hazard.hazard.api.CompleteRectificationCommand;
import io.shouwei.hazard.hazard.api.HazardClassifiedEvent;
import io.shouwei.hazard.hazard.api.RecordRectificationProgressCommand;
import io.shouwei.hazard.hazard.api.RectificationCompletedEvent;
import io.shouwei.hazard.hazard.api.RectificationProgressRecordedEvent;
import io.shouwei.hazard.hazard.api.RectificationRejectedEvent;
import io.shouwei.hazard.hazard.api.RectificationStartedEvent;
import io.shouwei.hazard.hazard.api.StartRectificationCommand;
import io.shouwei.contracts.hazard.HazardLevel;
import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Starting, progressing and completing a rectification. */
class HazardRectificationTest {

  FixtureConfiguration<Hazard> fixture;

  @BeforeEach
  void setUp() {
    fixture = fixture();
  }

  static StartRectificationCommand start() {
    return new StartRectificationCommand(ID, null, enterprise(), NOW);
  }

  static RecordRectificationProgressCommand progress(int percent) {
    return new RecordRectificationProgressCommand(ID, null, enterprise(), "Bench 3 cut back", percent,
        List.of("photo://bench-3"), NOW);
  }

  static CompleteRectificationCommand complete(List<String> evidence) {
    return new CompleteRectificationCommand(ID, null, enterprise(), evidence, "All measures done", NOW);
  }

  static RectificationProgressRecordedEvent progressed(int percent) {
    return new RectificationProgressRecordedEvent(ID, null, percent, List.of(), NOW);
  }

  @Test
  void start_whenPlanned_isRectifying() {
    fixture.given(reported(), planned(threeItemPlan()))
        .when(start())
        .expectEvents(new RectificationStartedEvent(ID, NOW))
        .expectState(h -> {
          assertThat(h.status()).isEqualTo(HazardStatus.RECTIFYING);
          assertThat(h.progressPercent()).isZero();
        });
  }

  @Test
  void start_whenMajorWithAllFiveItems_isRectifying() {
    fixture.given(reported(), classifiedMajor(), planned(fullPlan()))
        .when(start())
        .expectSuccessfulHandlerExecution();
  }

  @Test
  void start_whenClassifiedMajorAfterAThreeItemPlan_isRejected() {
    fixture.given(reported(), planned(threeItemPlan()), classifiedMajor())
        .when(start())
        .expectNoEvents()
        .expectException(violates(Rule.PLAN_INCOMPLETE));
  }

  @Test
  void start_whenReported_isAnInvalidTransition() {
    fixture.given(reported())
        .when(start())
        .expectNoEvents()
        .expectException(invalidTransitionFrom(
            HazardStatus.REPORTED, HazardAction.CLASSIFY_HAZARD, HazardAction.PLAN_RECTIFICATION));
  }

  @Test
  void start_whenAlreadyRectifying_isAnInvalidTransition() {
    fixture.given(reported(), planned(threeItemPlan()), started())
        .when(start())
        .expectNoEvents()
        .expectException(InvalidHazardTransition.class);
  }

  @Test
  void start_whenActingAsMissing_isRejected() {
    fixture.given(reported(), planned(threeItemPlan()))
        .when(new StartRectificationCommand(ID, null, null, NOW))
        .expectNoEvents()
        .expectException(violates(Rule.REQUIRED_FIELD_MISSING));
  }

  @Test
  void progress_whenRectifying_isRecorded() {
    fixture.given(reported(), planned(threeItemPlan()), started())
        .when(progress(40))
        .expectEvents(new RectificationProgressRecordedEvent(ID, "Bench 3 cut back", 40, List.of("photo://bench-3"), NOW))
        .expectState(h -> assertThat(h.progressPercent()).isEqualTo(40));
  }

  @Test
  void progress_whenEqualToTheLastRecord_isRecorded() {
    fixture.given(reported(), planned(threeItemPlan()), started(), progressed(40))
        .when(progress(40))
        .expectSuccessfulHandlerExecution();
  }

  @Test
  void progress_of0And100_isRecorded() {
    fixture.given(reported(), planned(threeItemPlan()), started())
        .when(progress(0))
        .expectSuccessfulHandlerExecution();
    fixture.given(reported(), planned(threeItemPlan()), started())
        .when(progress(100))
        .expectSuccessfulHandlerExecution();
  }

  @Test
  void progress_whenAbove100_isRejected() {
    fixture.given(reported(), planned(threeItemPlan()), started())
        .when(progress(101))
        .expectNoEvents()
        .expectException(violates(Rule.PERCENT_OUT_OF_RANGE));
  }

  @Test
  void progress_whenNegative_isRejected() {
    fixture.given(reported(), planned(threeItemPlan()), started())
        .when(progress(-1))
        .expectNoEvents()
        .expectException(violates(Rule.PERCENT_OUT_OF_RANGE));
  }

  @Test
  void progress_whenBelowTheLastRecord_isRejected() {
    fixture.given(reported(), planned(threeItemPlan()), started(), progressed(60))
        .when(progress(59))
        .expectNoEvents()
        .expectException(violates(Rule.PROGRESS_DECREASED));
  }

  @Test
  void progress_afterARejection_countsFromZeroAgain() {
    fixture.given(reported(), planned(threeItemPlan()), started(), progressed(90), completed(),
            new RectificationRejectedEvent(ID, "Radar not connected", NOW))
        .when(progress(20))
        .expectSuccessfulHandlerExecution();
  }

  @Test
  void progress_whenEvidenceHasABlankReference_isRejected() {
    fixture.given(reported(), planned(threeItemPlan()), started())
        .when(new RecordRectificationProgressCommand(ID, null, enterprise(), null, 10, List.of(""), NOW))
        .expectNoEvents()
        .expectException(violates(Rule.REQUIRED_FIELD_MISSING));
  }

  @Test
  void progress_withoutNoteOrEvidence_isRecorded() {
    fixture.given(reported(), planned(threeItemPlan()), started())
        .when(new RecordRectificationProgressCommand(ID, null, enterprise(), " ", 10, null, NOW))
        .expectEvents(new RectificationProgressRecordedEvent(ID, null, 10, List.of(), NOW));
  }

  @Test
  void progress_whenPlanned_isAnInvalidTransition() {
    fixture.given(reported(), planned(threeItemPlan()))
        .when(progress(10))
        .expectNoEvents()
        .expectException(invalidTransitionFrom(
            HazardStatus.PLANNED, HazardAction.CLASSIFY_HAZARD, HazardAction.PLAN_RECTIFICATION,
            HazardAction.START_RECTIFICATION, HazardAction.REQUEST_DEADLINE_EXTENSION));
  }

  @Test
  void complete_withEvidence_isSubmitted() {
    fixture.given(reported(), planned(threeItemPlan()), started(), progressed(80))
        .when(complete(List.of("photo://final", "doc://acceptance")))
        .expectEvents(new RectificationCompletedEvent(
            ID, List.of("photo://final", "doc://acceptance"), "All measures done", NOW))
        .expectState(h -> {
          assertThat(h.status()).isEqualTo(HazardStatus.SUBMITTED);
          assertThat(h.progressPercent()).isEqualTo(100);
        });
  }

  @Test
  void complete_withoutEvidence_isRejected() {
    fixture.given(reported(), planned(threeItemPlan()), started())
        .when(complete(List.of()))
        .expectNoEvents()
        .expectException(violates(Rule.EVIDENCE_REQUIRED));
  }

  @Test
  void complete_withNullOrBlankEvidence_isRejected() {
    fixture.given(reported(), planned(threeItemPlan()), started())
        .when(complete(null))
        .expectNoEvents()
        .expectException(violates(Rule.EVIDENCE_REQUIRED));
    fixture.given(reported(), planned(threeItemPlan()), started())
        .when(complete(List.of(" ")))
        .expectNoEvents()
        .expectException(violates(Rule.EVIDENCE_REQUIRED));
  }

  @Test
  void complete_whenPlanned_isAnInvalidTransition() {
    fixture.given(reported(), planned(threeItemPlan()))
        .when(complete(List.of("photo://x")))
        .expectNoEvents()
        .expectException(InvalidHazardTransition.class);
  }

  @Test
  void complete_whenAlreadySubmitted_isAnInvalidTransition() {
    fixture.given(submittedMajor())
        .when(complete(List.of("photo://x")))
        .expectNoEvents()
        .expectException(invalidTransitionFrom(HazardStatus.SUBMITTED, HazardAction.VERIFY_RECTIFICATION));
  }

  @Test
  void start_whenReclassifiedGeneralAfterAFullPlan_isRectifying() {
    fixture.given(reported(), classifiedMajor(), planned(fullPlan()),
            new HazardClassifiedEvent(ID, HazardLevel.GENERAL, List.of(), HazardLevel.MAJOR, "Downgraded", NOW))
        .when(start())
        .expectSuccessfulHandlerExecution();
  }
}
