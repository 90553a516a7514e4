package io.shouwei.contracts.campaign;

import static io.shouwei.contracts.PublishedJson.JSON;
import static io.shouwei.contracts.PublishedJson.validate;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shouwei.contracts.Actor;
import io.shouwei.contracts.AggregateTypes;
import io.shouwei.contracts.EventEnvelope;
import io.shouwei.contracts.EventTypes;
import io.shouwei.contracts.PublishedJson;
import io.shouwei.contracts.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The published JSON of each Campaign event: frozen by a snapshot, checked against its schema. */
class CampaignEventsJsonTest {


  static final String CAMPAIGN_ID = "5b0e2c4a-8f1d-3c6e-9a7b-1d2e3f4a5b6c";

  static EventEnvelope<Object> envelope(long sequence, String type, Object payload) {
    return new EventEnvelope<>(
        UUID.fromString("7c1e9a20-4b3d-4e5f-a6b7-c8d9e0f1a2b3"),
        AggregateTypes.CAMPAIGN,
        CAMPAIGN_ID,
        sequence,
        type,
        1,
        Instant.parse("2022-09-07T01:30:00Z"),
        new Actor("li.wei", Role.DISTRICT_AGENCY, "shanting-bureau"),
        "corr-9",
        "2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d",
        null,
        null,
        payload);
  }

  static CampaignLaunched launched() {
    return new CampaignLaunched(
        CAMPAIGN_ID,
        "迎接党的二十大全区非煤矿山安全“守卫战”",
        new CampaignJurisdiction("370406", "枣庄市山亭区", List.of("370406001", "370406002")),
        List.of(
            new Phase(PhaseKind.MOBILISATION, "动员部署阶段", LocalDate.of(2022, 9, 7), LocalDate.of(2022, 9, 9)),
            new Phase(PhaseKind.CONCENTRATED_PUSH, "集中推进阶段", LocalDate.of(2022, 9, 10), LocalDate.of(2022, 10, 22)),
            new Phase(PhaseKind.SUMMARY, "总结巩固阶段", LocalDate.of(2022, 10, 23), LocalDate.of(2022, 11, 6))),
        LocalDate.of(2022, 11, 6),
        "枣应急发〔2022〕52号",
        null,
        "枣庄市山亭区应急管理局");
  }

  static Stream<Arguments> samples() {
    return Stream.of(
        Arguments.of("campaign-launched", envelope(0, EventTypes.CAMPAIGN_LAUNCHED, launched())),
        Arguments.of("campaign-phase-amended",
            envelope(1, EventTypes.CAMPAIGN_PHASE_AMENDED,
                new CampaignPhaseAmended(
                    CAMPAIGN_ID, PhaseKind.SUMMARY, LocalDate.of(2022, 10, 23), LocalDate.of(2022, 11, 8)))),
        Arguments.of("campaign-report-due-date-amended",
            envelope(2, EventTypes.CAMPAIGN_REPORT_DUE_DATE_AMENDED,
                new CampaignReportDueDateAmended(CAMPAIGN_ID, LocalDate.of(2022, 11, 10)))),
        Arguments.of("campaign-concluded",
            envelope(3, EventTypes.CAMPAIGN_CONCLUDED,
                new CampaignConcluded(CAMPAIGN_ID, LocalDate.of(2022, 11, 11), "全区工作报告已报区局基础股。"))));
  }

  @ParameterizedTest(name = "{0}_serializesToTheFrozenSnapshot")
  @MethodSource("samples")
  void serializesToTheFrozenSnapshot(String name, EventEnvelope<Object> sample) throws Exception {
    PublishedJson.assertFrozen(name, sample);
  }

  @ParameterizedTest(name = "{0}_roundTripsThroughItsRegisteredType")
  @MethodSource("samples")
  void roundTripsThroughItsRegisteredType(String name, EventEnvelope<Object> sample) throws Exception {
    PublishedJson.assertRegistered(sample, AggregateTypes.CAMPAIGN);
  }

  @ParameterizedTest(name = "{0}_conformsToThePublishedSchema")
  @MethodSource("samples")
  void conformsToThePublishedSchema(String name, EventEnvelope<Object> sample) {
    assertThat(validate(JSON.valueToTree(sample))).isEmpty();
  }

  @Test
  void schema_rejectsALaunchWithoutTownsOrWithAnUnknownPhaseKind() {
    ObjectNode noTowns = JSON.valueToTree(envelope(0, EventTypes.CAMPAIGN_LAUNCHED, launched()));
    ((ObjectNode) noTowns.path("payload").path("jurisdiction")).putArray("townCodes");
    assertThat(validate(noTowns)).isNotEmpty();

    ObjectNode badKind = JSON.valueToTree(envelope(0, EventTypes.CAMPAIGN_LAUNCHED, launched()));
    ((ObjectNode) ((ArrayNode) badKind.path("payload").path("phases")).get(0)).put("kind", "KICK_OFF");
    assertThat(validate(badKind)).isNotEmpty();
  }

  @Test
  void schema_rejectsAnAmendmentWithoutItsDates() {
    ObjectNode noEnd =
        JSON.valueToTree(envelope(1, EventTypes.CAMPAIGN_PHASE_AMENDED,
            new CampaignPhaseAmended(CAMPAIGN_ID, PhaseKind.SUMMARY, LocalDate.of(2022, 10, 23), LocalDate.of(2022, 11, 8))));
    ((ObjectNode) noEnd.path("payload")).remove("endDate");
    assertThat(validate(noEnd)).isNotEmpty();
  }

}
