package io.shouwei.hazard.hazard;

import static io.shouwei.hazard.hazard.HazardScenario.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.shouwei.contracts.Role;
import io.shouwei.contracts.hazard.HazardLevel;
import io.shouwei.hazard.hazard.HazardRuleViolation.Rule;
import io.shouwei.hazard.hazard.api.ActingAs;
import io.shouwei.hazard.hazard.api.HazardSignedOffEvent;
import io.shouwei.hazard.hazard.api.RectificationRejectedEvent;
import io.shouwei.hazard.hazard.api.VerificationOutcome;
import io.shouwei.hazard.hazard.api.VerifyRectificationCommand;
import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Verification of a submitted rectification: sign-off (销号) or rejection, and who may do it. */
class HazardVerificationTest {

  FixtureConfiguration<Hazard> fixture;

  @BeforeEach
  void setUp() {
    fixture = fixture();
  }

  static VerifyRectificationCommand signOff(ActingAs actor) {
    return new VerifyRectificationCommand(ID, null, actor, VerificationOutcome.ACCEPT, "Verified on site", NOW);
  }

  static VerifyRectificationCommand reject(ActingAs actor, String reason) {
    return new VerifyRectificationCommand(ID, null, actor, VerificationOutcome.REJECT, reason, NOW);
  }

  @Test
  void signOff_whenMajorAndTownAgencyOfItsTown_isSignedOff() {
    fixture.given(submittedMajor())
        .when(signOff(townAgency()))
        .expectEvents(new HazardSignedOffEvent(ID, HazardLevel.MAJOR, "Verified on site", NOW))
        .expectState(h -> assertThat(h.status()).isEqualTo(HazardStatus.SIGNED_OFF));
  }

  @Test
  void signOff_whenMajorAndDistrictAgency_isSignedOff() {
    fixture.given(submittedMajor())
        .when(signOff(districtAgency()))
        .expectSuccessfulHandlerExecution();
  }

  @Test
  void signOff_whenMajorAndActorIsEnterprise_isRejected() {
    fixture.given(submittedMajor())
        .when(signOff(enterprise()))
        .expectNoEvents()
        .expectException(violates(Rule.MAJOR_VERIFICATION_NEEDS_AGENCY));
  }

  @Test
  void signOff_whenMajorAndTownAgencyOfAnotherTown_isRejected() {
    fixture.given(submittedMajor())
        .when(signOff(otherTownAgency()))
        .expectNoEvents()
        .expectException(violates(Rule.MAJOR_VERIFICATION_NEEDS_AGENCY));
  }

  @Test
  void signOff_whenMajorAndActorIsAdminOrSuperiorCompanyOrService_isRejected() {
    for (Role role : List.of(Role.ADMIN, Role.SUPERIOR_COMPANY, Role.SERVICE)) {
      fixture.given(submittedMajor())
          .when(signOff(as(role)))
          .expectNoEvents()
          .expectException(violates(Rule.MAJOR_VERIFICATION_NEEDS_AGENCY));
    }
  }

  @Test
  void signOff_whenSuggestedMajorAndNotClassified_needsAnAgency() {
    fixture.given(reported(HazardLevel.MAJOR, List.of("OP-08.1")), planned(fullPlan()), started(), completed())
        .when(signOff(enterprise()))
        .expectNoEvents()
        .expectException(violates(Rule.MAJOR_VERIFICATION_NEEDS_AGENCY));
  }

  @Test
  void signOff_whenGeneralAndActorIsItsEnterprise_isSignedOff() {
    fixture.given(submittedGeneral())
        .when(signOff(enterprise()))
        .expectEvents(new HazardSignedOffEvent(ID, HazardLevel.GENERAL, "Verified on site", NOW));
  }

  @Test
  void signOff_whenGeneralAndActorIsTownAgency_isSignedOff() {
    fixture.given(submittedGeneral())
        .when(signOff(townAgency()))
        .expectSuccessfulHandlerExecution();
  }

