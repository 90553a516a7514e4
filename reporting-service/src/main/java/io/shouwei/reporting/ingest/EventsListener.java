package io.shouwei.reporting.ingest;

import io.shouwei.contracts.Topics;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

/**
 * Consumes {@value Topics#EVENTS} a poll at a time, through {@link EventRouter#route(List)}, and
 * commits the offsets of the records it applied synchronously before it returns, that is after the
 * read models were written.
 *
 * <p>The listener commits itself (the container's ack mode is {@code manual}, and the listener
 * acknowledges nothing) because the container drops its own commit silently when a {@code pause()}
 * or {@code resume()} of the container wakes the consumer just as a poll returns (the commit throws
 * a {@link WakeupException}, which the container logs at debug level): the rebuild's switch relies
 * on the committed offsets being where the paused consumer goes on. A woken commit is repeated; a
 * commit that fails otherwise (a rebalance) seeks back to the batch's first records, so that the
 * position is the committed offset again and the batch comes again (its events are then
 * duplicates).
 *
 * <p>When a record fails, the records before it are written and committed, and this method throws
 * a {@link BatchListenerFailedException} naming it: {@link IngestConfiguration#ingestErrorHandler}
 * retries it or sends it to the dead-letter topic as its failure requires (a malformed record at
 * once) and commits it, and seeks back to the records after it, which the next poll brings again.
 */
@Component
public class EventsListener {

  /** The id of the listener container, under which the rebuild finds it to pause it while it switches. */
  public static final String LISTENER_ID = "reporting-events";
  /** The property naming the consumer group, {@value #DEFAULT_GROUP} unless set. */
  public static final String GROUP_PROPERTY = "shouwei.reporting.consumer-group";
  public static final String DEFAULT_GROUP = "reporting-service";

  private static final Logger log = LoggerFactory.getLogger(EventsListener.class);

  private final EventRouter router;

  EventsListener(EventRouter router) {
    this.router = router;
  }

  @KafkaListener(
      id = LISTENER_ID,
      groupId = "${" + GROUP_PROPERTY + ":" + DEFAULT_GROUP + "}",
      topics = Topics.EVENTS,
      batch = "true")
  void on(List<ConsumerRecord<String, byte[]>> records, Consumer<?, ?> consumer) {
    try {
      router.route(records.stream().map(ConsumerRecord::value).toList());
    } catch (RecordFailedException e) {
      commit(consumer, records.subList(0, e.index()));
      throw new BatchListenerFailedException(e.getMessage(), e.getCause(), records.get(e.index()));
    }
    commit(consumer, records);
  }

  /** Commits the offsets after {@code applied}, the records of the poll applied so far. */
  static void commit(Consumer<?, ?> consumer, List<ConsumerRecord<String, byte[]>> applied) {
    Map<TopicPartition, OffsetAndMetadata> next = new HashMap<>();
    Map<TopicPartition, Long> first = new HashMap<>();
    for (ConsumerRecord<String, byte[]> record : applied) {
      TopicPartition partition = new TopicPartition(record.topic(), record.partition());
      next.put(partition, new OffsetAndMetadata(record.offset() + 1));
      first.putIfAbsent(partition, record.offset());
    }
    if (next.isEmpty()) {
      return;
    }
    while (true) {
      try {
        consumer.commitSync(next);
        return;
      } catch (WakeupException e) {
        log.debug("a pause or resume woke the consumer during the commit of {}; committing again", next);
      } catch (KafkaException e) {
        log.warn("the offsets {} were not committed ({}); the records after the committed offsets come again", next,
            e.toString());
        first.forEach((partition, offset) -> {
          if (consumer.assignment().contains(partition)) {
            consumer.seek(partition, offset);
          }
        });
        return;
      }
    }
  }
}
