package io.shouwei.hazard.order;

import static io.shouwei.hazard.order.OrderScenario.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.shouwei.contracts.Role;
import io.shouwei.contracts.order.OrderType;
import io.shouwei.contracts.order.ReviewOutcome;
import io.shouwei.contracts.order.StopCause;
import io.shouwei.hazard.hazard.HazardStatus;
import io.shouwei.hazard.hazard.api.ActingAs;
import io.shouwei.hazard.order.OrderRuleViolation.Rule;
import io.shouwei.hazard.order.api.AcknowledgeOrderCommand;
import io.shouwei.hazard.order.api.ApplyForResumptionCommand;
import io.shouwei.hazard.order.api.CitedHazard;
import io.shouwei.hazard.order.api.DecideResumptionCommand;
import io.shouwei.hazard.order.api.EnforceStopCommand;
import io.shouwei.hazard.order.api.FulfilOrderCommand;
import io.shouwei.hazard.order.api.IssueOrderCommand;
import io.shouwei.hazard.order.api.OrderFulfilledEvent;
import io.shouwei.hazard.order.api.OrderIssuedEvent;
import io.shouwei.hazard.order.api.OrderLiftedEvent;
import io.shouwei.hazard.order.api.ResumptionAppliedEvent;
import io.shouwei.hazard.order.api.ResumptionDecision;
import io.shouwei.hazard.order.api.ResumptionRejectedEvent;
import io.shouwei.hazard.order.api.ResumptionReviewedEvent;
import io.shouwei.hazard.order.api.ReviewResumptionCommand;
import io.shouwei.hazard.order.api.StopTookEffectEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every command handler of the order: success, and one test per rule it enforces. */
class RectificationOrderTest {

  /** The re-application block the service sends (its default). */
  static final Period BLOCK = Period.ofMonths(2);

  FixtureConfiguration<RectificationOrder> fixture;

  /** When a new application is accepted again after a failure at {@code failedAt}. */
  static Instant blockedFrom(Instant failedAt) {
    return failedAt.atOffset(ZoneOffset.UTC).plus(BLOCK).toInstant();
  }

  @BeforeEach
  void setUp() {
    fixture = fixture();
  }

  static List<Object> with(List<Object> given, Object... more) {
    List<Object> events = new ArrayList<>(given);
    events.addAll(List.of(more));
    return events;
  }

  @Nested
  class Issue {

    /** The issue command with one field changed. */
    IssueOrderCommand issue(UnaryOperator<IssueOrderCommand> change) {
      return change.apply(OrderScenario.issue(OrderType.STOP_PRODUCTION, townAgency()));
    }

    @Test
    void issue_stopOrderByTownAgencyOfItsTown_isIssuedWithItsAcknowledgementDeadline() {
      fixture.givenNoPriorActivity()
          .when(OrderScenario.issue(OrderType.STOP_PRODUCTION, townAgency()))
          .expectEvents(stopIssued())
          .expectState(o -> {
            assertThat(o.status()).isEqualTo(OrderStatus.ISSUED);
            assertThat(o.allowedActions()).containsExactlyInAnyOrder(
                OrderAction.ACKNOWLEDGE_ORDER, OrderAction.ENFORCE_STOP);
          });
    }

    @Test
    void issue_rectifyOrderByDistrictAgency_isIssuedWithoutAcknowledgementDeadline() {
      fixture.givenNoPriorActivity()
          .when(OrderScenario.issue(OrderType.RECTIFY_WITHIN_DEADLINE, districtAgency()))
          .expectEvents(rectifyIssued())
          .expectState(o -> assertThat(o.allowedActions()).containsExactly(OrderAction.ACKNOWLEDGE_ORDER));
    }

    @Test
    void issue_citingAHazardTwiceOrABlankCampaign_citesItOnce_andHasNoCampaign() {
      fixture.givenNoPriorActivity()
          .when(issue(c -> new IssueOrderCommand(
              c.orderId(), c.number(), c.actingAs(), c.mineId(), c.enterpriseId(), c.townCode(), c.type(),
              List.of(new CitedHazard(HAZARD_2, MINE), new CitedHazard(HAZARD_1, MINE), new CitedHazard(HAZARD_2, MINE)),
              c.deadline(), c.legalBasis(), " ", c.acknowledgementDeadline(), c.issuedAt())))
          .expectEvents(new OrderIssuedEvent(
              ID, NUMBER, MINE, ENTERPRISE, TOWN, OrderType.STOP_PRODUCTION, List.of(HAZARD_2, HAZARD_1), DEADLINE,
              LEGAL_BASIS, null, ACK_DEADLINE, ISSUED_AT));
    }

