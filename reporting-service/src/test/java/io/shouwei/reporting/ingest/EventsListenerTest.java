package io.shouwei.reporting.ingest;

import static io.shouwei.reporting.HazardEvents.hazardEvent;
import static io.shouwei.reporting.HazardEvents.json;
import static io.shouwei.reporting.HazardEvents.newHazardId;
import static io.shouwei.reporting.HazardEvents.planned;
import static io.shouwei.reporting.HazardEvents.reported;
import static io.shouwei.reporting.HazardEvents.started;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.shouwei.contracts.Topics;
import io.shouwei.embedded.MongoWireServer;
import io.shouwei.reporting.projection.ReadModelCollections;
import io.shouwei.reporting.projection.ReadModels;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.kafka.listener.BatchListenerFailedException;

/**
 * The live consumer's listener: it commits what it wrote, before it returns, whatever woke the
 * consumer meanwhile, so that a paused consumer's committed offsets are where it goes on.
 */
class EventsListenerTest {

  private static final TopicPartition P0 = new TopicPartition(Topics.EVENTS, 0);
  private static final TopicPartition P1 = new TopicPartition(Topics.EVENTS, 1);

  private static MongoWireServer server;
  private static MongoClient client;

  private final ReadModels models =
      ReadModels.over(ReadModelCollections.first(client.getDatabase("listener_" + UUID.randomUUID().toString().substring(0, 8))));
  private final EventsListener listener =
      new EventsListener(new EventRouter(models.projections(), models.held(),
          new EnvelopeParser(Jackson2ObjectMapperBuilder.json().build()), new SimpleMeterRegistry()));
  private final String hazard = newHazardId();
  private final String other = newHazardId();

  @BeforeAll
  static void start() {
    server = MongoWireServer.inMemory();
    client = MongoClients.create(server.connectionString("listener"));
  }

  @AfterAll
  static void stop() {
    client.close();
    server.close();
  }

  @Test
  void poll_isWrittenThenCommitted_upToItsLastRecordOfEachPartition() {
    MockConsumer<String, byte[]> consumer = consumer();

    listener.on(List.of(record(P0, 10, json(reported(hazard, "ent-1", "town-1"))), record(P1, 4, json(reported(other, "e", "t"))),
        record(P0, 11, json(hazardEvent(hazard, 1, planned(hazard))))), consumer);

    assertThat(models.hazards().find(hazard).orElseThrow().lastSequence()).isEqualTo(1);
    assertThat(consumer.committed(Set.of(P0, P1)))
        .isEqualTo(Map.of(P0, new OffsetAndMetadata(12), P1, new OffsetAndMetadata(5)));
  }

  @Test
  void malformedRecord_commitsTheRecordsBeforeIt_andNamesIt() {
    MockConsumer<String, byte[]> consumer = consumer();
    ConsumerRecord<String, byte[]> garbage = record(P0, 11, "{\"oops".getBytes(UTF_8));

    BatchListenerFailedException failure = catchThrowableOfType(BatchListenerFailedException.class,
        () -> listener.on(List.of(record(P0, 10, json(reported(hazard, "ent-1", "town-1"))), garbage,
            record(P0, 12, json(hazardEvent(hazard, 1, planned(hazard))))), consumer));

    assertThat(failure.getRecord()).isSameAs(garbage);
    assertThat(failure.getCause()).isInstanceOf(MalformedEventException.class);
    assertThat(consumer.committed(Set.of(P0))).isEqualTo(Map.of(P0, new OffsetAndMetadata(11)));
    assertThat(models.hazards().find(hazard).orElseThrow().lastSequence()).isZero();
  }

  @Test
  void commitWokenByAPause_isMadeAgain() {
    AtomicInteger attempts = new AtomicInteger();
    MockConsumer<String, byte[]> consumer = new MockConsumer<>(OffsetResetStrategy.EARLIEST) {
      @Override
      public synchronized void commitSync(Map<TopicPartition, OffsetAndMetadata> offsets) {
        if (attempts.incrementAndGet() == 1) {
          throw new WakeupException();
        }
        super.commitSync(offsets);
      }
    };
    consumer.assign(List.of(P0, P1));

    listener.on(List.of(record(P0, 10, json(reported(hazard, "ent-1", "town-1")))), consumer);

    assertThat(attempts).hasValue(2);
    assertThat(consumer.committed(Set.of(P0))).isEqualTo(Map.of(P0, new OffsetAndMetadata(11)));
  }

  @Test
  void commitThatFails_seeksBackToThePollsFirstRecords_soThatTheyComeAgain() {
    MockConsumer<String, byte[]> consumer = new MockConsumer<>(OffsetResetStrategy.EARLIEST) {
      @Override
      public synchronized void commitSync(Map<TopicPartition, OffsetAndMetadata> offsets) {
        throw new CommitFailedException();
      }
    };
    consumer.assign(List.of(P0, P1));
    consumer.seek(P0, 13);
    consumer.seek(P1, 5);

    listener.on(List.of(record(P0, 10, json(reported(hazard, "ent-1", "town-1"))), record(P1, 4, json(reported(other, "e", "t"))),
        record(P0, 11, json(hazardEvent(hazard, 1, planned(hazard)))), record(P0, 12, json(hazardEvent(hazard, 2, started(hazard))))),
        consumer);

    assertThat(consumer.position(P0)).isEqualTo(10);
    assertThat(consumer.position(P1)).isEqualTo(4);
    assertThat(models.hazards().find(hazard).orElseThrow().lastSequence()).isEqualTo(2);
  }

  private static MockConsumer<String, byte[]> consumer() {
    MockConsumer<String, byte[]> consumer = new MockConsumer<>(OffsetResetStrategy.EARLIEST);
    consumer.assign(List.of(P0, P1));
    return consumer;
  }

  private static ConsumerRecord<String, byte[]> record(TopicPartition partition, long offset, byte[] value) {
    return new ConsumerRecord<>(partition.topic(), partition.partition(), offset, "key", value);
  }
}
