package io.shouwei.hazard.hazard;

import static io.shouwei.hazard.hazard.HazardScenario.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.shouwei.contracts.hazard.HazardLevel;
import io.shouwei.hazard.hazard.HazardRuleViolation.Rule;
import io.shouwei.hazard.hazard.api.ActingAs;
import io.shouwei.hazard.hazard.api.DeadlineExtensionApprovedEvent;
import io.shouwei.hazard.hazard.api.DeadlineExtensionRefusedEvent;
import io.shouwei.hazard.hazard.api.DeadlineExtensionRequestedEvent;
import io.shouwei.hazard.hazard.api.DecideDeadlineExtensionCommand;
import io.shouwei.hazard.hazard.api.ExtensionDecision;
import io.shouwei.hazard.hazard.api.RequestDeadlineExtensionCommand;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Requests for more time (numbered 1, 2, …) and an agency's decision on them. */
class HazardDeadlineExtensionTest {

  static final Instant LATER = DEADLINE.plus(Duration.ofDays(30));

  FixtureConfiguration<Hazard> fixture;

  @BeforeEach
  void setUp() {
    fixture = fixture();
  }

  static RequestDeadlineExtensionCommand request(ActingAs actor, Instant requested) {
    return new RequestDeadlineExtensionCommand(ID, null, actor, requested, "Radar delivery delayed", NOW);
  }

  static DecideDeadlineExtensionCommand decide(ActingAs actor, int number, ExtensionDecision decision, String reason) {
    return new DecideDeadlineExtensionCommand(ID, null, actor, number, decision, reason, NOW);
  }

  static DeadlineExtensionRequestedEvent requested(int number) {
    return new DeadlineExtensionRequestedEvent(ID, number, DEADLINE, LATER, "Radar delivery delayed", NOW);
  }

  @Test
  void request_whenPlanned_byItsEnterprise_isRequestNumberOne() {
    fixture.given(reported(), planned(threeItemPlan()))
        .when(request(enterprise(), LATER))
        .expectEvents(requested(1))
        .expectResultMessagePayload(1)
        .expectState(h -> {
          assertThat(h.pendingExtension()).isEqualTo(new Hazard.PendingExtension(1, LATER));
          assertThat(h.deadline()).isEqualTo(DEADLINE);
        });
  }

  @Test
  void request_afterARefusal_isRequestNumberTwo() {
    fixture.given(reported(), planned(threeItemPlan()), started(), requested(1),
            new DeadlineExtensionRefusedEvent(ID, 1, "No", NOW))
        .when(request(enterprise(), LATER))
        .expectEvents(new DeadlineExtensionRequestedEvent(ID, 2, DEADLINE, LATER, "Radar delivery delayed", NOW))
        .expectResultMessagePayload(2);
  }

  @Test
  void request_whenRectifying_isRequested() {
    fixture.given(reported(), planned(threeItemPlan()), started())
        .when(request(enterprise(), LATER))
        .expectSuccessfulHandlerExecution();
  }

  @Test
  void request_whenActorIsAnAgency_isRejected() {
    fixture.given(reported(), planned(threeItemPlan()))
        .when(request(townAgency(), LATER))
        .expectNoEvents()
        .expectException(violates(Rule.EXTENSION_REQUEST_NEEDS_ENTERPRISE));
  }

  @Test
  void request_whenActorIsAnotherEnterprise_isRejected() {
    fixture.given(reported(), planned(threeItemPlan()))
        .when(request(otherEnterprise(), LATER))
        .expectNoEvents()
        .expectException(violates(Rule.EXTENSION_REQUEST_NEEDS_ENTERPRISE));
  }

  @Test
  void request_whenOneIsPending_isRejected() {
    fixture.given(reported(), planned(threeItemPlan()), requested(1))
        .when(request(enterprise(), LATER.plus(Duration.ofDays(1))))
        .expectNoEvents()
        .expectException(violates(Rule.EXTENSION_ALREADY_PENDING));
  }

  @Test
  void request_whenNotAfterTheCurrentDeadline_isRejected() {
    fixture.given(reported(), planned(threeItemPlan()))
        .when(request(enterprise(), DEADLINE))
        .expectNoEvents()
        .expectException(violates(Rule.EXTENSION_NOT_AFTER_DEADLINE));
  }

  @Test
  void request_whenReasonMissing_isRejected() {
    fixture.given(reported(), planned(threeItemPlan()))
        .when(new RequestDeadlineExtensionCommand(ID, null, enterprise(), LATER, " ", NOW))
        .expectNoEvents()
        .expectException(violates(Rule.REQUIRED_FIELD_MISSING))
        .expectExceptionMessage("reason is required.");
  }

