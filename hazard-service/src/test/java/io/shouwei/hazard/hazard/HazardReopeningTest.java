package io.shouwei.hazard.hazard;

import static io.shouwei.hazard.hazard.HazardScenario.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.shouwei.contracts.hazard.HazardLevel;
import io.shouwei.hazard.hazard.HazardRuleViolation.Rule;
import io.shouwei.hazard.hazard.api.ActingAs;
import io.shouwei.hazard.hazard.api.HazardReopenedEvent;
import io.shouwei.hazard.hazard.api.ReopenHazardCommand;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reopening a signed-off hazard after a look-back review (回头看). */
class HazardReopeningTest {

  FixtureConfiguration<Hazard> fixture;

  @BeforeEach
  void setUp() {
    fixture = fixture();
  }

  static ReopenHazardCommand reopen(ActingAs actor, String reason) {
    return new ReopenHazardCommand(ID, null, actor, reason, "revisit-2025-09", NOW);
  }

  static Object[] signedOffMajor() {
    return and(submittedMajor(), signedOff(HazardLevel.MAJOR));
  }

  @Test
  void reopen_whenSignedOff_byTownAgencyOfItsTown_isReopened() {
    fixture.given(signedOffMajor())
        .when(reopen(townAgency(), "Cracks found again on the look-back review"))
        .expectEvents(new HazardReopenedEvent(ID, "Cracks found again on the look-back review", "revisit-2025-09", NOW))
        .expectState(h -> {
          assertThat(h.status()).isEqualTo(HazardStatus.REOPENED);
          assertThat(h.progressPercent()).isZero();
          assertThat(h.level()).isEqualTo(HazardLevel.MAJOR);
        });
  }

  @Test
  void reopen_byDistrictAgency_isReopened() {
    fixture.given(signedOffMajor())
        .when(reopen(districtAgency(), "Found again"))
        .expectSuccessfulHandlerExecution();
  }

  @Test
  void reopen_whenActorIsEnterprise_isRejected() {
    fixture.given(signedOffMajor())
        .when(reopen(enterprise(), "We found it again ourselves"))
        .expectNoEvents()
        .expectException(violates(Rule.REOPENING_NEEDS_AGENCY));
  }

  @Test
  void reopen_whenTownAgencyOfAnotherTown_isRejected() {
    fixture.given(signedOffMajor())
        .when(reopen(otherTownAgency(), "Found again"))
        .expectNoEvents()
        .expectException(violates(Rule.REOPENING_NEEDS_AGENCY));
  }

  @Test
  void reopen_whenReasonMissing_isRejected() {
    fixture.given(signedOffMajor())
        .when(reopen(townAgency(), null))
        .expectNoEvents()
        .expectException(violates(Rule.REQUIRED_FIELD_MISSING))
        .expectExceptionMessage("reason is required.");
  }

  @Test
  void reopen_whenSubmitted_isAnInvalidTransition() {
    fixture.given(submittedMajor())
        .when(reopen(townAgency(), "Found again"))
        .expectNoEvents()
        .expectException(invalidTransitionFrom(HazardStatus.SUBMITTED, HazardAction.VERIFY_RECTIFICATION));
  }

  @Test
  void reopen_whenAlreadyReopened_isAnInvalidTransition() {
    fixture.given(and(signedOffMajor(), new HazardReopenedEvent(ID, "Found again", null, NOW)))
        .when(reopen(townAgency(), "Again"))
        .expectNoEvents()
        .expectException(invalidTransitionFrom(
            HazardStatus.REOPENED, HazardAction.CLASSIFY_HAZARD, HazardAction.PLAN_RECTIFICATION));
  }

  @Test
  void aReopenedHazard_goesRoundTheLoopAgain() {
    fixture.given(and(signedOffMajor(), new HazardReopenedEvent(ID, "Found again", null, NOW),
            planned(fullPlan()), started(), completed()))
        .when(HazardVerificationTest.signOff(townAgency()))
        .expectSuccessfulHandlerExecution()
        .expectState(h -> assertThat(h.status()).isEqualTo(HazardStatus.SIGNED_OFF));
  }
}
