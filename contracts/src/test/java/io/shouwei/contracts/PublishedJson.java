package io.shouwei.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.skyscreamer.jsonassert.JSONAssert;

/**
 * What every published event's JSON test checks, whichever aggregate it belongs to: the frozen
 * snapshot under {@code /snapshots}, the registration in {@link EventTypes} and the published
 * JSON Schema.
 */
public final class PublishedJson {

  /** Serializes as consumers read: ISO-8601 instants. */
  public static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private static final JsonSchema ENVELOPE_SCHEMA =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
              b -> b.schemaMappers(m -> m.mapPrefix("https://shouwei.io/schema/", "classpath:schema/")))
          .getSchema(SchemaLocation.of("https://shouwei.io/schema/event-envelope.schema.json"));

  private PublishedJson() {}

  /** The messages of the envelope schema about {@code node}; empty when it conforms. */
  public static Set<ValidationMessage> validate(JsonNode node) {
    return ENVELOPE_SCHEMA.validate(node);
  }

  /** The sample serializes exactly to {@code /snapshots/<name>.envelope.json}. */
  public static void assertFrozen(String name, EventEnvelope<?> sample) throws Exception {
    String actual = JSON.writeValueAsString(sample);
    try (InputStream in = PublishedJson.class.getResourceAsStream("/snapshots/" + name + ".envelope.json")) {
      assertThat(in).as(name).isNotNull();
      JSONAssert.assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), actual, true);
    }
  }

  /**
   * The sample's type is registered for {@code aggregateType} at schema version 1, and its payload
   * reads back through the registered class.
   */
  public static void assertRegistered(EventEnvelope<?> sample, String aggregateType) throws IOException {
    JsonNode tree = JSON.readTree(JSON.writeValueAsString(sample));
    EventTypes.Type type = EventTypes.find(tree.path("type").asText()).orElseThrow();

    assertThat(type.aggregateType()).isEqualTo(aggregateType);
    assertThat(type.schemaVersion()).isEqualTo(1);
    assertThat(JSON.treeToValue(tree.path("payload"), type.payloadClass())).isEqualTo(sample.payload());
    assertThat(EventTypes.of(sample.payload().getClass()).name()).isEqualTo(sample.type());
  }
}
