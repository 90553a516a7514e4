package io.shouwei.hazard.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class EventHashTest {

  static final byte[] PAYLOAD =
      "{\"hazardId\":\"2f0c1e7a-5b7d-4a53-9a55-0d8a4f6c1b21\",\"title\":\"北帮4号台阶坡顶裂缝\"}"
          .getBytes(StandardCharsets.UTF_8);

  /** The first event of a hazard, with the ids of the published-envelope snapshot test. */
  static ChainedEvent reported() {
    return new ChainedEvent(
        "Hazard", "2f0c1e7a-5b7d-4a53-9a55-0d8a4f6c1b21", 0, "8e3f6a9c-1d2b-4c5e-9f70-a1b2c3d4e5f6",
        "io.shouwei.hazard.hazard.api.HazardReportedEvent", "1", Instant.parse("2025-05-12T06:30:00.250Z"),
        PAYLOAD, "inspector-li", "TOWN_AGENCY", "town-office-101", "req-42",
        "6a1d0c55-94c4-4c8e-8d1e-3f4b8f1d2e90", EventHash.GENESIS);
  }

  /**
   * The frozen vector. Its canonical form and hash were also produced outside Java, with Python's
   * {@code json.dumps(form, sort_keys=True, separators=(',', ':'), ensure_ascii=False)} and
   * {@code sha256sum}: a change here breaks every stored chain.
   */
  @Test
  void knownVector_hasTheDocumentedCanonicalForm_andHash() {
    assertThat(EventHash.canonicalForm(reported())).isEqualTo(
        "{\"actor\":{\"orgId\":\"town-office-101\",\"role\":\"TOWN_AGENCY\",\"userId\":\"inspector-li\"},"
            + "\"aggregateId\":\"2f0c1e7a-5b7d-4a53-9a55-0d8a4f6c1b21\",\"aggregateType\":\"Hazard\","
            + "\"causationId\":\"6a1d0c55-94c4-4c8e-8d1e-3f4b8f1d2e90\",\"correlationId\":\"req-42\","
            + "\"eventId\":\"8e3f6a9c-1d2b-4c5e-9f70-a1b2c3d4e5f6\",\"payloadRevision\":\"1\","
            + "\"payloadSha256\":\"f3229af1479026d7549847ef65a24c34a1f6e3c1cfe38fc670e4a60156e3aa37\","
            + "\"payloadType\":\"io.shouwei.hazard.hazard.api.HazardReportedEvent\","
            + "\"prevHash\":\"0000000000000000000000000000000000000000000000000000000000000000\","
            + "\"sequence\":0,\"timestamp\":\"2025-05-12T06:30:00.250Z\"}");
    assertThat(EventHash.of(reported()))
        .isEqualTo("d1f8c57eea1516a3c039ad4a8a32397791c34a31e1b3f3b50462329d3994d943");
  }

  @Test
  void sameFacts_sameHash() {
    assertThat(EventHash.of(reported())).isEqualTo(EventHash.of(reported()));
    assertThat(EventHash.of(reported())).hasSize(64).matches("[0-9a-f]{64}");
  }

  @Test
  void genesis_is64Zeros() {
    assertThat(EventHash.GENESIS).isEqualTo("0".repeat(64));
  }

  @Test
  void everyCoveredFact_changesTheHash() {
    ChainedEvent e = reported();
    byte[] otherTitle = new String(PAYLOAD, StandardCharsets.UTF_8).replace("裂缝", "裂纹").getBytes(StandardCharsets.UTF_8);
    List<UnaryOperator<ChainedEvent>> changes = List.of(
        x -> with(x, "aggregateType", "Mine"),
        x -> with(x, "aggregateId", "another-id"),
        x -> new ChainedEvent(x.aggregateType(), x.aggregateId(), 1, x.eventId(), x.payloadType(), x.payloadRevision(),
            x.timestamp(), x.payload(), x.actorUserId(), x.actorRole(), x.actorOrg(), x.correlationId(),
            x.causationId(), x.prevHash()),
        x -> with(x, "eventId", "9e3f6a9c-1d2b-4c5e-9f70-a1b2c3d4e5f6"),
        x -> with(x, "payloadType", "io.shouwei.hazard.hazard.api.HazardReopenedEvent"),
        x -> with(x, "payloadRevision", "2"),
        x -> with(x, "payloadRevision", null),
        x -> new ChainedEvent(x.aggregateType(), x.aggregateId(), x.sequence(), x.eventId(), x.payloadType(),
            x.payloadRevision(), x.timestamp().plusMillis(1), x.payload(), x.actorUserId(), x.actorRole(),
            x.actorOrg(), x.correlationId(), x.causationId(), x.prevHash()),
        x -> new ChainedEvent(x.aggregateType(), x.aggregateId(), x.sequence(), x.eventId(), x.payloadType(),
            x.payloadRevision(), x.timestamp(), otherTitle, x.actorUserId(), x.actorRole(), x.actorOrg(),
            x.correlationId(), x.causationId(), x.prevHash()),
        x -> with(x, "actorUserId", "inspector-zhao"),
        x -> with(x, "actorRole", "DISTRICT_AGENCY"),
        x -> with(x, "actorOrg", "town-office-102"),
        x -> with(x, "actorOrg", null),
        x -> with(x, "correlationId", "req-43"),
        x -> with(x, "causationId", "7a1d0c55-94c4-4c8e-8d1e-3f4b8f1d2e90"),
        x -> x.withPrevHash("1" + EventHash.GENESIS.substring(1)));

    String original = EventHash.of(e);
    for (UnaryOperator<ChainedEvent> change : changes) {
      assertThat(EventHash.of(change.apply(e))).as(EventHash.canonicalForm(change.apply(e))).isNotEqualTo(original);
    }
    assertThat(changes.stream().map(c -> EventHash.of(c.apply(e))).distinct()).hasSize(changes.size());
  }

  @Test
  void aValueCannotMoveToAnotherField_andKeepTheHash() {
    ChainedEvent e = reported();
    ChainedEvent swapped = with(with(e, "correlationId", e.causationId()), "causationId", e.correlationId());

    assertThat(EventHash.of(swapped)).isNotEqualTo(EventHash.of(e));
  }

  @Test
  void timestamp_isUtcWithMilliseconds_likeTheStoredColumn() {
    assertThat(EventHash.timestamp(Instant.parse("2025-05-12T06:30:00Z"))).isEqualTo("2025-05-12T06:30:00.000Z");
    assertThat(EventHash.timestamp(Instant.parse("2025-05-12T06:30:00.250Z"))).isEqualTo("2025-05-12T06:30:00.250Z");
    assertThat(EventHash.timestamp(Instant.parse("2025-05-12T06:30:00.250123Z")))
        .isEqualTo("2025-05-12T06:30:00.250123Z");
  }

  @Test
  void textsWithQuotesAndControlCharacters_cannotForgeAnotherMember() {
    ChainedEvent tricky = with(reported(), "correlationId", "x\",\"causationId\":\"y");

    assertThat(EventHash.canonicalForm(tricky)).contains("\"correlationId\":\"x\\\",\\\"causationId\\\":\\\"y\"");
    assertThat(EventHash.of(tricky)).isNotEqualTo(EventHash.of(reported()));
  }

  private static ChainedEvent with(ChainedEvent x, String field, String value) {
    return new ChainedEvent(
        field.equals("aggregateType") ? value : x.aggregateType(),
        field.equals("aggregateId") ? value : x.aggregateId(),
        x.sequence(),
        field.equals("eventId") ? value : x.eventId(),
        field.equals("payloadType") ? value : x.payloadType(),
        field.equals("payloadRevision") ? value : x.payloadRevision(),
        x.timestamp(),
        x.payload(),
        field.equals("actorUserId") ? value : x.actorUserId(),
        field.equals("actorRole") ? value : x.actorRole(),
        field.equals("actorOrg") ? value : x.actorOrg(),
        field.equals("correlationId") ? value : x.correlationId(),
        field.equals("causationId") ? value : x.causationId(),
        x.prevHash());
  }
}
