package io.shouwei.hazard.hazard;

import static org.assertj.core.api.Assertions.assertThat;

import io.shouwei.contracts.hazard.HazardLevel;
import io.shouwei.contracts.hazard.HazardSource;
import io.shouwei.contracts.mine.MineType;
import io.shouwei.hazard.hazard.HazardRuleViolation.Rule;
import io.shouwei.hazard.hazard.api.HazardReportedEvent;
import io.shouwei.hazard.hazard.api.ReportHazardCommand;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HazardTest {

  static final Instant REPORTED_AT = Instant.parse("2025-05-12T06:30:00Z");
  static final Instant DISCOVERED_AT = Instant.parse("2025-05-11T02:15:00Z");

  FixtureConfiguration<Hazard> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Hazard.class);
  }

  static ReportHazardCommand report() {
    return new ReportHazardCommand(
        "hz-1", "YH-310115101-2025-0007", "mine-7", "ent-3", "310115101", MineType.OPEN_PIT, "campaign-2025",
        HazardSource.AGENCY_INSPECTION, "SLOPE", "Crack along the north bench",
        "A 12 m crack runs along the crest of bench 4.", "North pit, bench 4", DISCOVERED_AT, REPORTED_AT,
        Map.of("slopeHeightMetres", 60.0), HazardLevel.GENERAL, List.of(), List.of("OP-04"));
  }

  static ReportHazardCommand report(UnaryOperator<Fields> change) {
    Fields f = change.apply(Fields.of(report()));
    return new ReportHazardCommand(
        f.hazardId, f.number, f.mineId, f.enterpriseId, f.townCode, f.mineType, f.campaignId, f.source, f.category,
        f.title, f.description, f.location, f.discoveredAt, f.reportedAt, f.facts, f.suggestedLevel,
        f.suggestedCriteria, f.citedCriteria);
  }

  static HazardReportedEvent reportedBy(ReportHazardCommand c) {
    return new HazardReportedEvent(
        c.hazardId(), c.number(), c.mineId(), c.enterpriseId(), c.townCode(), c.mineType(), c.campaignId(),
        c.source(), c.category(), c.title(), c.description(), c.location(), c.discoveredAt(), c.reportedAt(),
        c.facts(), c.suggestedLevel(), c.suggestedCriteria(), c.citedCriteria());
  }

  @Test
  void report_withAllFields_isReported_withItsNumberFactsSuggestionAndCitedCriteria() {
    ReportHazardCommand c = report();
    fixture.givenNoPriorActivity()
        .when(c)
        .expectSuccessfulHandlerExecution()
        .expectEvents(reportedBy(c))
        .expectEventsMatching(Matchers.exactSequenceOf(
            Matchers.messageWithPayload(Matchers.matches(
                p -> p instanceof HazardReportedEvent e
                    && e.number().equals("YH-310115101-2025-0007")
                    && e.mineType() == MineType.OPEN_PIT
                    && e.facts().equals(Map.of("slopeHeightMetres", 60.0))
                    && e.suggestedLevel() == HazardLevel.GENERAL
                    && e.citedCriteria().equals(List.of("OP-04")))),
            Matchers.andNoMore()))
        .expectState(h -> {
          assertThat(h.hazardId()).isEqualTo("hz-1");
          assertThat(h.status()).isEqualTo(HazardStatus.REPORTED);
        });
  }

  @Test
  void report_withASuggestedLevel_keepsTheSuggestion_andTheRulesGoByIt() {
    ReportHazardCommand c = report(f -> f.suggested(HazardLevel.MAJOR, List.of("OP-07.1")));
    fixture.givenNoPriorActivity()
        .when(c)
        .expectEvents(reportedBy(c))
        .expectState(h -> assertThat(h.level()).isEqualTo(HazardLevel.MAJOR));
  }

  @Test
  void report_citingACriterion_doesNotMakeItMajor_onlyTheSuggestionOrAClassificationDoes() {
    fixture.givenNoPriorActivity()
        .when(report(f -> f.citedCriteria(List.of("OP-07.1"))))
        .expectState(h -> assertThat(h.level()).isEqualTo(HazardLevel.GENERAL));
  }

  @Test
  void report_citingABlankCode_isRejected() {
    fixture.givenNoPriorActivity()
        .when(report(f -> f.citedCriteria(List.of("OP-04", " "))))
        .expectNoEvents()
        .expectException(Matchers.matches(
            e -> e instanceof HazardRuleViolation v && v.rule() == Rule.REQUIRED_FIELD_MISSING))
        .expectExceptionMessage("citedCriteria must not contain blank entries.");
  }

  @Test
  void report_withoutSuggestion_isGeneralForTheRules() {
    fixture.givenNoPriorActivity()
        .when(report(f -> f.suggested(null, List.of())))
        .expectState(h -> assertThat(h.level()).isEqualTo(HazardLevel.GENERAL));
  }

  @Test
  void report_withoutCampaign_isReported() {
    fixture.givenNoPriorActivity()
        .when(report(f -> f.campaignId(null)))
        .expectSuccessfulHandlerExecution()
        .expectEventsMatching(Matchers.exactSequenceOf(
            Matchers.messageWithPayload(Matchers.matches(
                p -> p instanceof HazardReportedEvent e && e.campaignId() == null)),
            Matchers.andNoMore()));
  }

  @Test
  void report_whenDiscoveredAtReportedAt_isReported() {
    fixture.givenNoPriorActivity()
        .when(report(f -> f.discoveredAt(REPORTED_AT)))
        .expectSuccessfulHandlerExecution();
  }

  static Stream<Arguments> requiredFields() {
    return Stream.of(
        Arguments.of("number", (UnaryOperator<Fields>) f -> f.number(" ")),
        Arguments.of("mineId", (UnaryOperator<Fields>) f -> f.mineId(" ")),
        Arguments.of("mineType", (UnaryOperator<Fields>) f -> f.mineType(null)),
        Arguments.of("enterpriseId", (UnaryOperator<Fields>) f -> f.enterpriseId(null)),
        Arguments.of("townCode", (UnaryOperator<Fields>) f -> f.townCode("")),
        Arguments.of("source", (UnaryOperator<Fields>) f -> f.source(null)),
        Arguments.of("category", (UnaryOperator<Fields>) f -> f.category(null)),
        Arguments.of("title", (UnaryOperator<Fields>) f -> f.title("  ")),
        Arguments.of("description", (UnaryOperator<Fields>) f -> f.description(null)),
        Arguments.of("location", (UnaryOperator<Fields>) f -> f.location("")),
        Arguments.of("discoveredAt", (UnaryOperator<Fields>) f -> f.discoveredAt(null)),
        Arguments.of("reportedAt", (UnaryOperator<Fields>) f -> f.reportedAt(null)));
  }

  @ParameterizedTest(name = "report_whenMissing_{0}_isRejected")
  @MethodSource("requiredFields")
  void report_whenRequiredFieldMissing_isRejected(String field, UnaryOperator<Fields> change) {
    fixture.givenNoPriorActivity()
        .when(report(change))
        .expectNoEvents()
        .expectException(Matchers.matches(
            e -> e instanceof HazardRuleViolation v && v.rule() == Rule.REQUIRED_FIELD_MISSING))
        .expectExceptionMessage(field + " is required.");
  }

  @Test
  void report_whenTitleHas200Characters_isReported() {
    fixture.givenNoPriorActivity()
        .when(report(f -> f.title("隐".repeat(Hazard.TITLE_MAX_LENGTH))))
        .expectSuccessfulHandlerExecution();
  }

  @Test
  void report_whenTitleLongerThan200Characters_isRejected() {
    fixture.givenNoPriorActivity()
        .when(report(f -> f.title("隐".repeat(Hazard.TITLE_MAX_LENGTH + 1))))
        .expectNoEvents()
        .expectException(Matchers.matches(
            e -> e instanceof HazardRuleViolation v && v.rule() == Rule.TITLE_TOO_LONG));
  }

  @Test
  void report_whenDiscoveredAfterReported_isRejected() {
    fixture.givenNoPriorActivity()
        .when(report(f -> f.discoveredAt(REPORTED_AT.plus(Duration.ofSeconds(1)))))
        .expectNoEvents()
        .expectException(Matchers.matches(
            e -> e instanceof HazardRuleViolation v && v.rule() == Rule.DISCOVERED_AFTER_REPORTED));
  }

  /** A mutable copy of a command's fields, for tests that change one of them. */
  static final class Fields {
    String hazardId, number, mineId, enterpriseId, townCode, campaignId, category, title, description, location;
    MineType mineType;
    HazardSource source;
    Instant discoveredAt, reportedAt;
    Map<String, Object> facts;
    HazardLevel suggestedLevel;
    List<String> suggestedCriteria, citedCriteria;

    static Fields of(ReportHazardCommand c) {
      Fields f = new Fields();
      f.hazardId = c.hazardId();
      f.number = c.number();
      f.mineId = c.mineId();
      f.enterpriseId = c.enterpriseId();
      f.townCode = c.townCode();
      f.mineType = c.mineType();
      f.campaignId = c.campaignId();
      f.source = c.source();
      f.category = c.category();
      f.title = c.title();
      f.description = c.description();
      f.location = c.location();
      f.discoveredAt = c.discoveredAt();
      f.reportedAt = c.reportedAt();
      f.facts = c.facts();
      f.suggestedLevel = c.suggestedLevel();
      f.suggestedCriteria = c.suggestedCriteria();
      f.citedCriteria = c.citedCriteria();
      return f;
    }

    Fields number(String v) { number = v; return this; }
    Fields mineId(String v) { mineId = v; return this; }
    Fields enterpriseId(String v) { enterpriseId = v; return this; }
    Fields townCode(String v) { townCode = v; return this; }
    Fields mineType(MineType v) { mineType = v; return this; }
    Fields campaignId(String v) { campaignId = v; return this; }
    Fields source(HazardSource v) { source = v; return this; }
    Fields category(String v) { category = v; return this; }
    Fields title(String v) { title = v; return this; }
    Fields description(String v) { description = v; return this; }
    Fields location(String v) { location = v; return this; }
    Fields discoveredAt(Instant v) { discoveredAt = v; return this; }
    Fields reportedAt(Instant v) { reportedAt = v; return this; }
    Fields suggested(HazardLevel level, List<String> criteria) { suggestedLevel = level; suggestedCriteria = criteria; return this; }
    Fields citedCriteria(List<String> v) { citedCriteria = v; return this; }
  }
}
