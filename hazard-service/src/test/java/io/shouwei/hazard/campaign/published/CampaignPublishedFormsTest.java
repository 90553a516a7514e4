package io.shouwei.hazard.campaign.published;

import static org.assertj.core.api.Assertions.assertThat;

import io.shouwei.contracts.AggregateTypes;
import io.shouwei.contracts.EventEnvelope;
import io.shouwei.hazard.campaign.CampaignJurisdiction;
import io.shouwei.hazard.campaign.Phase;
import io.shouwei.hazard.campaign.PhaseKind;
import io.shouwei.hazard.campaign.api.CampaignConcludedEvent;
import io.shouwei.hazard.campaign.api.CampaignLaunchedEvent;
import io.shouwei.hazard.campaign.api.CampaignPhaseAmendedEvent;
import io.shouwei.hazard.campaign.api.CampaignReportDueDateAmendedEvent;
import io.shouwei.hazard.config.MetadataKeys;
import io.shouwei.hazard.publishing.EnvelopeJson;
import io.shouwei.hazard.publishing.EnvelopeMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

/** Freezes the published JSON of each Campaign event: a change here is a change of the contract. */
class CampaignPublishedFormsTest {

  static final String CAMPAIGN = "5b0e2c4a-8f1d-3c6e-9a7b-1d2e3f4a5b6c";

  final EnvelopeMapper mapper = new EnvelopeMapper(List.of(new CampaignPublishedForms()));

  static GenericDomainEventMessage<Object> stored(long sequence, Object event) {
    return new GenericDomainEventMessage<>(
        "Campaign", CAMPAIGN, sequence, event,
        Map.of(
            MetadataKeys.ACTOR_USER_ID, "li.wei",
            MetadataKeys.ACTOR_ROLE, "DISTRICT_AGENCY",
            MetadataKeys.ACTOR_ORG, "shanting-bureau",
            MetadataKeys.CORRELATION_ID, "req-9",
            MetadataKeys.CAUSATION_ID, "6a1d0c55-94c4-4c8e-8d1e-3f4b8f1d2e90"),
        "7c1e9a20-4b3d-4e5f-a6b7-c8d9e0f1a2b" + sequence,
        Instant.parse("2022-09-07T01:30:00.250Z").plusSeconds(sequence));
  }

  static Stream<Arguments> events() {
    return Stream.of(
        Arguments.of("campaign-launched", stored(0,
            new CampaignLaunchedEvent(
                CAMPAIGN, "迎接党的二十大全区非煤矿山安全“守卫战”",
                new CampaignJurisdiction("370406", "枣庄市山亭区", List.of("370406001", "370406002")),
                List.of(
                    new Phase(PhaseKind.MOBILISATION, "动员部署阶段", LocalDate.of(2022, 9, 7), LocalDate.of(2022, 9, 9)),
                    new Phase(PhaseKind.CONCENTRATED_PUSH, "集中推进阶段", LocalDate.of(2022, 9, 10),
                        LocalDate.of(2022, 10, 22)),
                    new Phase(PhaseKind.SUMMARY, "总结巩固阶段", LocalDate.of(2022, 10, 23), LocalDate.of(2022, 11, 6))),
                LocalDate.of(2022, 11, 6), "枣应急发〔2022〕52号", null, "枣庄市山亭区应急管理局"))),
        Arguments.of("campaign-phase-amended", stored(1,
            new CampaignPhaseAmendedEvent(CAMPAIGN, PhaseKind.SUMMARY, LocalDate.of(2022, 10, 23), LocalDate.of(2022, 11, 8)))),
        Arguments.of("campaign-report-due-date-amended", stored(2,
            new CampaignReportDueDateAmendedEvent(CAMPAIGN, LocalDate.of(2022, 11, 10)))),
        Arguments.of("campaign-concluded", stored(3,
            new CampaignConcludedEvent(CAMPAIGN, LocalDate.of(2022, 11, 11), "全区工作报告已报区局基础股。"))));
  }

  @ParameterizedTest(name = "{0}_isPublishedAsFrozenJson")
  @MethodSource("events")
  void isPublishedAsFrozenJson(String name, GenericDomainEventMessage<Object> event) throws Exception {
    EventEnvelope<?> envelope = mapper.toEnvelope(event);

    assertThat(envelope.aggregateType()).isEqualTo(AggregateTypes.CAMPAIGN);
    JSONAssert.assertEquals(
        resource("/publishing/" + name + ".envelope.json"), EnvelopeJson.write(envelope), JSONCompareMode.STRICT);
  }

  @Test
  void anotherAggregatesEvent_hasNoCampaignForm() {
    assertThat(new CampaignPublishedForms().publishedFormOf("not a campaign event")).isEmpty();
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = CampaignPublishedFormsTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