    static Stream<Arguments> missingFields() {
      return Stream.of(
          Arguments.of("number", (UnaryOperator<IssueOrderCommand>) c -> new IssueOrderCommand(
              c.orderId(), " ", c.actingAs(), c.mineId(), c.enterpriseId(), c.townCode(), c.type(), c.citedHazards(),
              c.deadline(), c.legalBasis(), c.campaignId(), c.acknowledgementDeadline(), c.issuedAt())),
          Arguments.of("actingAs", (UnaryOperator<IssueOrderCommand>) c -> new IssueOrderCommand(
              c.orderId(), c.number(), null, c.mineId(), c.enterpriseId(), c.townCode(), c.type(), c.citedHazards(),
              c.deadline(), c.legalBasis(), c.campaignId(), c.acknowledgementDeadline(), c.issuedAt())),
          Arguments.of("type", (UnaryOperator<IssueOrderCommand>) c -> new IssueOrderCommand(
              c.orderId(), c.number(), c.actingAs(), c.mineId(), c.enterpriseId(), c.townCode(), null,
              c.citedHazards(), c.deadline(), c.legalBasis(), c.campaignId(), c.acknowledgementDeadline(),
              c.issuedAt())),
          Arguments.of("legalBasis", (UnaryOperator<IssueOrderCommand>) c -> new IssueOrderCommand(
              c.orderId(), c.number(), c.actingAs(), c.mineId(), c.enterpriseId(), c.townCode(), c.type(),
              c.citedHazards(), c.deadline(), "", c.campaignId(), c.acknowledgementDeadline(), c.issuedAt())),
          Arguments.of("deadline", (UnaryOperator<IssueOrderCommand>) c -> new IssueOrderCommand(
              c.orderId(), c.number(), c.actingAs(), c.mineId(), c.enterpriseId(), c.townCode(), c.type(),
              c.citedHazards(), null, c.legalBasis(), c.campaignId(), c.acknowledgementDeadline(), c.issuedAt())),
          Arguments.of("acknowledgementDeadline", (UnaryOperator<IssueOrderCommand>) c -> new IssueOrderCommand(
              c.orderId(), c.number(), c.actingAs(), c.mineId(), c.enterpriseId(), c.townCode(), c.type(),
              c.citedHazards(), c.deadline(), c.legalBasis(), c.campaignId(), null, c.issuedAt())));
    }

    @ParameterizedTest(name = "issue_without_{0}_isRejected")
    @MethodSource("missingFields")
    void issue_withoutARequiredField_isRejected(String field, UnaryOperator<IssueOrderCommand> change) {
      fixture.givenNoPriorActivity()
          .when(issue(change))
          .expectNoEvents()
          .expectException(violates(Rule.REQUIRED_FIELD_MISSING))
          .expectExceptionMessage(field + " is required.");
    }

    @Test
    void issue_byTownAgencyOfAnotherTown_isRejected() {
      fixture.givenNoPriorActivity()
          .when(OrderScenario.issue(OrderType.STOP_PRODUCTION, otherTownAgency()))
          .expectNoEvents()
          .expectException(violates(Rule.ISSUE_NEEDS_AGENCY));
    }

    @ParameterizedTest(name = "issue_by_{0}_isRejected")
    @EnumSource(value = Role.class, names = {"ENTERPRISE", "SUPERIOR_COMPANY", "AUDITOR", "ADMIN", "SERVICE"})
    void issue_byARoleThatIsNoAgency_isRejected(Role role) {
      ActingAs actor = role == Role.ENTERPRISE ? enterprise() : as(role);
      fixture.givenNoPriorActivity()
          .when(OrderScenario.issue(OrderType.RECTIFY_WITHIN_DEADLINE, actor))
          .expectNoEvents()
          .expectException(violates(Rule.ISSUE_NEEDS_AGENCY));
    }

