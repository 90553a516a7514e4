package io.shouwei.hazard.hazard;

import static io.shouwei.hazard.hazard.HazardScenario.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.shouwei.contracts.Role;
import io.shouwei.contracts.hazard.HazardLevel;
import io.shouwei.hazard.hazard.HazardRuleViolation.Rule;
import io.shouwei.hazard.hazard.api.ActingAs;
import io.shouwei.hazard.hazard.api.ClassifyHazardCommand;
import io.shouwei.hazard.hazard.api.HazardClassifiedEvent;
import io.shouwei.hazard.hazard.api.HazardReopenedEvent;
import java.util.List;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HazardClassificationTest {

  FixtureConfiguration<Hazard> fixture;

  @BeforeEach
  void setUp() {
    fixture = fixture();
  }

  static ClassifyHazardCommand classify(ActingAs actor, HazardLevel level, List<String> criteria, String reason) {
    return new ClassifyHazardCommand(ID, null, actor, level, criteria, reason, NOW);
  }

  static ClassifyHazardCommand major(ActingAs actor) {
    return classify(actor, HazardLevel.MAJOR, List.of("OP-08.1"), "Slope of 210 m without online monitoring");
  }

  @Test
  void classify_majorByTownAgencyOfItsTown_isClassified_besideTheSuggestion() {
    fixture.given(reported(HazardLevel.MAJOR, List.of("OP-08.1")))
        .when(major(townAgency()))
        .expectEvents(new HazardClassifiedEvent(
            ID, HazardLevel.MAJOR, List.of("OP-08.1"), null, "Slope of 210 m without online monitoring", NOW))
        .expectState(h -> assertThat(h.level()).isEqualTo(HazardLevel.MAJOR));
  }

  @Test
  void classify_majorByDistrictAgency_isClassified() {
    fixture.given(reported())
        .when(major(districtAgency()))
        .expectSuccessfulHandlerExecution()
        .expectState(h -> assertThat(h.level()).isEqualTo(HazardLevel.MAJOR));
  }

  @Test
  void classify_generalByItsEnterprise_whenNothingMajorWasSuggested_isClassified_withoutReason() {
    fixture.given(reported())
        .when(classify(enterprise(), HazardLevel.GENERAL, List.of(), null))
        .expectEvents(new HazardClassifiedEvent(ID, HazardLevel.GENERAL, List.of(), null, null, NOW));
  }

  @Test
  void classify_whenMajorAndActorIsEnterprise_isRejected() {
    fixture.given(reported(HazardLevel.MAJOR, List.of("OP-08.1")))
        .when(major(enterprise()))
        .expectNoEvents()
        .expectException(violates(Rule.CLASSIFICATION_NEEDS_AGENCY));
  }

  @Test
  void classify_whenMajorAndTownAgencyOfAnotherTown_isRejected() {
    fixture.given(reported())
        .when(major(otherTownAgency()))
        .expectNoEvents()
        .expectException(violates(Rule.CLASSIFICATION_NEEDS_AGENCY));
  }

  @Test
  void classify_whenMajorAndActorIsAdmin_isRejected() {
    fixture.given(reported())
        .when(major(as(Role.ADMIN)))
        .expectNoEvents()
        .expectException(violates(Rule.CLASSIFICATION_NEEDS_AGENCY));
  }

  @Test
  void classify_whenDowngradingASuggestedMajorAndActorIsEnterprise_isRejected() {
    fixture.given(reported(HazardLevel.MAJOR, List.of("OP-08.1")))
        .when(classify(enterprise(), HazardLevel.GENERAL, List.of(), "We disagree"))
        .expectNoEvents()
        .expectException(violates(Rule.CLASSIFICATION_NEEDS_AGENCY));
  }

  @Test
  void classify_whenDowngradingAClassifiedMajorByAgencyWithReason_isClassified_withThePreviousLevel() {
    fixture.given(reported(), classifiedMajor())
        .when(classify(districtAgency(), HazardLevel.GENERAL, List.of(), "Monitoring was online after all"))
        .expectEvents(new HazardClassifiedEvent(
            ID, HazardLevel.GENERAL, List.of(), HazardLevel.MAJOR, "Monitoring was online after all", NOW))
        .expectState(h -> assertThat(h.level()).isEqualTo(HazardLevel.GENERAL));
  }

  @Test
  void classify_whenDowngradingAMajorWithoutReason_isRejected() {
    fixture.given(reported(), classifiedMajor())
        .when(classify(districtAgency(), HazardLevel.GENERAL, List.of(), " "))
        .expectNoEvents()
        .expectException(violates(Rule.CLASSIFICATION_REASON_REQUIRED));
  }

  @Test
  void classify_whenConfirmingAMajorWithoutReason_isRejected() {
    fixture.given(reported(HazardLevel.MAJOR, List.of("OP-08.1")))
        .when(classify(townAgency(), HazardLevel.MAJOR, List.of("OP-08.1"), null))
        .expectNoEvents()
        .expectException(violates(Rule.CLASSIFICATION_REASON_REQUIRED));
  }

  @Test
  void classify_whenMajorWithoutCriteria_isRejected() {
    fixture.given(reported())
        .when(classify(townAgency(), HazardLevel.MAJOR, List.of(), "Serious"))
        .expectNoEvents()
        .expectException(violates(Rule.MAJOR_NEEDS_CRITERIA));
  }

  @Test
  void classify_whenGeneralCitesCriteria_isRejected() {
    fixture.given(reported())
        .when(classify(townAgency(), HazardLevel.GENERAL, List.of("OP-08.1"), "Minor"))
        .expectNoEvents()
        .expectException(violates(Rule.GENERAL_CITES_NO_CRITERIA));
  }

  @Test
  void classify_whenCriteriaContainABlankCode_isRejected() {
    fixture.given(reported())
        .when(classify(townAgency(), HazardLevel.MAJOR, List.of("OP-08.1", " "), "Serious"))
        .expectNoEvents()
        .expectException(violates(Rule.REQUIRED_FIELD_MISSING));
  }

  @Test
  void classify_whenLevelMissing_isRejected() {
    fixture.given(reported())
        .when(classify(townAgency(), null, List.of(), "r"))
        .expectNoEvents()
        .expectException(violates(Rule.REQUIRED_FIELD_MISSING))
        .expectExceptionMessage("level is required.");
  }

  @Test
  void classify_whenActingAsMissing_isRejected() {
    fixture.given(reported())
        .when(classify(null, HazardLevel.GENERAL, List.of(), null))
        .expectNoEvents()
        .expectException(violates(Rule.REQUIRED_FIELD_MISSING))
        .expectExceptionMessage("actingAs is required.");
  }

  @Test
  void classify_whenRectifying_isAnInvalidTransition_namingStateAndAllowedCommands() {
    fixture.given(reported(), planned(threeItemPlan()), started())
        .when(major(districtAgency()))
        .expectNoEvents()
        .expectException(invalidTransitionFrom(
            HazardStatus.RECTIFYING,
            HazardAction.RECORD_RECTIFICATION_PROGRESS, HazardAction.COMPLETE_RECTIFICATION,
            HazardAction.REQUEST_DEADLINE_EXTENSION));
  }

  @Test
  void classify_whenPlanned_isClassified() {
    fixture.given(reported(), planned(threeItemPlan()))
        .when(major(townAgency()))
        .expectSuccessfulHandlerExecution();
  }

  @Test
  void classify_whenReopened_isClassified() {
    fixture.given(reported(), planned(threeItemPlan()), started(), completed(), signedOff(HazardLevel.GENERAL),
            new HazardReopenedEvent(ID, "Found again", null, NOW))
        .when(major(townAgency()))
        .expectSuccessfulHandlerExecution();
  }

  @Test
  void classify_withTheCurrentVersion_isClassified() {
    fixture.given(reported(), planned(threeItemPlan()))
        .when(new ClassifyHazardCommand(ID, 1L, townAgency(), HazardLevel.MAJOR, List.of("OP-08.1"), "r", NOW))
        .expectSuccessfulHandlerExecution();
  }

  @Test
  void classify_withAStaleVersion_isRefusedBeforeAnyRule() {
    fixture.given(reported(), planned(threeItemPlan()))
        .when(new ClassifyHazardCommand(ID, 0L, enterprise(), HazardLevel.MAJOR, List.of(), null, NOW))
        .expectNoEvents()
        .expectException(ConflictingAggregateVersionException.class);
  }

  @Test
  void classify_withAVersionAheadOfTheHazard_isRefused() {
    fixture.given(reported())
        .when(new ClassifyHazardCommand(ID, 4L, townAgency(), HazardLevel.MAJOR, List.of("OP-08.1"), "r", NOW))
        .expectNoEvents()
        .expectException(ConflictingAggregateVersionException.class);
  }
}
