package io.shouwei.hazard.config;

import static io.shouwei.hazard.config.AggregateFields.assertSameState;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shouwei.hazard.campaign.Campaign;
import io.shouwei.hazard.hazard.Hazard;
import io.shouwei.hazard.mine.Mine;
import io.shouwei.hazard.tip.Tip;
import java.io.IOException;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The snapshot serializer writes an aggregate's fields and reads back an equal aggregate, whatever
 * its fields hold; the aggregates need no getters or annotations for it.
 */
class SnapshotSerializerTest {

  static final SnapshotRevisions REVISIONS = new SnapshotRevisions(List.of(Hazard.class, Mine.class, Campaign.class, Tip.class));
  static final JacksonSerializer SERIALIZER = SnapshotSerializer.create(REVISIONS);

  @ParameterizedTest
  @ValueSource(classes = {Hazard.class, Mine.class, Campaign.class, Tip.class})
  void everyFieldOfAnAggregate_survivesTheRoundTrip(Class<?> type) throws Exception {
    Object aggregate = SampleState.filled(type);
    for (Map.Entry<String, Object> field : AggregateFields.of(aggregate).entrySet()) {
      assertThat(field.getValue()).as("sample of %s", field.getKey()).isNotNull();
    }

    SerializedObject<byte[]> written = SERIALIZER.serialize(aggregate, byte[].class);
    Object read = SERIALIZER.deserialize(written);

    assertThat(written.getType().getName()).isEqualTo(type.getName());
    assertThat(written.getType().getRevision()).isEqualTo(REVISIONS.revisionOf(type)).isNotBlank();
    assertSameState(read, aggregate);
  }

  @Test
  void theJson_holdsTheFieldsAndNothingElse() throws IOException {
    Mine mine = SampleState.filled(Mine.class);

    JsonNode json = new ObjectMapper().readTree(SERIALIZER.serialize(mine, byte[].class).getData());

    List<String> names = new ArrayList<>();
    json.fieldNames().forEachRemaining(names::add);
    assertThat(names).containsExactlyInAnyOrderElementsOf(
        AggregateFields.fields(Mine.class).stream().map(Field::getName).toList());
    assertThat(json.get("facts").get("slopeHeightMetres").asDouble()).isEqualTo(210.5);
    assertThat(json.get("facts").get("other").get("benchCount").isIntegralNumber()).isTrue();
  }

  /** A mine's stopping orders keep the order in which they took effect. */
  @Test
  void anInsertionOrderedSet_keepsItsOrder() throws Exception {
    Mine mine = SampleState.filled(Mine.class);
    Field stopping = Mine.class.getDeclaredField("stoppingOrders");
    stopping.setAccessible(true);

    Mine read = (Mine) SERIALIZER.deserialize(SERIALIZER.serialize(mine, byte[].class));

    List<Object> written = new ArrayList<>((Set<?>) stopping.get(mine));
    assertThat(new ArrayList<Object>((Collection<?>) stopping.get(read)))
        .containsExactlyElementsOf(written)
        .startsWith("stoppingOrders-zulu-sample", "stoppingOrders-alpha-sample");
  }

  @Test
  void factsKeepTheirNumberKinds() throws Exception {
    Mine mine = SampleState.filled(Mine.class);

    Mine read = (Mine) SERIALIZER.deserialize(SERIALIZER.serialize(mine, byte[].class));

    Field facts = Mine.class.getDeclaredField("facts");
    facts.setAccessible(true);
    assertThat(facts.get(read)).isEqualTo(SampleState.FACTS);
    assertThat(((io.shouwei.hazard.mine.MineFacts) facts.get(read)).other())
        .containsEntry("benchCount", 14L)
        .containsEntry("rockFactor", 0.75);
  }

  @Test
  void anEmptyAggregate_survivesTheRoundTrip() throws Exception {
    var constructor = Hazard.class.getDeclaredConstructor();
    constructor.setAccessible(true);
    Hazard empty = constructor.newInstance();

    assertSameState(SERIALIZER.deserialize(SERIALIZER.serialize(empty, byte[].class)), empty);
  }
}
