package io.shouwei.hazard.order;

import io.shouwei.contracts.Role;
import io.shouwei.contracts.order.OrderType;
import io.shouwei.contracts.order.ReviewOutcome;
import io.shouwei.contracts.order.StopCause;
import io.shouwei.hazard.hazard.HazardStatus;
import io.shouwei.hazard.hazard.api.ActingAs;
import io.shouwei.hazard.order.OrderRuleViolation.Rule;
import io.shouwei.hazard.order.api.CitedHazard;
import io.shouwei.hazard.order.api.IssueOrderCommand;
import io.shouwei.hazard.order.api.OrderAcknowledgedEvent;
import io.shouwei.hazard.order.api.OrderIssuedEvent;
import io.shouwei.hazard.order.api.ResumptionAppliedEvent;
import io.shouwei.hazard.order.api.ResumptionReviewedEvent;
import io.shouwei.hazard.order.api.StopTookEffectEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Matcher;

/** The given events, actors and expectations the order's fixture tests share. */
final class OrderScenario {

  static final String ID = "order-1";
  static final String NUMBER = "ZL-310115101-2026-0001";
  static final String MINE = "mine-7";
  static final String ENTERPRISE = "ent-3";
  static final String TOWN = "310115101";
  static final String OTHER_TOWN = "310115102";
  static final String HAZARD_1 = "hz-1";
  static final String HAZARD_2 = "hz-2";
  static final Instant ISSUED_AT = Instant.parse("2026-03-02T01:20:00Z");
  static final Instant DEADLINE = Instant.parse("2026-04-30T10:00:00Z");
  static final Instant ACK_DEADLINE = ISSUED_AT.plus(Duration.ofHours(24));
  static final Instant NOW = ISSUED_AT.plus(Duration.ofHours(2));
  static final String LEGAL_BASIS = "《安全生产法》第六十五条";

  /** The metadata of a command the service sends itself. */
  static final Map<String, String> BY_SERVICE = Map.of(RectificationOrder.ACTOR_ROLE, Role.SERVICE.name());

  private OrderScenario() {}

  static FixtureConfiguration<RectificationOrder> fixture() {
    return new AggregateTestFixture<>(RectificationOrder.class);
  }

  // --- actors

  static ActingAs districtAgency() {
    return new ActingAs(Role.DISTRICT_AGENCY, null, Set.of());
  }

  static ActingAs townAgency() {
    return new ActingAs(Role.TOWN_AGENCY, null, Set.of(TOWN));
  }

  static ActingAs otherTownAgency() {
    return new ActingAs(Role.TOWN_AGENCY, null, Set.of(OTHER_TOWN));
  }

  static ActingAs enterprise() {
    return new ActingAs(Role.ENTERPRISE, ENTERPRISE, Set.of());
  }

  static ActingAs otherEnterprise() {
    return new ActingAs(Role.ENTERPRISE, "ent-9", Set.of());
  }

  static ActingAs as(Role role) {
    return new ActingAs(role, null, Set.of());
  }

  // --- commands and events

  static List<CitedHazard> bothHazardsOfTheMine() {
    return List.of(new CitedHazard(HAZARD_1, MINE), new CitedHazard(HAZARD_2, MINE));
  }

  static IssueOrderCommand issue(OrderType type, ActingAs actor) {
    return new IssueOrderCommand(
        ID, NUMBER, actor, MINE, ENTERPRISE, TOWN, type, bothHazardsOfTheMine(), DEADLINE, LEGAL_BASIS,
        "shouweizhan-2026", type == OrderType.STOP_PRODUCTION ? ACK_DEADLINE : null, ISSUED_AT);
  }

  static OrderIssuedEvent issued(OrderType type) {
    return new OrderIssuedEvent(
        ID, NUMBER, MINE, ENTERPRISE, TOWN, type, List.of(HAZARD_1, HAZARD_2), DEADLINE, LEGAL_BASIS,
        "shouweizhan-2026", type == OrderType.STOP_PRODUCTION ? ACK_DEADLINE : null, ISSUED_AT);
  }

  static OrderIssuedEvent stopIssued() {
    return issued(OrderType.STOP_PRODUCTION);
  }

  static OrderIssuedEvent rectifyIssued() {
    return issued(OrderType.RECTIFY_WITHIN_DEADLINE);
  }

  static OrderAcknowledgedEvent acknowledged() {
    return new OrderAcknowledgedEvent(ID, NOW);
  }

  static StopTookEffectEvent stopTookEffect(StopCause cause) {
    return new StopTookEffectEvent(ID, MINE, cause, NOW);
  }

  /** An order to stop production acknowledged, so in force. */
  static List<Object> stopInForce() {
    return List.of(stopIssued(), acknowledged(), stopTookEffect(StopCause.ACKNOWLEDGED));
  }

  static ResumptionAppliedEvent applied(int application) {
    return new ResumptionAppliedEvent(ID, application, "doc://rectification-report", "doc://assessment", NOW);
  }

  static List<Object> resumptionApplied() {
    List<Object> events = new java.util.ArrayList<>(stopInForce());
    events.add(applied(1));
    return events;
  }

  static List<Object> resumptionReviewed() {
    List<Object> events = new java.util.ArrayList<>(resumptionApplied());
    events.add(new ResumptionReviewedEvent(ID, ReviewOutcome.PASS, null, NOW));
    return events;
  }

  static Map<String, HazardStatus> allSignedOff() {
    return Map.of(HAZARD_1, HazardStatus.SIGNED_OFF, HAZARD_2, HazardStatus.SIGNED_OFF);
  }

  // --- expectations

  /** The handler threw an OrderRuleViolation of this rule. */
  static Matcher<Object> violates(Rule rule) {
    return Matchers.matches(e -> e instanceof OrderRuleViolation v && v.rule() == rule);
  }

  /** The handler threw an OrderRuleViolation of this rule concerning exactly these hazards. */
  static Matcher<Object> violates(Rule rule, List<String> hazardIds) {
    return Matchers.matches(e -> e instanceof OrderRuleViolation v && v.rule() == rule
        && v.hazardIds().equals(hazardIds));
  }

  /** The state did not allow the command; it lists exactly the allowed ones. */
  static Matcher<Object> refusedIn(OrderStatus status, OrderAction... allowed) {
    return Matchers.matches(e -> e instanceof InvalidOrderTransition t && t.status() == status
        && t.allowedCommands().equals(List.of(allowed)));
  }
}
