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
import io.shouwei.contracts.hazard.HazardReported;
import io.shouwei.contracts.hazard.HazardSource;
import java.time.Instant;
import java.util.UUID;

/** Published hazard events as hazard-service writes them to Kafka. */
public final class HazardEvents {

  /** The JSON of the wire: ISO-8601 instants, enums by name, nulls kept. */
  public static final ObjectMapper JSON =
      JsonMapper.builder().findAndAddModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

  public static final Instant DISCOVERED = Instant.parse("2026-03-02T01:20:00Z");
  public static final Instant REPORTED = Instant.parse("2026-03-02T02:05:30.250Z");
  public static final Actor INSPECTOR = new Actor("u-inspector-7", Role.TOWN_AGENCY, "org-town-office-3");

  private HazardEvents() {}

  public static String newHazardId() {
    return "hz-" + UUID.randomUUID();
  }

  public static HazardReported payload(String hazardId, String enterpriseId, String townCode) {
    return new HazardReported(
        hazardId, "mine-12", enterpriseId, townCode, "camp-2026-guard",
        HazardSource.AGENCY_INSPECTION, "slope", "Loose rock on bench 3",
        "Overhanging rock above the haul road", "bench 3, north wall", DISCOVERED, REPORTED);
  }

  public static EventEnvelope<HazardReported> reported(String hazardId, String enterpriseId, String townCode) {
    return reported(hazardId, enterpriseId, townCode, 0);
  }

  public static EventEnvelope<HazardReported> reported(
      String hazardId, String enterpriseId, String townCode, long sequence) {
    return envelope(hazardId, sequence, EventTypes.HAZARD_REPORTED, payload(hazardId, enterpriseId, townCode));
  }

  public static <P> EventEnvelope<P> envelope(String aggregateId, long sequence, String type, P payload) {
    return new EventEnvelope<>(
        UUID.randomUUID(), AggregateTypes.HAZARD, aggregateId, sequence, type, 1,
        REPORTED.plusSeconds(sequence), INSPECTOR, "corr-" + aggregateId, null, null,
        "hash-" + sequence, payload);
  }

  public static byte[] json(Object value) {
    try {
      return JSON.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
