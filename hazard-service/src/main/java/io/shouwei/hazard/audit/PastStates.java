package io.shouwei.hazard.audit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.shouwei.hazard.audit.chain.EventHash;
import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.SerializationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replays an object's state up to a point: from its latest usable audit snapshot and the events
 * after it, or else from its first event. Which snapshot is usable, and why that gives the state of
 * the full replay, is set out in {@link AuditService}. Reads events through the store's engine, as
 * the aggregate itself is read (upcast to their current revision), never through Axon's aggregate
 * snapshots.
 *
 * <p>Every replay counts in {@value #REPLAYS}, tagged with the object's type, where it started
 * ({@code snapshot} or {@code first-event}) and why: {@code verified}, {@code no-snapshot},
 * {@code disabled}, or the check a snapshot failed ({@code seal-broken}, {@code state-unreadable},
 * {@code event-missing}, {@code event-mismatch}). A failed check is also logged as a warning.
 */
class PastStates {

  static final String REPLAYS = "shouwei.audit.replays";

  private static final Logger log = LoggerFactory.getLogger(PastStates.class);

  private final EventStorageEngine events;
  private final StoredEvents stored;
  private final AuditSnapshots snapshots;
  private final boolean useSnapshots;
  private final MeterRegistry meters;

  /**
   * @param events the event store's engine
   * @param useSnapshots whether to start from audit snapshots at all
   */
  PastStates(
      EventStorageEngine events, StoredEvents stored, AuditSnapshots snapshots, boolean useSnapshots,
      MeterRegistry meters) {
    this.events = events;
    this.stored = stored;
    this.snapshots = snapshots;
    this.useSnapshots = useSnapshots;
    this.meters = meters;
  }

  /** A snapshot that passed every check, with the state it holds. */
  record Verified<V>(AuditSnapshot snapshot, V state) {

    PastState<V> pastState() {
      return new PastState<>(state, snapshot.sequence());
    }
  }

  /** The outcome of checking a snapshot: the verified snapshot, or why it may not be used. */
  private record Check<V>(Verified<V> verified, String refusal, String detail) {

    static <V> Check<V> passed(Verified<V> verified) {
      return new Check<>(verified, null, null);
    }

    static <V> Check<V> refused(String refusal, String detail) {
      return new Check<>(null, refusal, detail);
    }
  }

  /**
   * The object's state at {@code point}; empty when the point includes none of its events.
   *
   * @throws IllegalArgumentException if the events do not fold
   * @throws SerializationException if a stored event does not read
   */
  <V> Optional<PastState<V>> replay(AuditedType<V> type, String id, ReplayPoint point) {
    if (!useSnapshots) {
      count(type, "first-event", "disabled");
      return fromFirstEvent(type, id, point);
    }
    Optional<AuditSnapshot> candidate = snapshots.latestWithin(id, type.stateRevision(), point);
    if (candidate.isEmpty()) {
      count(type, "first-event", "no-snapshot");
      return fromFirstEvent(type, id, point);
    }
    Check<V> check = check(type, candidate.get());
    if (check.verified() == null) {
      log.warn("Audit snapshot of {} {} at event {} not used ({}): {}. Replaying from its first event.",
          type.aggregateType(), id, candidate.get().sequence(), check.refusal(), check.detail());
      count(type, "first-event", check.refusal());
      return fromFirstEvent(type, id, point);
    }
    count(type, "snapshot", "verified");
    return fromSnapshot(type, id, point, check.verified());
  }

  /** The state replayed from the object's first event, every stored event read. */
  <V> Optional<PastState<V>> fromFirstEvent(AuditedType<V> type, String id, ReplayPoint point) {
    return type.fold().upTo(point, events.readEvents(id, 0).asStream());
  }

  /** The state folded on from a verified snapshot, with the events after it read in one bounded query. */
  <V> Optional<PastState<V>> fromSnapshot(AuditedType<V> type, String id, ReplayPoint point, Verified<V> start) {
    return type.fold().upTo(point, start.pastState(), events.readEvents(id, start.snapshot().sequence() + 1).asStream());
  }

  /** The latest snapshot within the point that passes every check; empty when there is none. */
  <V> Optional<Verified<V>> latestVerified(AuditedType<V> type, String id, ReplayPoint point) {
    return snapshots.latestWithin(id, type.stateRevision(), point)
        .map(candidate -> check(type, candidate).verified());
  }

  /**
   * Whether a snapshot may stand for its object's events up to its sequence: (a) its seal holds
   * over what is stored, and its state is the canonical form of a state of the type; (b) the event
   * stored at its sequence still carries the hash it was sealed with and still hashes to it.
   */
  private <V> Check<V> check(AuditedType<V> type, AuditSnapshot snapshot) {
    if (!snapshot.aggregateType().equals(type.aggregateType())
        || !snapshot.stateType().equals(type.stateType().getName())
        || !snapshot.stateRevision().equals(type.stateRevision())) {
      return Check.refused("state-unreadable", "it holds a state of another type or revision");
    }
    if (!snapshot.sealHolds()) {
      return Check.refused("seal-broken", "its seal does not match what is stored");
    }
    Optional<V> state = StateJson.read(snapshot.state(), type.stateType());
    if (state.isEmpty()) {
      return Check.refused("state-unreadable", "its state is not the stored form of a " + type.stateType().getSimpleName());
    }
    Optional<StoredEvent> event = stored.at(snapshot.aggregateId(), snapshot.sequence());
    if (event.isEmpty()) {
      return Check.refused("event-missing", "no event is stored at its sequence");
    }
    String hash = event.get().hash();
    if (!snapshot.eventHash().equals(hash)) {
      return Check.refused("event-mismatch", "the event stored at its sequence carries another hash");
    }
    if (!EventHash.of(event.get().chained()).equals(hash)) {
      return Check.refused("event-mismatch", "the event stored at its sequence no longer hashes to its hash");
    }
    return Check.passed(new Verified<>(snapshot, state.get()));
  }

  private void count(AuditedType<?> type, String start, String reason) {
    Counter.builder(REPLAYS)
        .description("Past states replayed by the audit, by where the replay started and why")
        .tag("type", type.aggregateType())
        .tag("start", start)
        .tag("reason", reason)
        .register(meters)
        .increment();
  }
}