  @Test
  void signOff_whenGeneralAndActorIsAnotherEnterprise_isRejected() {
    fixture.given(submittedGeneral())
        .when(signOff(otherEnterprise()))
        .expectNoEvents()
        .expectException(violates(Rule.GENERAL_VERIFICATION_NEEDS_ENTERPRISE_OR_AGENCY));
  }

  @Test
  void signOff_whenGeneralAndActorIsSuperiorCompany_isRejected() {
    fixture.given(submittedGeneral())
        .when(signOff(as(Role.SUPERIOR_COMPANY)))
        .expectNoEvents()
        .expectException(violates(Rule.GENERAL_VERIFICATION_NEEDS_ENTERPRISE_OR_AGENCY));
  }

  @Test
  void signOff_withoutRemark_isSignedOff() {
    fixture.given(submittedGeneral())
        .when(new VerifyRectificationCommand(ID, null, enterprise(), VerificationOutcome.ACCEPT, null, NOW))
        .expectEvents(new HazardSignedOffEvent(ID, HazardLevel.GENERAL, null, NOW));
  }

  @Test
  void reject_withReason_sendsTheHazardBackToRectifying() {
    fixture.given(submittedMajor())
        .when(reject(townAgency(), "Radar not connected to the monitoring centre"))
        .expectEvents(new RectificationRejectedEvent(ID, "Radar not connected to the monitoring centre", NOW))
        .expectState(h -> {
          assertThat(h.status()).isEqualTo(HazardStatus.RECTIFYING);
          assertThat(h.progressPercent()).isZero();
        });
  }

  @Test
  void reject_withoutReason_isRejected() {
    fixture.given(submittedMajor())
        .when(reject(townAgency(), "  "))
        .expectNoEvents()
        .expectException(violates(Rule.REJECTION_REASON_REQUIRED));
  }

  @Test
  void reject_whenMajorAndActorIsEnterprise_isRejected() {
    fixture.given(submittedMajor())
        .when(reject(enterprise(), "Not good enough"))
        .expectNoEvents()
        .expectException(violates(Rule.MAJOR_VERIFICATION_NEEDS_AGENCY));
  }

  @Test
  void verify_whenOutcomeMissing_isRejected() {
    fixture.given(submittedGeneral())
        .when(new VerifyRectificationCommand(ID, null, enterprise(), null, null, NOW))
        .expectNoEvents()
        .expectException(violates(Rule.REQUIRED_FIELD_MISSING))
        .expectExceptionMessage("outcome is required.");
  }

  @Test
  void verify_whenRectifying_isAnInvalidTransition() {
    fixture.given(reported(), planned(threeItemPlan()), started())
        .when(signOff(townAgency()))
        .expectNoEvents()
        .expectException(invalidTransitionFrom(
            HazardStatus.RECTIFYING,
            HazardAction.RECORD_RECTIFICATION_PROGRESS, HazardAction.COMPLETE_RECTIFICATION,
            HazardAction.REQUEST_DEADLINE_EXTENSION));
  }

  @Test
  void verify_whenAlreadySignedOff_isAnInvalidTransition() {
    fixture.given(and(submittedGeneral(), signedOff(HazardLevel.GENERAL)))
        .when(signOff(townAgency()))
        .expectNoEvents()
        .expectException(invalidTransitionFrom(HazardStatus.SIGNED_OFF, HazardAction.REOPEN_HAZARD));
  }

  @Test
  void anInvalidTransition_carriesTheStateAndTheAllowedCommands() {
    InvalidHazardTransition refused =
        new InvalidHazardTransition(
            HazardAction.VERIFY_RECTIFICATION, HazardStatus.PLANNED,
            java.util.EnumSet.of(HazardAction.START_RECTIFICATION, HazardAction.CLASSIFY_HAZARD), "no");

    assertThat(refused.status()).isEqualTo(HazardStatus.PLANNED);
    assertThat(refused.allowedCommands())
        .containsExactly(HazardAction.CLASSIFY_HAZARD, HazardAction.START_RECTIFICATION);
    assertThat(refused.getMessage()).contains("VERIFY_RECTIFICATION", "PLANNED");
  }
}
