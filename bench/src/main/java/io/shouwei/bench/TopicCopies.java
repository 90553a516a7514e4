package io.shouwei.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Grows {@code shouwei.events} to a given number of records for the rebuild at scale: the records
 * the run's earlier scenarios published are copied again and again, each round with every UUID in
 * key and value (aggregate, event, correlation ids, and the ids one event names of another, such as
 * a hazard's mine) replaced by a new one, consistently within the round. So each round is the same
 * mix of well-formed events of new objects, in the same order per aggregate; hazard numbers repeat
 * (the read models do not require them unique). Hashes are the originals' (consumers do not check
 * them). Consumers other than reporting-service must not be running: workflow-service would start a
 * process for every copied report.
 */
final class TopicCopies {

  static final String TOPIC = "shouwei.events";
  private static final Pattern UUID_TEXT =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private TopicCopies() {}

  /** Every record of the topic now: key, value and timestamp (ms, as the producer set it), in partition order. */
  static List<String[]> read(String bootstrap) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
    List<String[]> records = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
      List<TopicPartition> partitions = consumer.partitionsFor(TOPIC).stream()
          .map(i -> new TopicPartition(TOPIC, i.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
      while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("could not read " + TOPIC + " to its end in 5 minutes");
        }
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofSeconds(1))) {
          records.add(new String[] {record.key(), record.value(), Long.toString(record.timestamp())});
        }
      }
    }
    return records;
  }

  /** The records in the topic (sum of the end offsets: the topic is never compacted or truncated here). */
  static long size(String bootstrap) {
    try (Admin admin = admin(bootstrap)) {
      return endOffsets(admin).values().stream().mapToLong(Long::longValue).sum();
    }
  }

  /** Publishes rounds of copies of {@code originals} until the topic holds at least {@code target} records; how many were sent. */
  static long growTo(String bootstrap, List<String[]> originals, long target) {
    if (originals.isEmpty()) {
      throw new IllegalStateException(TOPIC + " is empty: nothing to copy");
    }
    long missing = target - size(bootstrap);
    long sent = 0;
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    p.put(ProducerConfig.LINGER_MS_CONFIG, "20");
    p.put(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(256 * 1024));
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    AtomicReference<Exception> failure = new AtomicReference<>();
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
      while (sent < missing && failure.get() == null) {
        Map<String, String> round = new HashMap<>();
        for (String[] original : originals) {
          if (sent >= missing) {
            break;
          }
          producer.send(new ProducerRecord<>(TOPIC, renamed(original[0], round), renamed(original[1], round)),
              (metadata, e) -> {
                if (e != null) {
                  failure.compareAndSet(null, e);
                }
              });
          sent++;
        }
      }
      producer.flush();
    }
    if (failure.get() != null) {
      throw new IllegalStateException("a copy was not published", failure.get());
    }
    long now = size(bootstrap);
    if (now < target) {
      throw new IllegalStateException(TOPIC + " holds " + now + " records after publishing, not " + target);
    }
    return sent;
  }

  /** {@code text} with every UUID replaced by the round's new one for it (the same old id, the same new id). */
  static String renamed(String text, Map<String, String> round) {
    if (text == null) {
      return null;
    }
    Matcher m = UUID_TEXT.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      m.appendReplacement(out, round.computeIfAbsent(m.group(), id -> UUID.randomUUID().toString()));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Waits until the consumer group has committed the end of every partition; the seconds it took. */
  static double awaitConsumed(String bootstrap, String group, Duration limit) {
    long began = System.nanoTime();
    try (Admin admin = admin(bootstrap)) {
      while (true) {
        Map<TopicPartition, Long> end = endOffsets(admin);
        Map<TopicPartition, OffsetAndMetadata> committed =
            admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
        long behind = 0;
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
          OffsetAndMetadata at = committed.get(e.getKey());
          behind += e.getValue() - (at == null ? 0 : at.offset());
        }
        if (behind == 0) {
          return (System.nanoTime() - began) / 1e9;
        }
        if (System.nanoTime() - began > limit.toNanos()) {
          throw new IllegalStateException(group + " still " + behind + " records behind after " + limit);
        }
        Thread.sleep(1000);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  private static Map<TopicPartition, Long> endOffsets(Admin admin) {
    try {
      List<TopicPartition> partitions = admin.describeTopics(List.of(TOPIC)).allTopicNames().get().get(TOPIC)
          .partitions().stream().map(i -> new TopicPartition(TOPIC, i.partition())).toList();
      Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
      partitions.forEach(tp -> latest.put(tp, OffsetSpec.latest()));
      Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> info = admin.listOffsets(latest).all().get();
      Map<TopicPartition, Long> end = new HashMap<>();
      info.forEach((tp, i) -> end.put(tp, i.offset()));
      return end;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  private static Admin admin(String bootstrap) {
    Properties p = new Properties();
    p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    return Admin.create(p);
  }
}
