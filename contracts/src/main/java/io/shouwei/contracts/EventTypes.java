package io.shouwei.contracts;

import io.shouwei.contracts.hazard.HazardReported;
import java.util.Map;
import java.util.Optional;

/**
 * The published event types: the value of {@link EventEnvelope#type()}, its payload record and its
 * current schema version. Producers may publish a type before consumers know it: a consumer skips
 * an unknown type (and counts it) rather than failing.
 */
public final class EventTypes {

  public static final String HAZARD_REPORTED = "HazardReported";

  /** A published type: its name, aggregate, payload record and schema version. */
  public record Type(String name, String aggregateType, Class<?> payloadClass, int schemaVersion) {}

  /** One line per published type; add a line for a new type (and a schema and a snapshot test). */
  private static final Map<String, Type> TYPES =
      Map.ofEntries(
          type(HAZARD_REPORTED, AggregateTypes.HAZARD, HazardReported.class, 1));

  private EventTypes() {}

  private static Map.Entry<String, Type> type(
      String name, String aggregateType, Class<?> payloadClass, int schemaVersion) {
    return Map.entry(name, new Type(name, aggregateType, payloadClass, schemaVersion));
  }

  public static Optional<Type> find(String name) {
    return Optional.ofNullable(TYPES.get(name));
  }

  public static Type of(Class<?> payloadClass) {
    return TYPES.values().stream()
        .filter(t -> t.payloadClass().equals(payloadClass))
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException("not a published payload: " + payloadClass.getName()));
  }

  public static java.util.Collection<Type> all() {
    return TYPES.values();
  }
}