    @Test
    void issue_citingNoHazard_isRejected() {
      for (List<CitedHazard> none : java.util.Arrays.asList(List.<CitedHazard>of(), null)) {
        fixture.givenNoPriorActivity()
            .when(issue(c -> new IssueOrderCommand(
                c.orderId(), c.number(), c.actingAs(), c.mineId(), c.enterpriseId(), c.townCode(), c.type(), none,
                c.deadline(), c.legalBasis(), c.campaignId(), c.acknowledgementDeadline(), c.issuedAt())))
            .expectNoEvents()
            .expectException(violates(Rule.CITED_HAZARDS_REQUIRED));
      }
    }

    @Test
    void issue_citingAnUnknownHazard_isRejected_namingIt() {
      fixture.givenNoPriorActivity()
          .when(issue(c -> new IssueOrderCommand(
              c.orderId(), c.number(), c.actingAs(), c.mineId(), c.enterpriseId(), c.townCode(), c.type(),
              List.of(new CitedHazard(HAZARD_1, MINE), new CitedHazard("hz-404", null)), c.deadline(),
              c.legalBasis(), c.campaignId(), c.acknowledgementDeadline(), c.issuedAt())))
          .expectNoEvents()
          .expectException(violates(Rule.CITED_HAZARD_UNKNOWN, List.of("hz-404")));
    }

    @Test
    void issue_citingAHazardOfAnotherMine_isRejected_namingIt() {
      fixture.givenNoPriorActivity()
          .when(issue(c -> new IssueOrderCommand(
              c.orderId(), c.number(), c.actingAs(), c.mineId(), c.enterpriseId(), c.townCode(), c.type(),
              List.of(new CitedHazard(HAZARD_1, MINE), new CitedHazard("hz-9", "mine-9")), c.deadline(),
              c.legalBasis(), c.campaignId(), c.acknowledgementDeadline(), c.issuedAt())))
          .expectNoEvents()
          .expectException(violates(Rule.CITED_HAZARD_OF_ANOTHER_MINE, List.of("hz-9")));
    }

    @Test
    void issue_citingABlankHazardId_isRejected() {
      fixture.givenNoPriorActivity()
          .when(issue(c -> new IssueOrderCommand(
              c.orderId(), c.number(), c.actingAs(), c.mineId(), c.enterpriseId(), c.townCode(), c.type(),
              List.of(new CitedHazard(" ", MINE)), c.deadline(), c.legalBasis(), c.campaignId(),
              c.acknowledgementDeadline(), c.issuedAt())))
          .expectNoEvents()
          .expectException(violates(Rule.REQUIRED_FIELD_MISSING));
    }

    @Test
    void issue_withADeadlineNotAfterNow_isRejected() {
      fixture.givenNoPriorActivity()
          .when(issue(c -> new IssueOrderCommand(
              c.orderId(), c.number(), c.actingAs(), c.mineId(), c.enterpriseId(), c.townCode(), c.type(),
              c.citedHazards(), ISSUED_AT, c.legalBasis(), c.campaignId(), c.acknowledgementDeadline(),
              c.issuedAt())))
          .expectNoEvents()
          .expectException(violates(Rule.DEADLINE_NOT_IN_FUTURE));
    }

    @Test
    void issue_stopOrderWithAnAcknowledgementDeadlineNotAfterNow_isRejected() {
      fixture.givenNoPriorActivity()
          .when(issue(c -> new IssueOrderCommand(
              c.orderId(), c.number(), c.actingAs(), c.mineId(), c.enterpriseId(), c.townCode(), c.type(),
              c.citedHazards(), c.deadline(), c.legalBasis(), c.campaignId(), ISSUED_AT.minusSeconds(1),
              c.issuedAt())))
          .expectNoEvents()
          .expectException(violates(Rule.ACKNOWLEDGEMENT_DEADLINE_NOT_IN_FUTURE));
    }

    @Test
    void issue_rectifyOrderWithAnAcknowledgementDeadline_isRejected() {
      fixture.givenNoPriorActivity()
          .when(issue(c -> new IssueOrderCommand(
              c.orderId(), c.number(), c.actingAs(), c.mineId(), c.enterpriseId(), c.townCode(),
              OrderType.RECTIFY_WITHIN_DEADLINE, c.citedHazards(), c.deadline(), c.legalBasis(), c.campaignId(),
              ACK_DEADLINE, c.issuedAt())))
          .expectNoEvents()
          .expectException(violates(Rule.ACKNOWLEDGEMENT_DEADLINE_ONLY_FOR_STOP_ORDERS));
    }
  }

  @Nested
  class Acknowledge {

