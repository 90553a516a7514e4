package io.shouwei.hazard.audit;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

/**
 * The stored form of a replayed state in an audit snapshot: JSON of the state record, in one
 * canonical form. Properties and map entries sorted by name, no whitespace, times as ISO-8601 text
 * exact to the nanosecond, numbers as the state holds them (an amount of {@code 12000.50} keeps its
 * scale), {@code null} members written out. A state has exactly one such form, and a stored form
 * is accepted only if it is that form of the state it reads as: unknown members, a reordering or
 * any other change of the bytes that still parses is refused, not silently read.
 */
final class StateJson {

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private StateJson() {}

  /** The canonical form of {@code state}. */
  static byte[] write(Object state) {
    try {
      return JSON.writeValueAsBytes(state);
    } catch (IOException e) {
      throw new IllegalArgumentException("a state of " + state.getClass().getName() + " cannot be written", e);
    }
  }

  /**
   * The state {@code stored} is the canonical form of; empty when it does not read as a
   * {@code type}, or is not exactly the canonical form of what it reads as.
   */
  static <V> Optional<V> read(byte[] stored, Class<V> type) {
    V state;
    try {
      state = JSON.readValue(stored, type);
    } catch (IOException | RuntimeException unreadable) {
      return Optional.empty();
    }
    return Arrays.equals(write(state), stored) ? Optional.of(state) : Optional.empty();
  }
}
