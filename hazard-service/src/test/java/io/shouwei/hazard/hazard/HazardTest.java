package io.shouwei.hazard.hazard;

import static org.assertj.core.api.Assertions.assertThat;

import io.shouwei.contracts.hazard.HazardLevel;
import io.shouwei.contracts.hazard.HazardSource;
import io.shouwei.hazard.hazard.HazardRuleViolation.Rule;
import io.shouwei.hazard.hazard.api.HazardReportedEvent;
import io.shouwei.hazard.hazard.api.ReportHazardCommand;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
        "hz-1", "mine-7", "ent-3", "310115101", "campaign-2025", HazardSource.AGENCY_INSPECTION,
        "SLOPE", "Crack along the north bench", "A 12 m crack runs along the crest of bench 4.",
        "North pit, bench 4", DISCOVERED_AT, REPORTED_AT);
  }

  static ReportHazardCommand report(UnaryOperator<Fields> change) {
    Fields f = change.apply(Fields.of(report()));
    return new ReportHazardCommand(
        f.hazardId, f.mineId, f.enterpriseId, f.townCode, f.campaignId, f.source, f.category,
        f.title, f.description, f.location, f.discoveredAt, f.reportedAt);
  }

  @Test
  void report_withAllFields_isReported() {
    ReportHazardCommand c = report();
    fixture.givenNoPriorActivity()
        .when(c)
        .expectSuccessfulHandlerExecution()
        .expectEvents(
            new HazardReportedEvent(
                c.hazardId(), c.mineId(), c.enterpriseId(), c.townCode(), c.campaignId(), c.source(),
                c.category(), c.title(), c.description(), c.location(), c.discoveredAt(), c.reportedAt()))
        .expectState(h -> {
          assertThat(h.hazardId()).isEqualTo("hz-1");
          assertThat(h.status()).isEqualTo(HazardStatus.REPORTED);
        });
  }

  @Test
  void report_withASuggestedLevel_keepsTheSuggestion_andTheRulesGoByIt() {
    ReportHazardCommand c = report();
    fixture.givenNoPriorActivity()
        .when(new ReportHazardCommand(
            c.hazardId(), c.mineId(), c.enterpriseId(), c.townCode(), c.campaignId(), c.source(), c.category(),
            c.title(), c.description(), c.location(), c.discoveredAt(), c.reportedAt(), HazardLevel.MAJOR,
            List.of("OP-08.1")))
        .expectEvents(
            new HazardReportedEvent(
                c.hazardId(), c.mineId(), c.enterpriseId(), c.townCode(), c.campaignId(), c.source(),
                c.category(), c.title(), c.description(), c.location(), c.discoveredAt(), c.reportedAt(),
                HazardLevel.MAJOR, List.of("OP-08.1")))
        .expectState(h -> assertThat(h.level()).isEqualTo(HazardLevel.MAJOR));
  }

  @Test
  void report_withoutSuggestion_isGeneralForTheRules() {
    fixture.givenNoPriorActivity()
        .when(report())
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
        Arguments.of("mineId", (UnaryOperator<Fields>) f -> f.mineId(" ")),
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
    String hazardId, mineId, enterpriseId, townCode, campaignId, category, title, description, location;
    HazardSource source;
    Instant discoveredAt, reportedAt;

    static Fields of(ReportHazardCommand c) {
      Fields f = new Fields();
      f.hazardId = c.hazardId();
      f.mineId = c.mineId();
      f.enterpriseId = c.enterpriseId();
      f.townCode = c.townCode();
      f.campaignId = c.campaignId();
      f.source = c.source();
      f.category = c.category();
      f.title = c.title();
      f.description = c.description();
      f.location = c.location();
      f.discoveredAt = c.discoveredAt();
      f.reportedAt = c.reportedAt();
      return f;
    }

    Fields mineId(String v) { mineId = v; return this; }
    Fields enterpriseId(String v) { enterpriseId = v; return this; }
    Fields townCode(String v) { townCode = v; return this; }
    Fields campaignId(String v) { campaignId = v; return this; }
    Fields source(HazardSource v) { source = v; return this; }
    Fields category(String v) { category = v; return this; }
    Fields title(String v) { title = v; return this; }
    Fields description(String v) { description = v; return this; }
    Fields location(String v) { location = v; return this; }
    Fields discoveredAt(Instant v) { discoveredAt = v; return this; }
    Fields reportedAt(Instant v) { reportedAt = v; return this; }
  }
}