    AcknowledgeOrderCommand acknowledge(ActingAs actor) {
      return new AcknowledgeOrderCommand(ID, null, actor, NOW);
    }

    @Test
    void acknowledge_stopOrder_isAcknowledged_andTheStopTakesEffect() {
      fixture.given(stopIssued())
          .when(acknowledge(enterprise()))
          .expectEvents(acknowledged(), stopTookEffect(StopCause.ACKNOWLEDGED))
          .expectState(o -> {
            assertThat(o.status()).isEqualTo(OrderStatus.IN_FORCE);
            assertThat(o.allowedActions()).containsExactly(OrderAction.APPLY_FOR_RESUMPTION);
          });
    }

    @Test
    void acknowledge_rectifyOrder_isAcknowledged_andStopsNothing() {
      fixture.given(rectifyIssued())
          .when(acknowledge(enterprise()))
          .expectEvents(acknowledged())
          .expectState(o -> {
            assertThat(o.status()).isEqualTo(OrderStatus.ACKNOWLEDGED);
            assertThat(o.allowedActions()).containsExactly(OrderAction.FULFIL_ORDER);
          });
    }

    @Test
    void acknowledge_stopOrderThatTookEffectAtItsDeadline_isAcknowledged_withoutASecondStop() {
      fixture.given(stopIssued(), stopTookEffect(StopCause.ACKNOWLEDGEMENT_DEADLINE_PASSED))
          .when(acknowledge(enterprise()))
          .expectEvents(acknowledged())
          .expectState(o -> assertThat(o.allowedActions()).containsExactly(OrderAction.APPLY_FOR_RESUMPTION));
    }

    @Test
    void acknowledge_twice_isRefused() {
      fixture.given(stopInForce())
          .when(acknowledge(enterprise()))
          .expectNoEvents()
          .expectException(refusedIn(OrderStatus.IN_FORCE, OrderAction.APPLY_FOR_RESUMPTION));
    }

    @Test
    void acknowledge_whenLifted_isRefused() {
      fixture.given(with(resumptionReviewed(), new OrderLiftedEvent(ID, MINE, null, NOW)))
          .when(acknowledge(enterprise()))
          .expectNoEvents()
          .expectException(refusedIn(OrderStatus.LIFTED));
    }

    @Test
    void acknowledge_whenNotTheMinesEnterprise_isRejected() {
      for (ActingAs actor : List.of(otherEnterprise(), townAgency(), districtAgency(), as(Role.SERVICE))) {
        fixture.given(stopIssued())
            .when(acknowledge(actor))
            .expectNoEvents()
            .expectException(violates(Rule.ACTION_NEEDS_ENTERPRISE));
      }
    }

    @Test
    void acknowledge_withoutTime_isRejected() {
      fixture.given(stopIssued())
          .when(new AcknowledgeOrderCommand(ID, null, enterprise(), null))
          .expectNoEvents()
          .expectException(violates(Rule.REQUIRED_FIELD_MISSING));
    }
  }

  @Nested
  class EnforceStop {

    @Test
    void enforceStop_afterTheAcknowledgementDeadline_takesEffect() {
      Instant late = ACK_DEADLINE.plusSeconds(30);
      fixture.given(stopIssued())
          .when(new EnforceStopCommand(ID, late), BY_SERVICE)
          .expectEvents(new StopTookEffectEvent(ID, MINE, StopCause.ACKNOWLEDGEMENT_DEADLINE_PASSED, late))
          .expectState(o -> {
            assertThat(o.status()).isEqualTo(OrderStatus.IN_FORCE);
            assertThat(o.acknowledged()).isFalse();
            assertThat(o.allowedActions()).containsExactly(OrderAction.ACKNOWLEDGE_ORDER);
          });
    }

    @Test
    void enforceStop_exactlyAtTheAcknowledgementDeadline_takesEffect() {
      fixture.given(stopIssued())
          .when(new EnforceStopCommand(ID, ACK_DEADLINE), BY_SERVICE)
          .expectEvents(new StopTookEffectEvent(ID, MINE, StopCause.ACKNOWLEDGEMENT_DEADLINE_PASSED, ACK_DEADLINE));
    }

    @Test
    void enforceStop_beforeTheAcknowledgementDeadline_isRejected() {
      fixture.given(stopIssued())
          .when(new EnforceStopCommand(ID, ACK_DEADLINE.minusMillis(1)), BY_SERVICE)
          .expectNoEvents()
          .expectException(violates(Rule.ACKNOWLEDGEMENT_DEADLINE_NOT_PASSED));
    }

