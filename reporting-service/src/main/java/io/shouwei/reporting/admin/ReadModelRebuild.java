package io.shouwei.reporting.admin;

import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.shouwei.contracts.Topics;
import io.shouwei.reporting.admin.RebuildProgress.State;
import io.shouwei.reporting.ingest.EnvelopeParser;
import io.shouwei.reporting.ingest.EventRouter;
import io.shouwei.reporting.ingest.MalformedEventException;
import io.shouwei.reporting.ingest.RecordFailedException;
import io.shouwei.reporting.projection.ReadModelCollections;
import io.shouwei.reporting.projection.ReadModelGenerations;
import io.shouwei.reporting.projection.ReadModels;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One rebuild of every read model from the first record of {@value Topics#EVENTS} into a new
 * generation of collections (see {@link ReadModelCollections}), while the queries read the active
 * one and the live consumer goes on writing it.
 *
 * <ol>
 *   <li><b>Replay.</b> A consumer of its own, assigned every partition by hand (no group, no
 *       commits), reads from the first offset up to the end offsets of the start, bounded by the
 *       live consumer's position; then it follows the live consumer until fewer than {@value
 *       #SWITCH_GAP} records separate them. Each poll's records go through the same {@link
 *       EventRouter} as a live poll's, as one batch, over stores of the new generation: duplicates
 *       are skipped, records out of order held in the new generation's {@code pending_events}. A
 *       record that is not a well-formed event is skipped and counted (the live consumer
 *       dead-lettered it already).
 *   <li><b>Switch.</b> The live consumer is paused after the records it polled (it commits a
 *       poll's offsets once their batch is written), so that its committed offsets are exactly its
 *       position; the rebuild replays up to those offsets and no
 *       further (a record it reads beyond them is left for the live consumer), activates the new
 *       generation, and resumes the live consumer, which goes on from the same offsets into the new
 *       generation. Every record is thus applied to the new generation once, by one of the two
 *       consumers, and the live consumer pauses only for the last few records.
 *   <li><b>Drop.</b> After a grace period for the queries that resolved the old generation just
 *       before the switch, its collections are dropped.
 * </ol>
 *
 * A failure leaves the active generation as it was and drops the new one.
 */
final class ReadModelRebuild implements Runnable {

  /** How close to the live consumer the replay comes before the live consumer is paused. */
  static final long SWITCH_GAP = 500;

  private static final Logger log = LoggerFactory.getLogger(ReadModelRebuild.class);
  private static final Duration POLL = Duration.ofMillis(200);

  private final long generation;
  private final MongoDatabase database;
  private final ReadModelGenerations generations;
  private final Consumer<String, byte[]> consumer;
  private final LiveConsumer live;
  private final EnvelopeParser parser;
  private final Clock clock;
  private final Duration pauseTimeout;
  private final Duration dropGrace;

  private final AtomicLong done = new AtomicLong();
  private final AtomicLong malformed = new AtomicLong();
  private volatile State state = State.REPLAYING;
  private volatile long total;
  private final long startNanos;
  private volatile long endNanos;
  private final Instant startedAt;
  private volatile Instant finishedAt;
  private volatile String failure;

  ReadModelRebuild(
      long generation,
      MongoDatabase database,
      ReadModelGenerations generations,
      Consumer<String, byte[]> consumer,
      LiveConsumer live,
      EnvelopeParser parser,
      Clock clock,
      Duration pauseTimeout,
      Duration dropGrace) {
    this.generation = generation;
    this.database = database;
    this.generations = generations;
    this.consumer = consumer;
    this.live = live;
    this.parser = parser;
    this.clock = clock;
    this.pauseTimeout = pauseTimeout;
    this.dropGrace = dropGrace;
    this.startedAt = clock.instant();
    this.startNanos = System.nanoTime();
  }

  @Override
  public void run() {
    long previous = generations.active();
    try (consumer) {
      rebuild();
      log.info("read models rebuilt into generation {}: {} records in {} ms ({} per second), {} malformed",
          generation, done.get(), (endNanos - startNanos) / 1_000_000, String.format("%.0f", rate()), malformed.get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      fail(e);
      return;
    } catch (RuntimeException e) {
      fail(e);
      return;
    }
    try {
      Thread.sleep(dropGrace.toMillis());
      generations.drop(previous);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      log.warn("generation {} of the read models was not dropped: the service stops", previous);
    } catch (RuntimeException e) {
      log.warn("generation {} of the read models was not dropped", previous, e);
    } finally {
      finishedAt = clock.instant();
      state = State.DONE;
    }
  }

  private void rebuild() throws InterruptedException {
    generations.drop(generation);
    ReadModels models = ReadModels.over(ReadModelCollections.of(database, generation));
    models.ensureIndexes();
    EventRouter router = new EventRouter(models.projections(), models.held(), parser, new SimpleMeterRegistry());

    List<TopicPartition> partitions =
        consumer.partitionsFor(Topics.EVENTS).stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
    consumer.assign(partitions);
    Map<TopicPartition, Long> first = consumer.beginningOffsets(partitions);
    Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
    total = partitions.stream().mapToLong(p -> end.get(p) - first.get(p)).sum();
    consumer.seekToBeginning(partitions);
    log.info("rebuilding the read models into generation {} from {} records", generation, total);

    Map<TopicPartition, Long> target = live.position(first);
    target.replaceAll((partition, position) -> Math.min(position, end.get(partition)));
    replay(router, target);
    for (target = live.position(first); gap(target) > SWITCH_GAP; target = live.position(first)) {
      replay(router, target);
    }

    state = State.SWITCHING;
    live.pause(pauseTimeout);
    try {
      replay(router, live.position(first));
      generations.activate(generation, clock.instant());
      endNanos = System.nanoTime();
    } finally {
      live.resume();
    }
  }

  /** Applies the records before {@code target}, and none after. */
  private void replay(EventRouter router, Map<TopicPartition, Long> target) throws InterruptedException {
    for (Set<TopicPartition> behind = behind(target); !behind.isEmpty(); behind = behind(target)) {
      if (Thread.interrupted()) {
        throw new InterruptedException("the rebuild was stopped");
      }
      Set<TopicPartition> reached = new HashSet<>(target.keySet());
      reached.removeAll(behind);
      consumer.pause(reached);
      consumer.resume(behind);
      Set<TopicPartition> beyond = new HashSet<>();
      List<ConsumerRecord<String, byte[]>> batch = new ArrayList<>();
      for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        if (record.offset() >= target.get(partition)) {
          beyond.add(partition);
        } else {
          batch.add(record);
        }
      }
      apply(router, batch);
      beyond.forEach(partition -> consumer.seek(partition, target.get(partition)));
    }
  }

  /** Applies a poll's records as a batch; a record that is not a well-formed event is skipped. */
  private void apply(EventRouter router, List<ConsumerRecord<String, byte[]>> records) {
    List<ConsumerRecord<String, byte[]>> rest = records;
    while (!rest.isEmpty()) {
      try {
        router.route(rest.stream().map(ConsumerRecord::value).toList());
        done.addAndGet(rest.size());
        return;
      } catch (RecordFailedException e) {
        if (!(e.getCause() instanceof MalformedEventException malformedEvent)) {
          throw e.getCause();
        }
        ConsumerRecord<String, byte[]> record = rest.get(e.index());
        malformed.incrementAndGet();
        log.debug("skipping {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
            malformedEvent.getMessage());
        done.addAndGet(e.index() + 1);
        rest = rest.subList(e.index() + 1, rest.size());
      }
    }
  }

  private Set<TopicPartition> behind(Map<TopicPartition, Long> target) {
    Set<TopicPartition> behind = new HashSet<>();
    target.forEach(
        (partition, offset) -> {
          if (consumer.position(partition) < offset) {
            behind.add(partition);
          }
        });
    return behind;
  }

  private long gap(Map<TopicPartition, Long> target) {
    return target.entrySet().stream()
        .mapToLong(e -> Math.max(0, e.getValue() - consumer.position(e.getKey())))
        .sum();
  }

  private void fail(Exception e) {
    log.error("the rebuild of the read models into generation {} failed", generation, e);
    failure = e.getClass().getSimpleName() + ": " + e.getMessage();
    try {
      generations.drop(generation);
    } catch (RuntimeException dropFailure) {
      log.warn("generation {} of the read models was not dropped", generation, dropFailure);
    }
    finishedAt = clock.instant();
    endNanos = System.nanoTime();
    state = State.FAILED;
  }

  private double rate() {
    long end = state.running() ? System.nanoTime() : endNanos;
    double seconds = (end - startNanos) / 1e9;
    return seconds <= 0 ? 0 : done.get() / seconds;
  }

  boolean running() {
    return state.running();
  }

  RebuildProgress progress() {
    double rate = rate();
    long remaining = Math.max(0, total - done.get());
    Long eta = state.running() && rate > 0 ? (long) Math.ceil(remaining / rate) : null;
    return new RebuildProgress(
        state, generation, generations.active(), done.get(), total, Math.round(rate * 10) / 10.0, eta, startedAt,
        finishedAt, malformed.get(), failure);
  }
}
