package io.shouwei.hazard.audit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.shouwei.hazard.audit.chain.ChainVerifier;
import io.shouwei.hazard.audit.chain.EventHash;
import io.shouwei.hazard.audit.chain.StateSeal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.axonframework.common.Registration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.serialization.SerializationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the audit snapshots: an object's state after every {@code interval}-th event (sequences
 * {@code interval - 1}, {@code 2 * interval - 1}, …), sealed to that event's hash.
 *
 * <p>When a unit of work that stores such an event has committed, a task on the given executor
 * (outside the command's transaction; a failure fails nothing but the snapshot) replays the
 * object from its latest verified snapshot, or from its first event, up to that event. It seals
 * nothing unless the stored events it replays form an unbroken chain that continues the verified
 * snapshot's event (or starts at the genesis value): so a snapshot's state is the replay of exactly
 * the history its event's hash commits to. On its way it also seals every earlier point that has no
 * snapshot of the current revision yet (after a change of the state's classes, or a missed task).
 *
 * <p>{@value #SNAPSHOTS} counts, by object type and outcome, each snapshot stored ({@code sealed})
 * and each task that stored none because the events did not verify ({@code refused}), because of
 * an error ({@code failed}) or because the executor was full ({@code rejected}); these three are
 * also logged.
 */
class AuditSnapshotter {

  static final String SNAPSHOTS = "shouwei.audit.snapshots";

  private static final Logger log = LoggerFactory.getLogger(AuditSnapshotter.class);

  private final AuditedTypes types;
  private final PastStates pastStates;
  private final EventStorageEngine events;
  private final StoredEvents stored;
  private final AuditSnapshots snapshots;
  private final int interval;
  private final Executor executor;
  private final MeterRegistry meters;

  AuditSnapshotter(
      AuditedTypes types, PastStates pastStates, EventStorageEngine events, StoredEvents stored,
      AuditSnapshots snapshots, int interval, Executor executor, MeterRegistry meters) {
    if (interval < 1) {
      throw new IllegalArgumentException("the audit snapshot interval must be at least 1, not " + interval);
    }
    this.types = types;
    this.pastStates = pastStates;
    this.events = events;
    this.stored = stored;
    this.snapshots = snapshots;
    this.interval = interval;
    this.executor = executor;
    this.meters = meters;
  }

  /**
   * Snapshots after every unit of work on {@code eventStore} that stores an object's
   * {@code interval}-th event. Events published outside a unit of work are passed by: they are
   * not stored yet when an interceptor sees them.
   */
  Registration attachTo(EventBus eventStore) {
    MessageDispatchInterceptor<EventMessage<?>> interceptor =
        messages -> {
          for (EventMessage<?> message : messages) {
            if (message instanceof DomainEventMessage<?> event && isSnapshotPoint(event.getSequenceNumber())
                && CurrentUnitOfWork.isStarted()) {
              types.byAggregateType(event.getType()).ifPresent(type -> {
                String id = event.getAggregateIdentifier();
                long sequence = event.getSequenceNumber();
                CurrentUnitOfWork.get().root().afterCommit(u -> submit(type, id, sequence));
              });
            }
          }
          return (index, message) -> message;
        };
    return eventStore.registerDispatchInterceptor(interceptor);
  }

  /** Stops taking snapshots: a pool runs what is queued for up to 5 seconds, then stops. */
  void close() throws InterruptedException {
    if (executor instanceof ExecutorService pool) {
      pool.shutdown();
      if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
        pool.shutdownNow();
      }
    }
  }

  boolean isSnapshotPoint(long sequence) {
    return (sequence + 1) % interval == 0;
  }

  private void submit(AuditedType<?> type, String id, long sequence) {
    try {
      executor.execute(() -> snapshotUpTo(type, id, sequence));
    } catch (RejectedExecutionException full) {
      log.warn("Audit snapshot of {} {} at event {} not taken: {}", type.aggregateType(), id, sequence,
          full.getMessage());
      count(type, "rejected");
    }
  }

  /**
   * Seals the object's state at every snapshot point up to {@code last} (a snapshot point itself)
   * that has no snapshot of the current revision, replaying from the latest verified snapshot at or
   * before {@code last}. Never throws: what goes wrong is logged and counted.
   */
  <V> void snapshotUpTo(AuditedType<V> type, String id, long last) {
    try {
      Optional<String> refusal = seal(type, id, last);
      refusal.ifPresent(reason -> {
        log.warn("Audit snapshot of {} {} at event {} refused: {}", type.aggregateType(), id, last, reason);
        count(type, "refused");
      });
    } catch (RuntimeException e) {
      log.warn("Audit snapshot of {} {} at event {} failed", type.aggregateType(), id, last, e);
      count(type, "failed");
    }
  }

  private <V> Optional<String> seal(AuditedType<V> type, String id, long last) {
    Optional<PastStates.Verified<V>> base = pastStates.latestVerified(type, id, new ReplayPoint.AtVersion(last));
    if (base.isPresent() && base.get().snapshot().sequence() == last) {
      return Optional.empty();
    }
    long first = base.map(b -> b.snapshot().sequence() + 1).orElse(0L);
    String previousHash = base.map(b -> b.snapshot().eventHash()).orElse(EventHash.GENESIS);
    List<StoredEvent> rows = stored.between(id, first, last);
    if (rows.isEmpty() || rows.get(rows.size() - 1).sequence() != last) {
      return Optional.of("event " + last + " is not stored");
    }
    Optional<ChainVerifier.Break> broken =
        ChainVerifier.firstBreak(rows.stream().map(StoredEvent::link).toList(), first, previousHash);
    if (broken.isPresent()) {
      return Optional.of("the stored events do not form a chain from " + (first == 0 ? "the genesis value" :
          "the snapshot at event " + (first - 1)) + ": " + broken.get().reason());
    }
    List<DomainEventMessage<?>> read;
    try (Stream<? extends DomainEventMessage<?>> stream = events.readEvents(id, first).asStream()) {
      read = new ArrayList<>(stream.takeWhile(e -> e.getSequenceNumber() <= last).toList());
    } catch (SerializationException unreadable) {
      return Optional.of("a stored event does not read: " + unreadable.getMessage());
    }
    if (read.size() != rows.size()) {
      return Optional.of("the store read " + read.size() + " events where " + rows.size() + " are stored");
    }
    Set<Long> sealedAlready = snapshots.sequencesBetween(id, type.stateRevision(), first - 1, last);
    V state = base.map(PastStates.Verified::state).orElse(null);
    Instant latest = base.map(b -> b.snapshot().latestEventAt()).orElse(Instant.MIN);
    Iterator<StoredEvent> row = rows.iterator();
    for (DomainEventMessage<?> event : read) {
      StoredEvent storedEvent = row.next();
      if (!storedEvent.eventId().equals(event.getIdentifier())) {
        return Optional.of("the store read event " + event.getIdentifier() + " where " + storedEvent.eventId()
            + " is stored");
      }
      try {
        state = state == null ? type.fold().first(event) : type.fold().next(state, event);
      } catch (IllegalArgumentException unfoldable) {
        return Optional.of("the events do not replay: " + unfoldable.getMessage());
      }
      if (storedEvent.timestamp().isAfter(latest)) {
        latest = storedEvent.timestamp();
      }
      long sequence = storedEvent.sequence();
      if (isSnapshotPoint(sequence) && !sealedAlready.contains(sequence)) {
        save(type, id, sequence, storedEvent.hash(), latest, state);
      }
    }
    return Optional.empty();
  }

  private <V> void save(AuditedType<V> type, String id, long sequence, String eventHash, Instant latest, V state) {
    StateSeal.Sealed sealed = new StateSeal.Sealed(
        type.aggregateType(), id, sequence, eventHash, AuditSnapshots.roundedUp(latest),
        type.stateType().getName(), type.stateRevision(), StateJson.write(state));
    boolean stored = snapshots.save(new AuditSnapshot(
        sealed.aggregateType(), sealed.aggregateId(), sealed.sequence(), sealed.eventHash(), sealed.latestEventAt(),
        sealed.stateType(), sealed.stateRevision(), sealed.state(), StateSeal.of(sealed)));
    if (stored) {
      count(type, "sealed");
    }
  }

  private void count(AuditedType<?> type, String outcome) {
    Counter.builder(SNAPSHOTS)
        .description("Audit snapshots the service tried to take, by outcome")
        .tag("type", type.aggregateType())
        .tag("outcome", outcome)
        .register(meters)
        .increment();
  }
}