    @Test
    void enforceStop_twice_changesNothingTheSecondTime() {
      fixture.given(stopIssued(), stopTookEffect(StopCause.ACKNOWLEDGEMENT_DEADLINE_PASSED))
          .when(new EnforceStopCommand(ID, ACK_DEADLINE.plusSeconds(90)), BY_SERVICE)
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void enforceStop_afterAcknowledgementOrLifting_changesNothing() {
      for (List<Object> given : List.of(
          stopInForce(), with(resumptionReviewed(), new OrderLiftedEvent(ID, MINE, null, NOW)))) {
        fixture.given(given)
            .when(new EnforceStopCommand(ID, ACK_DEADLINE.plusSeconds(90)), BY_SERVICE)
            .expectSuccessfulHandlerExecution()
            .expectNoEvents();
      }
    }

    @Test
    void enforceStop_ofARectifyOrder_isRejected() {
      fixture.given(rectifyIssued())
          .when(new EnforceStopCommand(ID, ACK_DEADLINE.plusSeconds(90)), BY_SERVICE)
          .expectNoEvents()
          .expectException(violates(Rule.NOT_A_STOP_ORDER));
    }

    @ParameterizedTest(name = "enforceStop_by_{0}_isRejected")
    @EnumSource(value = Role.class, mode = EnumSource.Mode.EXCLUDE, names = "SERVICE")
    void enforceStop_byAnyoneButTheService_isRejected(Role role) {
      fixture.given(stopIssued())
          .when(new EnforceStopCommand(ID, ACK_DEADLINE.plusSeconds(90)),
              Map.of(RectificationOrder.ACTOR_ROLE, role.name()))
          .expectNoEvents()
          .expectException(violates(Rule.ENFORCEMENT_NEEDS_SERVICE));
    }

    @Test
    void enforceStop_withoutTime_isRejected() {
      fixture.given(stopIssued())
          .when(new EnforceStopCommand(ID, null), BY_SERVICE)
          .expectNoEvents()
          .expectException(violates(Rule.REQUIRED_FIELD_MISSING));
    }
  }

  @Nested
  class ApplyForResumption {

    ApplyForResumptionCommand apply(ActingAs actor, Map<String, HazardStatus> statuses) {
      return applyAt(actor, statuses, NOW);
    }

    ApplyForResumptionCommand applyAt(ActingAs actor, Map<String, HazardStatus> statuses, Instant appliedAt) {
      return new ApplyForResumptionCommand(
          ID, null, actor, statuses, "doc://rectification-report", "doc://assessment", appliedAt, BLOCK);
    }

    @Test
    void apply_whenEveryCitedHazardIsSignedOff_isApplied() {
      fixture.given(stopInForce())
          .when(apply(enterprise(), allSignedOff()))
          .expectEvents(applied(1))
          .expectState(o -> {
            assertThat(o.status()).isEqualTo(OrderStatus.RESUMPTION_APPLIED);
            assertThat(o.allowedActions()).containsExactly(OrderAction.REVIEW_RESUMPTION);
          });
    }

    @Test
    void apply_onceTheBlockAfterAFailedReviewHasPassed_isTheSecondApplication() {
      Instant later = blockedFrom(NOW);
      fixture.given(with(resumptionApplied(),
              new ResumptionReviewedEvent(ID, ReviewOutcome.FAIL, "Slope drainage unfinished", NOW)))
          .when(applyAt(enterprise(), allSignedOff(), later))
          .expectEvents(new ResumptionAppliedEvent(ID, 2, "doc://rectification-report", "doc://assessment", later))
          .expectState(o -> assertThat(o.lastRefusedAt()).isEqualTo(NOW));
    }

    @Test
    void apply_withinTheBlockAfterAFailedReview_isRejected() {
      fixture.given(with(resumptionApplied(),
              new ResumptionReviewedEvent(ID, ReviewOutcome.FAIL, "Slope drainage unfinished", NOW)))
          .when(applyAt(enterprise(), allSignedOff(), blockedFrom(NOW).minusMillis(1)))
          .expectNoEvents()
          .expectException(violates(Rule.REAPPLICATION_BLOCKED));
    }

