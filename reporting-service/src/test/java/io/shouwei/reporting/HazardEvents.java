package io.shouwei.reporting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.shouwei.contracts.Actor;
import io.shouwei.contracts.AggregateTypes;
import io.shouwei.contracts.EventEnvelope;
import io.shouwei.contracts.EventTypes;
import io.shouwei.contracts.Role;
import io.shouwei.contracts.hazard.DeadlineExtensionApproved;
import io.shouwei.contracts.hazard.DeadlineExtensionRefused;
import io.shouwei.contracts.hazard.DeadlineExtensionRequested;
import io.shouwei.contracts.hazard.HazardClassified;
import io.shouwei.contracts.hazard.HazardLevel;
import io.shouwei.contracts.hazard.HazardReopened;
import io.shouwei.contracts.hazard.HazardReported;
import io.shouwei.contracts.hazard.HazardSignedOff;
import io.shouwei.contracts.hazard.HazardSource;
import io.shouwei.contracts.hazard.RectificationCompleted;
import io.shouwei.contracts.hazard.RectificationPlanned;
import io.shouwei.contracts.hazard.RectificationProgressRecorded;
import io.shouwei.contracts.hazard.RectificationRejected;
import io.shouwei.contracts.hazard.RectificationStarted;
import io.shouwei.contracts.mine.MineClosed;
import io.shouwei.contracts.mine.MineFacts;
import io.shouwei.contracts.mine.MineFactsUpdated;
import io.shouwei.contracts.mine.MineRegistered;
import io.shouwei.contracts.mine.MineResumed;
import io.shouwei.contracts.mine.MineStoppedByOrder;
import io.shouwei.contracts.mine.MineType;
import io.shouwei.contracts.mine.ProductionStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Published hazard and mine events as the hazard-service writes them to Kafka. */
public final class HazardEvents {

  /** The JSON of the wire: ISO-8601 instants, enums by name, nulls kept. */
  public static final ObjectMapper JSON =
      JsonMapper.builder().findAndAddModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

  public static final Instant DISCOVERED = Instant.parse("2026-03-02T01:20:00Z");
  public static final Instant REPORTED = Instant.parse("2026-03-02T02:05:30.250Z");
  public static final Instant DEADLINE = Instant.parse("2026-04-01T09:00:00Z");
  public static final Instant EXTENDED_DEADLINE = Instant.parse("2026-04-15T09:00:00Z");
  public static final BigDecimal FUNDS = new BigDecimal("125000.50");
  public static final Actor INSPECTOR = new Actor("u-inspector-7", Role.TOWN_AGENCY, "org-town-office-3");
  public static final String MINE = "mine-12";

  private HazardEvents() {}

  public static String newHazardId() {
    return "hz-" + UUID.randomUUID();
  }

  public static String newMineId() {
    return "mine-" + UUID.randomUUID();
  }

  public static HazardReported payload(String hazardId, String enterpriseId, String townCode) {
    return payload(hazardId, MINE, enterpriseId, townCode);
  }

  public static HazardReported payload(String hazardId, String mineId, String enterpriseId, String townCode) {
    return new HazardReported(
        hazardId, mineId, enterpriseId, townCode, "camp-2026-guard",
        HazardSource.AGENCY_INSPECTION, "slope", "Loose rock on bench 3",
        "Overhanging rock above the haul road", "bench 3, north wall", DISCOVERED, REPORTED,
        "YH-" + townCode + "-2026-0007", HazardLevel.MAJOR, List.of("OP-07.1"), List.of("OP-07.1", "OP-08.1"));
  }

  public static EventEnvelope<HazardReported> reported(String hazardId, String enterpriseId, String townCode) {
    return reported(hazardId, enterpriseId, townCode, 0);
  }

  public static EventEnvelope<HazardReported> reported(
      String hazardId, String enterpriseId, String townCode, long sequence) {
    return envelope(hazardId, sequence, EventTypes.HAZARD_REPORTED, payload(hazardId, enterpriseId, townCode));
  }

  /** The event of a hazard at {@code sequence} whose type is the payload's. */
  public static <P> EventEnvelope<P> hazardEvent(String hazardId, long sequence, P payload) {
    return envelope(hazardId, sequence, EventTypes.of(payload.getClass()).name(), payload);
  }

