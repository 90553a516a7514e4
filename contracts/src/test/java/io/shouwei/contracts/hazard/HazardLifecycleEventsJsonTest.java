package io.shouwei.contracts.hazard;

import static io.shouwei.contracts.PublishedJson.validate;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.shouwei.contracts.Actor;
import io.shouwei.contracts.AggregateTypes;
import io.shouwei.contracts.EventEnvelope;
import io.shouwei.contracts.EventTypes;
import io.shouwei.contracts.Role;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.skyscreamer.jsonassert.JSONAssert;

/**
 * The published JSON of every event of a hazard's rectification loop after its report: frozen by
 * one snapshot per type, conforming to the published schema, and read back into the same record.
 */
class HazardLifecycleEventsJsonTest {

  static final ObjectMapper JSON =
      new ObjectMapper().registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  static final String HAZARD = "5f0c6f7e-3a59-4f4e-8f43-1f1b2d3c4e5f";
  static final Instant AT = Instant.parse("2026-11-21T03:00:00Z");
  static final Instant DEADLINE = Instant.parse("2026-12-31T09:00:00Z");

  static RectificationPlanned planned() {
    return new RectificationPlanned(
        HAZARD,
        List.of("Cut bench 3 back to the designed 12 m", "Install online slope radar"),
        new RectificationPlanned.Funds(new BigDecimal("850000.00"), "Enterprise safety budget 2026"),
        DEADLINE,
        new RectificationPlanned.Responsibility("Wang Qiang", "Mine manager", "North pit operations"),
        new RectificationPlanned.ContingencyPlan("Evacuate benches 2-4 on radar alarm", "doc://plans/north-pit-slope-v3"),
        AT);
  }

  /** One sample per type: its name, the snapshot file's stem, the envelope's sequence, the payload. */
  static Stream<Arguments> samples() {
    return Stream.of(
        Arguments.of(EventTypes.HAZARD_CLASSIFIED, "hazard-classified", 1,
            new HazardClassified(HAZARD, HazardLevel.MAJOR, List.of("OP-08.1"), null,
                "Slope of 210 m without online monitoring, confirmed on site", AT)),
        Arguments.of(EventTypes.RECTIFICATION_PLANNED, "rectification-planned", 2, planned()),
        Arguments.of(EventTypes.RECTIFICATION_STARTED, "rectification-started", 3,
            new RectificationStarted(HAZARD, AT)),
        Arguments.of(EventTypes.RECTIFICATION_PROGRESS_RECORDED, "rectification-progress-recorded", 4,
            new RectificationProgressRecorded(HAZARD, "Bench 3 cut back", 40, List.of("photo://bench-3-after"), AT)),
        Arguments.of(EventTypes.RECTIFICATION_COMPLETED, "rectification-completed", 5,
            new RectificationCompleted(HAZARD, List.of("photo://bench-3-final", "doc://radar-acceptance"), null, AT)),
        Arguments.of(EventTypes.RECTIFICATION_REJECTED, "rectification-rejected", 6,
            new RectificationRejected(HAZARD, "Radar not yet connected to the monitoring centre", AT)),
        Arguments.of(EventTypes.HAZARD_SIGNED_OFF, "hazard-signed-off", 7,
            new HazardSignedOff(HAZARD, HazardLevel.MAJOR, "Verified on site", AT)),
        Arguments.of(EventTypes.DEADLINE_EXTENSION_REQUESTED, "deadline-extension-requested", 3,
            new DeadlineExtensionRequested(HAZARD, 1, DEADLINE, Instant.parse("2027-01-31T09:00:00Z"),
                "Radar delivery delayed by the supplier", AT)),
        Arguments.of(EventTypes.DEADLINE_EXTENSION_APPROVED, "deadline-extension-approved", 4,
            new DeadlineExtensionApproved(HAZARD, 1, DEADLINE, Instant.parse("2027-01-31T09:00:00Z"), null, AT)),
        Arguments.of(EventTypes.DEADLINE_EXTENSION_REFUSED, "deadline-extension-refused", 4,
            new DeadlineExtensionRefused(HAZARD, 2, "Interim measures are possible within the deadline", AT)),
        Arguments.of(EventTypes.HAZARD_REOPENED, "hazard-reopened", 8,
            new HazardReopened(HAZARD, "Cracks found again on the look-back review", "revisit-2026-12", AT)));
  }

