package io.shouwei.hazard.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shouwei.contracts.Topics;
import io.shouwei.embedded.KafkaBroker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads topic {@value Topics#EVENTS} from the beginning with a plain consumer. */
final class EventsTopic {

  private static final ObjectMapper JSON = new ObjectMapper();

  private EventsTopic() {}

  /** The records with this key, waiting up to {@code timeout} for the first one. */
  static List<ConsumerRecord<String, String>> awaitRecords(String key, Duration timeout) {
    return awaitRecords(key, 1, timeout);
  }

  /** The records with this key, waiting up to {@code timeout} until there are {@code count}. */
  static List<ConsumerRecord<String, String>> awaitRecords(String key, int count, Duration timeout) {
    Map<String, Object> config =
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.shared().bootstrapServers(),
            ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
            ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
            ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    long deadline = System.nanoTime() + timeout.toNanos();
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(Topics.EVENTS, Duration.ofSeconds(30)).stream()
              .map(p -> new TopicPartition(p.topic(), p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      List<ConsumerRecord<String, String>> found = new ArrayList<>();
      while (System.nanoTime() < deadline) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
          if (key.equals(record.key())) {
            found.add(record);
          }
        }
        if (found.size() >= count) {
          return found;
        }
      }
      throw new AssertionError(
          found.size() + " instead of " + count + " records with key " + key + " on " + Topics.EVENTS
              + " within " + timeout);
    }
  }

  static JsonNode value(ConsumerRecord<String, String> record) {
    try {
      return JSON.readTree(record.value());
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + record.value(), e);
    }
  }
}
