package io.shouwei.reporting.admin;

import io.shouwei.reporting.ingest.EventsListener;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * The consumer that keeps the active read models up to date ({@link EventsListener}), as the
 * rebuild sees it: the position it has reached, and a pause while the rebuild switches.
 *
 * <p>The listener applies each poll's records as a batch and commits the batch's offsets itself,
 * synchronously, once its read models are written, repeating a commit that the pause woke (see
 * {@link EventsListener}). When a record of the batch fails, the listener commits the records
 * before it (they are written), the error handler commits the record itself once it is
 * dead-lettered, and seeks back to the first record not committed, so that the consumer's position
 * is its committed offset again. A paused container has finished the records of its last poll,
 * commits included. So while it is paused, the committed offsets are exactly where it will go on:
 * everything before them is in the active read models, nothing after.
 */
final class LiveConsumer {

  private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration PAUSE_POLL = Duration.ofMillis(20);

  private final MessageListenerContainer container;
  private final Admin admin;
  private final String group;

  /**
   * @param container the listener's container, {@code null} when it does not run in this process
   */
  LiveConsumer(MessageListenerContainer container, Admin admin, String group) {
    this.container = container;
    this.admin = admin;
    this.group = group;
  }

  /**
   * The offset of the next record the live consumer applies, per partition; {@code first} where the
   * group has committed nothing yet.
   */
  Map<TopicPartition, Long> position(Map<TopicPartition, Long> first) throws InterruptedException {
    Map<TopicPartition, OffsetAndMetadata> committed;
    try {
      committed =
          admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
              .get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("cannot read the offsets of consumer group " + group, e);
    }
    Map<TopicPartition, Long> position = new HashMap<>();
    first.forEach(
        (partition, offset) -> {
          OffsetAndMetadata c = committed.get(partition);
          position.put(partition, c == null ? offset : Math.max(offset, c.offset()));
        });
    return position;
  }

  /** Pauses the live consumer and waits until it has finished the records it polled. */
  void pause(Duration timeout) throws InterruptedException {
    if (!running()) {
      return;
    }
    container.pause();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!container.isContainerPaused()) {
      if (System.nanoTime() > deadline) {
        container.resume();
        throw new IllegalStateException("the live consumer did not pause within " + timeout);
      }
      Thread.sleep(PAUSE_POLL.toMillis());
    }
  }

  void resume() {
    if (running()) {
      container.resume();
    }
  }

  private boolean running() {
    return container != null && container.isRunning();
  }
}