    @Test
    void apply_onceTheBlockAfterARejectionHasPassed_isTheNextApplication() {
      Instant later = blockedFrom(NOW).plusSeconds(1);
      fixture.given(with(resumptionReviewed(), new ResumptionRejectedEvent(ID, "Report unsigned", NOW)))
          .when(new ApplyForResumptionCommand(ID, null, enterprise(), allSignedOff(), "r", "a", later, BLOCK))
          .expectEvents(new ResumptionAppliedEvent(ID, 2, "r", "a", later));
    }

    @Test
    void apply_withinTheBlockAfterARejection_isRejected() {
      fixture.given(with(resumptionReviewed(), new ResumptionRejectedEvent(ID, "Report unsigned", NOW)))
          .when(applyAt(enterprise(), allSignedOff(), NOW.plus(Duration.ofDays(1))))
          .expectNoEvents()
          .expectException(violates(Rule.REAPPLICATION_BLOCKED));
    }

    @Test
    void apply_afterARejection_withoutABlock_isTheNextApplicationAtOnce() {
      fixture.given(with(resumptionReviewed(), new ResumptionRejectedEvent(ID, "Report unsigned", NOW)))
          .when(new ApplyForResumptionCommand(ID, null, enterprise(), allSignedOff(), "r", "a", NOW, Period.ZERO))
          .expectEvents(new ResumptionAppliedEvent(ID, 2, "r", "a", NOW));
    }

    @Test
    void apply_theBlockCountsFromTheLastFailure() {
      Instant secondFailure = blockedFrom(NOW).plusSeconds(10);
      fixture.given(with(resumptionApplied(),
              new ResumptionReviewedEvent(ID, ReviewOutcome.FAIL, "Slope drainage unfinished", NOW),
              new ResumptionAppliedEvent(ID, 2, "r", "a", blockedFrom(NOW)),
              new ResumptionReviewedEvent(ID, ReviewOutcome.FAIL, "Still unfinished", secondFailure)))
          .when(applyAt(enterprise(), allSignedOff(), blockedFrom(secondFailure).minusSeconds(1)))
          .expectNoEvents()
          .expectException(violates(Rule.REAPPLICATION_BLOCKED));
    }

    @Test
    void apply_withoutTheBlockSetting_isRejected() {
      fixture.given(stopInForce())
          .when(new ApplyForResumptionCommand(ID, null, enterprise(), allSignedOff(), "r", "a", NOW, null))
          .expectNoEvents()
          .expectException(violates(Rule.REQUIRED_FIELD_MISSING));
    }

    @Test
    void apply_whenACitedHazardIsNotSignedOff_isRejected_listingTheOpenOnes() {
      fixture.given(stopInForce())
          .when(apply(enterprise(), Map.of(HAZARD_1, HazardStatus.RECTIFYING, HAZARD_2, HazardStatus.SIGNED_OFF)))
          .expectNoEvents()
          .expectException(violates(Rule.CITED_HAZARDS_NOT_SIGNED_OFF, List.of(HAZARD_1)));
    }

    @Test
    void apply_whenACitedHazardsStatusIsUnknown_countsItAsOpen() {
      fixture.given(stopInForce())
          .when(apply(enterprise(), Map.of(HAZARD_1, HazardStatus.SIGNED_OFF)))
          .expectNoEvents()
          .expectException(violates(Rule.CITED_HAZARDS_NOT_SIGNED_OFF, List.of(HAZARD_2)));
    }

    @Test
    void apply_withoutAReport_isRejected() {
      fixture.given(stopInForce())
          .when(new ApplyForResumptionCommand(ID, null, enterprise(), allSignedOff(), "doc://r", " ", NOW, BLOCK))
          .expectNoEvents()
          .expectException(violates(Rule.REQUIRED_FIELD_MISSING));
    }

    @Test
    void apply_whenNotTheMinesEnterprise_isRejected() {
      fixture.given(stopInForce())
          .when(apply(otherEnterprise(), allSignedOff()))
          .expectNoEvents()
          .expectException(violates(Rule.ACTION_NEEDS_ENTERPRISE));
    }

    @Test
    void apply_beforeAcknowledgingAnEnforcedStop_isRefused() {
      fixture.given(stopIssued(), stopTookEffect(StopCause.ACKNOWLEDGEMENT_DEADLINE_PASSED))
          .when(apply(enterprise(), allSignedOff()))
          .expectNoEvents()
          .expectException(refusedIn(OrderStatus.IN_FORCE, OrderAction.ACKNOWLEDGE_ORDER));
    }

