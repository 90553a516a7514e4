package io.shouwei.hazard.hazard;

import static io.shouwei.hazard.hazard.HazardScenario.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.shouwei.contracts.hazard.HazardLevel;
import io.shouwei.hazard.hazard.HazardRuleViolation.Rule;
import io.shouwei.hazard.hazard.api.FiveItemPlan;
import io.shouwei.hazard.hazard.api.HazardClassifiedEvent;
import io.shouwei.hazard.hazard.api.HazardReopenedEvent;
import io.shouwei.hazard.hazard.api.PlanRectificationCommand;
import io.shouwei.hazard.hazard.api.RectificationPlannedEvent;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HazardPlanTest {

  FixtureConfiguration<Hazard> fixture;

  @BeforeEach
  void setUp() {
    fixture = fixture();
  }

  static PlanRectificationCommand plan(FiveItemPlan plan) {
    return new PlanRectificationCommand(ID, null, enterprise(), plan, NOW);
  }

  static FiveItemPlan with(FiveItemPlan p, FiveItemPlan.Funds funds, FiveItemPlan.ContingencyPlan contingency) {
    return new FiveItemPlan(p.measures(), funds, p.deadline(), p.responsibility(), contingency);
  }

  @Test
  void plan_generalHazardWithMeasuresDeadlineAndResponsibility_isPlanned() {
    fixture.given(reported())
        .when(plan(threeItemPlan()))
        .expectEvents(new RectificationPlannedEvent(ID, threeItemPlan(), NOW))
        .expectState(h -> {
          assertThat(h.status()).isEqualTo(HazardStatus.PLANNED);
          assertThat(h.deadline()).isEqualTo(DEADLINE);
        });
  }

  @Test
  void plan_majorHazardWithAllFiveItems_isPlanned() {
    fixture.given(reported(), classifiedMajor())
        .when(plan(fullPlan()))
        .expectEvents(new RectificationPlannedEvent(ID, fullPlan(), NOW));
  }

  @Test
  void plan_whenMajorWithoutFundsAndContingencyPlan_isRejected() {
    fixture.given(reported(), classifiedMajor())
        .when(plan(threeItemPlan()))
        .expectNoEvents()
        .expectException(violates(Rule.PLAN_INCOMPLETE))
        .expectExceptionMessage("A major hazard's plan needs [funds, contingencyPlan].");
  }

  @Test
  void plan_whenMajorWithoutContingencyPlan_isRejected() {
    fixture.given(reported(), classifiedMajor())
        .when(plan(with(fullPlan(), fullPlan().funds(), null)))
        .expectNoEvents()
        .expectException(violates(Rule.PLAN_INCOMPLETE));
  }

  @Test
  void plan_whenSuggestedMajorAndNotYetClassified_needsAllFiveItems() {
    fixture.given(reported(HazardLevel.MAJOR, List.of("OP-08.1")))
        .when(plan(threeItemPlan()))
        .expectNoEvents()
        .expectException(violates(Rule.PLAN_INCOMPLETE));
  }

  @Test
  void plan_whenSuggestedMajorWasDowngraded_needsThreeItems() {
    fixture.given(reported(HazardLevel.MAJOR, List.of("OP-08.1")),
            new HazardClassifiedEvent(
                ID, HazardLevel.GENERAL, List.of(), null, "Monitoring online", NOW))
        .when(plan(threeItemPlan()))
        .expectSuccessfulHandlerExecution();
  }

  @Test
  void plan_whenMeasuresEmpty_isRejected() {
    FiveItemPlan p = threeItemPlan();
    fixture.given(reported())
        .when(plan(new FiveItemPlan(List.of(), null, p.deadline(), p.responsibility(), null)))
        .expectNoEvents()
        .expectException(violates(Rule.PLAN_INCOMPLETE))
        .expectExceptionMessage("A general hazard's plan needs [measures].");
  }

  @Test
  void plan_whenDeadlineAndResponsibilityMissing_isRejected() {
    fixture.given(reported())
        .when(plan(new FiveItemPlan(List.of("m"), null, null, null, null)))
        .expectNoEvents()
        .expectException(violates(Rule.PLAN_INCOMPLETE))
        .expectExceptionMessage("A general hazard's plan needs [deadline, responsibility].");
  }

  @Test
  void plan_whenFundsNegative_isRejected() {
    fixture.given(reported(), classifiedMajor())
        .when(plan(with(fullPlan(), new FiveItemPlan.Funds(new BigDecimal("-0.01"), "Budget"),
            fullPlan().contingencyPlan())))
        .expectNoEvents()
        .expectException(violates(Rule.FUNDS_NEGATIVE));
  }

  @Test
  void plan_whenFundsZero_isPlanned() {
    fixture.given(reported(), classifiedMajor())
        .when(plan(with(fullPlan(), new FiveItemPlan.Funds(BigDecimal.ZERO, "No cost: procedural fix"),
            fullPlan().contingencyPlan())))
        .expectSuccessfulHandlerExecution();
  }

  @Test
  void plan_whenAMeasureIsBlank_isRejected() {
    FiveItemPlan p = threeItemPlan();
    fixture.given(reported())
        .when(plan(new FiveItemPlan(List.of("Install radar", " "), null, p.deadline(), p.responsibility(), null)))
        .expectNoEvents()
        .expectException(violates(Rule.PLAN_ITEM_INCOMPLETE));
  }

  @Test
  void plan_whenResponsibilityLacksAUnit_isRejected() {
    FiveItemPlan p = threeItemPlan();
    fixture.given(reported())
        .when(plan(new FiveItemPlan(p.measures(), null, p.deadline(),
            new FiveItemPlan.Responsibility("Wang Qiang", "Mine manager", ""), null)))
        .expectNoEvents()
        .expectException(violates(Rule.PLAN_ITEM_INCOMPLETE))
        .expectExceptionMessage("These items are not filled in: [responsibility].");
  }

  @Test
  void plan_whenGeneralGivesFundsWithoutSource_isRejected() {
    fixture.given(reported())
        .when(plan(with(threeItemPlan(), new FiveItemPlan.Funds(BigDecimal.TEN, null), null)))
        .expectNoEvents()
        .expectException(violates(Rule.PLAN_ITEM_INCOMPLETE));
  }

  @Test
  void plan_whenContingencyPlanLacksItsDocument_isRejected() {
    fixture.given(reported(), classifiedMajor())
        .when(plan(with(fullPlan(), fullPlan().funds(), new FiveItemPlan.ContingencyPlan("Evacuate", null))))
        .expectNoEvents()
        .expectException(violates(Rule.PLAN_ITEM_INCOMPLETE));
  }

  @Test
  void plan_whenDeadlineIsNow_isRejected() {
    FiveItemPlan p = threeItemPlan();
    fixture.given(reported())
        .when(plan(new FiveItemPlan(p.measures(), null, NOW, p.responsibility(), null)))
        .expectNoEvents()
        .expectException(violates(Rule.DEADLINE_NOT_IN_FUTURE));
  }

  @Test
  void plan_whenDeadlineHasPassed_isRejected() {
    FiveItemPlan p = threeItemPlan();
    fixture.given(reported())
        .when(plan(new FiveItemPlan(p.measures(), null, NOW.minus(Duration.ofDays(1)), p.responsibility(), null)))
        .expectNoEvents()
        .expectException(violates(Rule.DEADLINE_NOT_IN_FUTURE));
  }

  @Test
  void plan_whenPlanMissing_isRejected() {
    fixture.given(reported())
        .when(plan(null))
        .expectNoEvents()
        .expectException(violates(Rule.REQUIRED_FIELD_MISSING))
        .expectExceptionMessage("plan is required.");
  }

  @Test
  void plan_whenAlreadyPlanned_replacesThePlan() {
    FiveItemPlan later = new FiveItemPlan(
        List.of("Only measure"), null, DEADLINE.plus(Duration.ofDays(10)), threeItemPlan().responsibility(), null);
    fixture.given(reported(), planned(threeItemPlan()))
        .when(plan(later))
        .expectEvents(new RectificationPlannedEvent(ID, later, NOW))
        .expectState(h -> assertThat(h.deadline()).isEqualTo(later.deadline()));
  }

  @Test
  void plan_whenReopened_plansTheNextRound() {
    fixture.given(reported(), planned(threeItemPlan()), started(), completed(), signedOff(HazardLevel.GENERAL),
            new HazardReopenedEvent(ID, "Found again", null, NOW))
        .when(plan(threeItemPlan()))
        .expectSuccessfulHandlerExecution()
        .expectState(h -> assertThat(h.status()).isEqualTo(HazardStatus.PLANNED));
  }

  @Test
  void plan_whenRectifying_isAnInvalidTransition() {
    fixture.given(reported(), planned(threeItemPlan()), started())
        .when(plan(threeItemPlan()))
        .expectNoEvents()
        .expectException(invalidTransitionFrom(
            HazardStatus.RECTIFYING,
            HazardAction.RECORD_RECTIFICATION_PROGRESS, HazardAction.COMPLETE_RECTIFICATION,
            HazardAction.REQUEST_DEADLINE_EXTENSION));
  }

  @Test
  void plan_whenSignedOff_isAnInvalidTransition() {
    fixture.given(and(submittedGeneral(), signedOff(HazardLevel.GENERAL)))
        .when(plan(threeItemPlan()))
        .expectNoEvents()
        .expectException(invalidTransitionFrom(HazardStatus.SIGNED_OFF, HazardAction.REOPEN_HAZARD));
  }
}
