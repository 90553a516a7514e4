package io.shouwei.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaBrokerTest {

  @TempDir Path dir;

  @Test
  void restartedBroker_keepsItsRecords() throws Exception {
    KafkaBroker broker = KafkaBroker.create(dir.resolve("kafka"), Ports.free(), Ports.free(), dir.resolve("kafka.log"));
    try {
      broker.start();
      broker.createTopic("t", 2);
      broker.createTopic("t", 2); // idempotent
      try (KafkaProducer<String, String> producer =
          new KafkaProducer<>(Map.of("bootstrap.servers", broker.bootstrapServers()),
              new StringSerializer(), new StringSerializer())) {
        producer.send(new ProducerRecord<>("t", "k", "before restart")).get();
      }
      broker.stop();
      assertThat(broker.isRunning()).isFalse();

      broker.start();
      try (KafkaConsumer<String, String> consumer =
          new KafkaConsumer<>(
              Map.of("bootstrap.servers", broker.bootstrapServers(), "group.id", "g",
                  "auto.offset.reset", "earliest"),
              new StringDeserializer(), new StringDeserializer())) {
        consumer.subscribe(List.of("t"));
        ConsumerRecords<String, String> records = ConsumerRecords.empty();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (records.isEmpty() && System.nanoTime() < deadline) {
          records = consumer.poll(Duration.ofMillis(500));
        }
        assertThat(records.iterator().next().value()).isEqualTo("before restart");
      }
    } finally {
      broker.stop();
    }
  }

  @Test
  void takenPort_isNamedInTheError() throws Exception {
    try (ServerSocket taken = new ServerSocket(0)) {
      KafkaBroker broker = KafkaBroker.create(dir.resolve("k2"), taken.getLocalPort(), Ports.free(), dir.resolve("k2.log"));
      assertThatThrownBy(broker::start)
          .isInstanceOf(Ports.PortInUseException.class)
          .hasMessageContaining("port " + taken.getLocalPort())
          .hasMessageContaining("Kafka broker");
    }
  }
}