    @Test
    void apply_underARectifyOrder_isRefused() {
      fixture.given(rectifyIssued(), acknowledged())
          .when(apply(enterprise(), allSignedOff()))
          .expectNoEvents()
          .expectException(refusedIn(OrderStatus.ACKNOWLEDGED, OrderAction.FULFIL_ORDER));
    }

    @Test
    void apply_whileAnApplicationIsPending_isRefused() {
      fixture.given(resumptionApplied())
          .when(apply(enterprise(), allSignedOff()))
          .expectNoEvents()
          .expectException(refusedIn(OrderStatus.RESUMPTION_APPLIED, OrderAction.REVIEW_RESUMPTION));
    }
  }

  @Nested
  class ReviewResumption {

    ReviewResumptionCommand review(ActingAs actor, ReviewOutcome outcome, String findings) {
      return new ReviewResumptionCommand(ID, null, actor, outcome, findings, NOW);
    }

    @Test
    void review_passedByTownAgencyOfItsTown_goesOnToTheDistrict() {
      fixture.given(resumptionApplied())
          .when(review(townAgency(), ReviewOutcome.PASS, " "))
          .expectEvents(new ResumptionReviewedEvent(ID, ReviewOutcome.PASS, null, NOW))
          .expectState(o -> {
            assertThat(o.status()).isEqualTo(OrderStatus.RESUMPTION_REVIEWED);
            assertThat(o.allowedActions()).containsExactly(OrderAction.DECIDE_RESUMPTION);
          });
    }

    @Test
    void review_failedByDistrictAgency_goesBackToTheEnterprise() {
      fixture.given(resumptionApplied())
          .when(review(districtAgency(), ReviewOutcome.FAIL, "Drainage unfinished"))
          .expectEvents(new ResumptionReviewedEvent(ID, ReviewOutcome.FAIL, "Drainage unfinished", NOW))
          .expectState(o -> {
            assertThat(o.status()).isEqualTo(OrderStatus.IN_FORCE);
            assertThat(o.allowedActions()).containsExactly(OrderAction.APPLY_FOR_RESUMPTION);
          });
    }

    @Test
    void review_failedWithoutFindings_isRejected() {
      fixture.given(resumptionApplied())
          .when(review(townAgency(), ReviewOutcome.FAIL, " "))
          .expectNoEvents()
          .expectException(violates(Rule.FINDINGS_REQUIRED));
    }

    @Test
    void review_withoutOutcome_isRejected() {
      fixture.given(resumptionApplied())
          .when(review(townAgency(), null, null))
          .expectNoEvents()
          .expectException(violates(Rule.REQUIRED_FIELD_MISSING));
    }

    @Test
    void review_byTownAgencyOfAnotherTownOrTheEnterprise_isRejected() {
      for (ActingAs actor : List.of(otherTownAgency(), enterprise(), as(Role.AUDITOR))) {
        fixture.given(resumptionApplied())
            .when(review(actor, ReviewOutcome.PASS, null))
            .expectNoEvents()
            .expectException(violates(Rule.ACTION_NEEDS_AGENCY));
      }
    }

    @Test
    void review_beforeAnyApplication_isRefused() {
      fixture.given(stopInForce())
          .when(review(townAgency(), ReviewOutcome.PASS, null))
          .expectNoEvents()
          .expectException(refusedIn(OrderStatus.IN_FORCE, OrderAction.APPLY_FOR_RESUMPTION));
    }
  }

  @Nested
  class DecideResumption {

    DecideResumptionCommand decide(ActingAs actor, ResumptionDecision decision, String reason) {
      return new DecideResumptionCommand(ID, null, actor, decision, reason, NOW);
    }

    @Test
    void approve_byDistrictAgency_liftsTheOrder() {
      fixture.given(resumptionReviewed())
          .when(decide(districtAgency(), ResumptionDecision.APPROVE, "Site inspected"))
          .expectEvents(new OrderLiftedEvent(ID, MINE, "Site inspected", NOW))
          .expectState(o -> {
            assertThat(o.status()).isEqualTo(OrderStatus.LIFTED);
            assertThat(o.allowedActions()).isEmpty();
          });
    }