  @Test
  void request_whenReported_isAnInvalidTransition() {
    fixture.given(reported())
        .when(request(enterprise(), LATER))
        .expectNoEvents()
        .expectException(invalidTransitionFrom(
            HazardStatus.REPORTED, HazardAction.CLASSIFY_HAZARD, HazardAction.PLAN_RECTIFICATION));
  }

  @Test
  void request_whenSubmitted_isAnInvalidTransition() {
    fixture.given(submittedGeneral())
        .when(request(enterprise(), LATER))
        .expectNoEvents()
        .expectException(invalidTransitionFrom(HazardStatus.SUBMITTED, HazardAction.VERIFY_RECTIFICATION));
  }

  @Test
  void approve_byTownAgencyOfItsTown_movesTheDeadline() {
    fixture.given(reported(), planned(threeItemPlan()), requested(1))
        .when(decide(townAgency(), 1, ExtensionDecision.APPROVE, null))
        .expectEvents(new DeadlineExtensionApprovedEvent(ID, 1, DEADLINE, LATER, null, NOW))
        .expectState(h -> {
          assertThat(h.deadline()).isEqualTo(LATER);
          assertThat(h.pendingExtension()).isNull();
        });
  }

  @Test
  void refuse_withReason_keepsTheDeadline() {
    fixture.given(reported(), planned(threeItemPlan()), started(), requested(1))
        .when(decide(districtAgency(), 1, ExtensionDecision.REFUSE, "Interim measures suffice"))
        .expectEvents(new DeadlineExtensionRefusedEvent(ID, 1, "Interim measures suffice", NOW))
        .expectState(h -> {
          assertThat(h.deadline()).isEqualTo(DEADLINE);
          assertThat(h.pendingExtension()).isNull();
        });
  }

  @Test
  void refuse_withoutReason_isRejected() {
    fixture.given(reported(), planned(threeItemPlan()), requested(1))
        .when(decide(townAgency(), 1, ExtensionDecision.REFUSE, null))
        .expectNoEvents()
        .expectException(violates(Rule.REFUSAL_REASON_REQUIRED));
  }

  @Test
  void decide_whenActorIsEnterprise_isRejected() {
    fixture.given(reported(), planned(threeItemPlan()), requested(1))
        .when(decide(enterprise(), 1, ExtensionDecision.APPROVE, null))
        .expectNoEvents()
        .expectException(violates(Rule.EXTENSION_DECISION_NEEDS_AGENCY));
  }

  @Test
  void decide_whenTownAgencyOfAnotherTown_isRejected() {
    fixture.given(reported(), planned(threeItemPlan()), requested(1))
        .when(decide(otherTownAgency(), 1, ExtensionDecision.APPROVE, null))
        .expectNoEvents()
        .expectException(violates(Rule.EXTENSION_DECISION_NEEDS_AGENCY));
  }

  @Test
  void decide_whenDecisionMissing_isRejected() {
    fixture.given(reported(), planned(threeItemPlan()), requested(1))
        .when(decide(townAgency(), 1, null, null))
        .expectNoEvents()
        .expectException(violates(Rule.REQUIRED_FIELD_MISSING));
  }

  @Test
  void decide_whenNoSuchRequest_isRejected() {
    fixture.given(reported(), planned(threeItemPlan()), requested(1))
        .when(decide(townAgency(), 2, ExtensionDecision.APPROVE, null))
        .expectNoEvents()
        .expectException(violates(Rule.NO_SUCH_EXTENSION_REQUEST));
  }

  @Test
  void decide_whenAlreadyDecided_isAnInvalidTransition() {
    fixture.given(reported(), planned(threeItemPlan()), requested(1),
            new DeadlineExtensionApprovedEvent(ID, 1, DEADLINE, LATER, null, NOW))
        .when(decide(townAgency(), 1, ExtensionDecision.REFUSE, "Changed my mind"))
        .expectNoEvents()
        .expectException(invalidTransitionFrom(
            HazardStatus.PLANNED, HazardAction.CLASSIFY_HAZARD, HazardAction.PLAN_RECTIFICATION,
            HazardAction.START_RECTIFICATION, HazardAction.REQUEST_DEADLINE_EXTENSION));
  }

  @Test
  void aPendingRequest_isAllowedADecision_evenAfterSubmission() {
    fixture.given(reported(), planned(threeItemPlan()), started(), requested(1), completed())
        .when(decide(townAgency(), 1, ExtensionDecision.APPROVE, null))
        .expectSuccessfulHandlerExecution();
  }

  @Test
  void signOff_letsAPendingRequestLapse() {
    fixture.given(reported(), planned(threeItemPlan()), started(), requested(1), completed(),
            signedOff(HazardLevel.GENERAL))
        .when(decide(townAgency(), 1, ExtensionDecision.APPROVE, null))
        .expectNoEvents()
        .expectException(invalidTransitionFrom(HazardStatus.SIGNED_OFF, HazardAction.REOPEN_HAZARD));
  }
}
