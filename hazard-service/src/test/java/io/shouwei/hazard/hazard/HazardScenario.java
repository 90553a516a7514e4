package io.shouwei.hazard.hazard;

import io.shouwei.contracts.Role;
import io.shouwei.contracts.hazard.HazardLevel;
import io.shouwei.contracts.hazard.HazardSource;
import io.shouwei.contracts.mine.MineType;
import io.shouwei.hazard.hazard.HazardRuleViolation.Rule;
import io.shouwei.hazard.hazard.api.ActingAs;
import io.shouwei.hazard.hazard.api.FiveItemPlan;
import io.shouwei.hazard.hazard.api.HazardClassifiedEvent;
import io.shouwei.hazard.hazard.api.HazardReportedEvent;
import io.shouwei.hazard.hazard.api.HazardSignedOffEvent;
import io.shouwei.hazard.hazard.api.RectificationCompletedEvent;
import io.shouwei.hazard.hazard.api.RectificationPlannedEvent;
import io.shouwei.hazard.hazard.api.RectificationStartedEvent;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Matcher;

/** The given events, actors and expectations the hazard's fixture tests share. */
final class HazardScenario {

  static final String ID = "hz-1";
  static final String NUMBER = "YH-310115101-2025-0001";
  static final String ENTERPRISE = "ent-3";
  static final String TOWN = "310115101";
  static final String OTHER_TOWN = "310115102";
  static final Instant REPORTED_AT = Instant.parse("2025-05-12T06:30:00Z");
  static final Instant NOW = Instant.parse("2025-05-13T08:00:00Z");
  static final Instant DEADLINE = Instant.parse("2025-06-30T10:00:00Z");

  private HazardScenario() {}

  static FixtureConfiguration<Hazard> fixture() {
    return new AggregateTestFixture<>(Hazard.class);
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

  // --- given events

  static HazardReportedEvent reported() {
    return reported(null, List.of());
  }

  static HazardReportedEvent reported(HazardLevel suggestedLevel, List<String> suggestedCriteria) {
    return new HazardReportedEvent(
        ID, NUMBER, "mine-7", ENTERPRISE, TOWN, MineType.OPEN_PIT, null, HazardSource.AGENCY_INSPECTION, "SLOPE",
        "North slope 210 m", "Slope of 210 m, no online monitoring.", "North pit",
        REPORTED_AT.minus(Duration.ofHours(2)), REPORTED_AT, Map.of("slopeHeightMetres", 210),
        suggestedLevel, suggestedCriteria, List.of());
  }

  static HazardClassifiedEvent classifiedMajor() {
    return new HazardClassifiedEvent(ID, HazardLevel.MAJOR, List.of("OP-08.1"), null, "Confirmed on site", NOW);
  }

  static FiveItemPlan fullPlan() {
    return new FiveItemPlan(
        List.of("Install online slope radar", "Cut bench 3 back to 12 m"),
        new FiveItemPlan.Funds(new BigDecimal("850000.00"), "Safety budget 2025"),
        DEADLINE,
        new FiveItemPlan.Responsibility("Wang Qiang", "Mine manager", "North pit operations"),
        new FiveItemPlan.ContingencyPlan("Evacuate benches 2-4 on alarm", "doc://plans/slope-v3"));
  }

  /** Measures, deadline and responsibility: enough for a general hazard. */
  static FiveItemPlan threeItemPlan() {
    FiveItemPlan full = fullPlan();
    return new FiveItemPlan(full.measures(), null, full.deadline(), full.responsibility(), null);
  }

  static RectificationPlannedEvent planned(FiveItemPlan plan) {
    return new RectificationPlannedEvent(ID, plan, NOW);
  }

  static RectificationStartedEvent started() {
    return new RectificationStartedEvent(ID, NOW);
  }

  static RectificationCompletedEvent completed() {
    return new RectificationCompletedEvent(ID, List.of("photo://after"), null, NOW);
  }

  static HazardSignedOffEvent signedOff(HazardLevel level) {
    return new HazardSignedOffEvent(ID, level, null, NOW);
  }

  /** A general hazard submitted for verification. */
  static Object[] submittedGeneral() {
    return new Object[] {reported(), planned(threeItemPlan()), started(), completed()};
  }

  /** A major hazard submitted for verification. */
  static Object[] submittedMajor() {
    return new Object[] {reported(), classifiedMajor(), planned(fullPlan()), started(), completed()};
  }

  /** {@code base} followed by {@code more}. */
  static Object[] and(Object[] base, Object... more) {
    Object[] all = java.util.Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  // --- expectations

  static Matcher<?> violates(Rule rule) {
    return Matchers.matches(e -> e instanceof HazardRuleViolation v && v.rule() == rule);
  }

  static Matcher<?> invalidTransitionFrom(HazardStatus status, HazardAction... allowed) {
    return Matchers.matches(
        e -> e instanceof InvalidHazardTransition t && t.status() == status
            && t.allowedCommands().equals(List.of(allowed)));
  }
}