    @Test
    void reject_withAReason_goesBackToTheEnterprise() {
      fixture.given(resumptionReviewed())
          .when(decide(districtAgency(), ResumptionDecision.REJECT, "Assessment report unsigned"))
          .expectEvents(new ResumptionRejectedEvent(ID, "Assessment report unsigned", NOW))
          .expectState(o -> {
            assertThat(o.status()).isEqualTo(OrderStatus.IN_FORCE);
            assertThat(o.allowedActions()).containsExactly(OrderAction.APPLY_FOR_RESUMPTION);
          });
    }

    @Test
    void reject_withoutAReason_isRejected() {
      fixture.given(resumptionReviewed())
          .when(decide(districtAgency(), ResumptionDecision.REJECT, ""))
          .expectNoEvents()
          .expectException(violates(Rule.REJECTION_REASON_REQUIRED));
    }

    @Test
    void decide_withoutDecision_isRejected() {
      fixture.given(resumptionReviewed())
          .when(decide(districtAgency(), null, null))
          .expectNoEvents()
          .expectException(violates(Rule.REQUIRED_FIELD_MISSING));
    }

    @Test
    void decide_byTownAgencyOrEnterprise_isRejected() {
      for (ActingAs actor : List.of(townAgency(), enterprise(), as(Role.SERVICE))) {
        fixture.given(resumptionReviewed())
            .when(decide(actor, ResumptionDecision.APPROVE, null))
            .expectNoEvents()
            .expectException(violates(Rule.DECISION_NEEDS_DISTRICT_AGENCY));
      }
    }

    @Test
    void decide_beforeTheTownReview_isRefused() {
      fixture.given(resumptionApplied())
          .when(decide(districtAgency(), ResumptionDecision.APPROVE, null))
          .expectNoEvents()
          .expectException(refusedIn(OrderStatus.RESUMPTION_APPLIED, OrderAction.REVIEW_RESUMPTION));
    }
  }

  @Nested
  class Fulfil {

    FulfilOrderCommand fulfil(ActingAs actor, Map<String, HazardStatus> statuses) {
      return new FulfilOrderCommand(ID, null, actor, statuses, "All hazards closed", NOW);
    }

    @Test
    void fulfil_acknowledgedRectifyOrderWithEveryHazardSignedOff_isFulfilled() {
      fixture.given(rectifyIssued(), acknowledged())
          .when(fulfil(townAgency(), allSignedOff()))
          .expectEvents(new OrderFulfilledEvent(ID, "All hazards closed", NOW))
          .expectState(o -> {
            assertThat(o.status()).isEqualTo(OrderStatus.FULFILLED);
            assertThat(o.allowedActions()).isEmpty();
          });
    }

    @Test
    void fulfil_whenACitedHazardIsOpen_isRejected_listingIt() {
      fixture.given(rectifyIssued(), acknowledged())
          .when(fulfil(districtAgency(), Map.of(HAZARD_1, HazardStatus.REOPENED, HAZARD_2, HazardStatus.SIGNED_OFF)))
          .expectNoEvents()
          .expectException(violates(Rule.CITED_HAZARDS_NOT_SIGNED_OFF, List.of(HAZARD_1)));
    }

    @Test
    void fulfil_byTownAgencyOfAnotherTownOrTheEnterprise_isRejected() {
      for (ActingAs actor : List.of(otherTownAgency(), enterprise())) {
        fixture.given(rectifyIssued(), acknowledged())
            .when(fulfil(actor, allSignedOff()))
            .expectNoEvents()
            .expectException(violates(Rule.ACTION_NEEDS_AGENCY));
      }
    }

    @Test
    void fulfil_beforeAcknowledgement_isRefused() {
      fixture.given(rectifyIssued())
          .when(fulfil(townAgency(), allSignedOff()))
          .expectNoEvents()
          .expectException(refusedIn(OrderStatus.ISSUED, OrderAction.ACKNOWLEDGE_ORDER));
    }

    @Test
    void fulfil_aStopOrder_isRefused() {
      fixture.given(stopInForce())
          .when(fulfil(townAgency(), allSignedOff()))
          .expectNoEvents()
          .expectException(refusedIn(OrderStatus.IN_FORCE, OrderAction.APPLY_FOR_RESUMPTION));
    }

    @Test
    void fulfil_twice_isRefused() {
      fixture.given(rectifyIssued(), acknowledged(), new OrderFulfilledEvent(ID, null, NOW))
          .when(fulfil(townAgency(), allSignedOff()))
          .expectNoEvents()
          .expectException(refusedIn(OrderStatus.FULFILLED));
    }
  }
}