  /** The event of a mine at {@code sequence} whose type is the payload's. */
  public static <P> EventEnvelope<P> mineEvent(String mineId, long sequence, P payload) {
    return envelope(AggregateTypes.MINE, mineId, sequence, EventTypes.of(payload.getClass()).name(), payload);
  }

  public static <P> EventEnvelope<P> envelope(String aggregateId, long sequence, String type, P payload) {
    return envelope(AggregateTypes.HAZARD, aggregateId, sequence, type, payload);
  }

  public static <P> EventEnvelope<P> envelope(
      String aggregateType, String aggregateId, long sequence, String type, P payload) {
    return new EventEnvelope<>(
        UUID.randomUUID(), aggregateType, aggregateId, sequence, type, 1,
        REPORTED.plusSeconds(sequence), INSPECTOR, "corr-" + aggregateId, null, null,
        "hash-" + sequence, payload);
  }

  public static HazardClassified classified(String hazardId, HazardLevel level, List<String> criteria) {
    return new HazardClassified(hazardId, level, criteria, null, "confirmed on site", REPORTED.plusSeconds(60));
  }

  public static RectificationPlanned planned(String hazardId) {
    return new RectificationPlanned(
        hazardId, List.of("scale the bench", "fence the haul road"),
        new RectificationPlanned.Funds(FUNDS, "enterprise safety budget"), DEADLINE,
        new RectificationPlanned.Responsibility("Wang Wei", "mine manager", "North pit"),
        new RectificationPlanned.ContingencyPlan("close the haul road when it rains", "doc-77"),
        REPORTED.plusSeconds(3_600));
  }

  public static RectificationStarted started(String hazardId) {
    return new RectificationStarted(hazardId, REPORTED.plusSeconds(7_200));
  }

  public static RectificationProgressRecorded progress(String hazardId, int percent) {
    return new RectificationProgressRecorded(hazardId, "half the bench scaled", percent, List.of("photo-1"),
        REPORTED.plusSeconds(86_400));
  }

  public static RectificationCompleted completed(String hazardId) {
    return new RectificationCompleted(hazardId, List.of("photo-2"), "done", REPORTED.plusSeconds(172_800));
  }

  public static HazardSignedOff signedOff(String hazardId) {
    return new HazardSignedOff(hazardId, HazardLevel.MAJOR, "verified on site", REPORTED.plusSeconds(259_200));
  }

  public static RectificationRejected rejected(String hazardId) {
    return new RectificationRejected(hazardId, "fence incomplete", REPORTED.plusSeconds(259_200));
  }

  public static DeadlineExtensionRequested extensionRequested(String hazardId) {
    return new DeadlineExtensionRequested(hazardId, 1, DEADLINE, EXTENDED_DEADLINE, "rain", REPORTED.plusSeconds(90_000));
  }

  public static DeadlineExtensionApproved extensionApproved(String hazardId) {
    return new DeadlineExtensionApproved(hazardId, 1, DEADLINE, EXTENDED_DEADLINE, null, REPORTED.plusSeconds(95_000));
  }

  public static DeadlineExtensionRefused extensionRefused(String hazardId) {
    return new DeadlineExtensionRefused(hazardId, 1, "no reason given", REPORTED.plusSeconds(95_000));
  }

  public static HazardReopened reopened(String hazardId) {
    return new HazardReopened(hazardId, "rock fell again", "lookback-3", REPORTED.plusSeconds(900_000));
  }

  public static MineRegistered mineRegistered(String mineId, String enterpriseId, String townCode, MineType type) {
    return new MineRegistered(
        mineId, "North pit " + mineId, enterpriseId, "Enterprise " + enterpriseId, townCode, type,
        new MineFacts(120.0, true, true, false, null, null, null, Map.of()));
  }

  public static MineFactsUpdated mineFactsUpdated(String mineId) {
    return new MineFactsUpdated(mineId, new MineFacts(150.0, false, true, false, null, null, null, Map.of()));
  }

  public static MineStoppedByOrder mineStopped(String mineId, String orderId) {
    return new MineStoppedByOrder(mineId, orderId);
  }

  public static MineResumed mineResumed(String mineId, String orderId, ProductionStatus after) {
    return new MineResumed(mineId, orderId, after);
  }

  public static MineClosed mineClosed(String mineId) {
    return new MineClosed(mineId, "licence expired");
  }

  public static byte[] json(Object value) {
    try {
      return JSON.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
