package io.shouwei.hazard.hazard.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The stored JSON of the hazard's events, as Axon's Jackson serializer writes and reads it, under
 * each event's current revision. (A report stored as revision 1 is read through the upcaster:
 * {@code HazardReportedEventUpcasterTest}.)
 */
class HazardEventJsonTest {

  static final JacksonSerializer SERIALIZER =
      JacksonSerializer.builder().objectMapper(JsonMapper.builder().findAndAddModules().build()).build();

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.shouwei.hazard.hazard.api.HazardEventSamples#stored")
  void everyEvent_readsBackAsWritten_underItsRevision(Object event) {
    SerializedObject<byte[]> stored = SERIALIZER.serialize(event, byte[].class);

    assertThat(stored.getType().getRevision()).isEqualTo(event.getClass().getAnnotation(Revision.class).value());
    assertThat((Object) SERIALIZER.deserialize(stored)).isEqualTo(event);
  }
}