  static EventEnvelope<Object> envelope(String type, long sequence, Object payload) {
    return new EventEnvelope<>(
        UUID.fromString("9b2e4c1a-7d3f-4e8a-b5c6-1a2b3c4d5e6f"),
        AggregateTypes.HAZARD,
        HAZARD,
        sequence,
        type,
        1,
        AT,
        new Actor("inspector-li", Role.TOWN_AGENCY, "town-office-101"),
        "c0ffee-43",
        "d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f70",
        null,
        null,
        payload);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void serializesToTheFrozenSnapshot(String type, String stem, long sequence, Object payload) throws Exception {
    String actual = JSON.writeValueAsString(envelope(type, sequence, payload));

    JSONAssert.assertEquals(resource("/snapshots/" + stem + ".envelope.json"), actual, true);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void conformsToThePublishedSchema(String type, String stem, long sequence, Object payload) {
    assertThat(validate(JSON.valueToTree(envelope(type, sequence, payload)))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void roundTrips_andIsRegisteredForTheHazard(String type, String stem, long sequence, Object payload) throws Exception {
    String json = JSON.writeValueAsString(envelope(type, sequence, payload));
    EventTypes.Type registered = EventTypes.find(JSON.readTree(json).path("type").asText()).orElseThrow();
    EventEnvelope<?> read =
        JSON.readValue(json, JSON.getTypeFactory().constructParametricType(EventEnvelope.class, registered.payloadClass()));

    assertThat(read.payload()).isEqualTo(payload);
    assertThat(registered.aggregateType()).isEqualTo(AggregateTypes.HAZARD);
    assertThat(EventTypes.of(payload.getClass()).name()).isEqualTo(type);
  }

  @Test
  void generalHazardPlan_withoutFundsAndContingencyPlan_conforms() {
    RectificationPlanned p = planned();
    RectificationPlanned general =
        new RectificationPlanned(p.hazardId(), p.measures(), null, p.deadline(), p.responsibility(), null, p.plannedAt());

    assertThat(validate(JSON.valueToTree(envelope(EventTypes.RECTIFICATION_PLANNED, 2, general)))).isEmpty();
  }

  @Test
  void schema_rejectsNegativeFunds_percentAbove100_completionWithoutEvidence_andUnknownCriteria() {
    ObjectNode plan = JSON.valueToTree(envelope(EventTypes.RECTIFICATION_PLANNED, 2, planned()));
    ((ObjectNode) plan.path("payload").path("funds")).put("amountCny", -1);
    assertThat(validate(plan)).isNotEmpty();

    ObjectNode progress = JSON.valueToTree(envelope(EventTypes.RECTIFICATION_PROGRESS_RECORDED, 4,
        new RectificationProgressRecorded(HAZARD, null, 101, List.of(), AT)));
    assertThat(validate(progress)).isNotEmpty();

    ObjectNode completed = JSON.valueToTree(envelope(EventTypes.RECTIFICATION_COMPLETED, 5,
        new RectificationCompleted(HAZARD, List.of(), null, AT)));
    assertThat(validate(completed)).isNotEmpty();

    ObjectNode classified = JSON.valueToTree(envelope(EventTypes.HAZARD_CLASSIFIED, 1,
        new HazardClassified(HAZARD, HazardLevel.MAJOR, List.of("slope"), null, "r", AT)));
    assertThat(validate(classified)).isNotEmpty();
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = HazardLifecycleEventsJsonTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

}
