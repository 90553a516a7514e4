package io.shouwei.hazard.audit;

import io.shouwei.hazard.audit.chain.ChainVerifier;
import io.shouwei.hazard.audit.chain.EventHash;
import io.shouwei.hazard.audit.chain.IntegrityReport;
import io.shouwei.hazard.config.MetadataKeys;
import io.shouwei.platform.security.Caller;
import io.shouwei.platform.security.Callers;
import io.shouwei.platform.security.Jurisdiction;
import io.shouwei.platform.security.Jurisdiction.Reach;
import io.shouwei.platform.web.ProblemException;
import io.shouwei.platform.web.Problems;
import java.util.List;
import java.util.Optional;
import org.axonframework.serialization.SerializationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * An object's stored history, the check of its hash chain and its state at a past point, for any
 * audited aggregate type. Readers: whoever may read the object (platform {@link Jurisdiction}:
 * auditors, agencies of the district and administrators every object, a town agency those in its
 * towns, an enterprise its own); an object the caller may not read is answered exactly like a
 * missing one.
 *
 * <h2>Past states from sealed snapshots</h2>
 *
 * A past state ({@link #stateAt}) is the fold of the object's events up to the point. To spare
 * reading them all, the service keeps audit snapshots ({@code audit_snapshot}, written by
 * {@link AuditSnapshotter}): the state after every {@code interval}-th event, of the audit's own
 * state type (the object's view, not the aggregate that Axon snapshots, and apart from Axon's
 * {@code snapshotevententry}, which keeps only an aggregate's latest snapshot). Each is
 * <em>sealed</em> ({@link io.shouwei.hazard.audit.chain.StateSeal}): a SHA-256 over the hash of
 * the event at its sequence, its state bytes and the revision of the classes that made them.
 *
 * <p>A replay starts from the latest snapshot of the current state revision that the point
 * includes entirely (at or before the version; for an instant, whose events were all stored at or
 * before it) only if (a) its seal holds over what is stored and its state bytes are the canonical
 * form of a state of the type, and (b) the event stored at its sequence still carries the hash the
 * seal names and still hashes to it. It then reads only the events after that sequence (one query
 * bounded below by it) and folds them on. Otherwise it replays from the first event, and the
 * refusal is logged and counted ({@link PastStates}). A snapshot of another state revision (the
 * view, its changes, the fold, the JSON form or an upcaster changed) is never a candidate.
 *
 * <p><b>Why the answer is the full replay's.</b> The writer seals a state only after replaying
 * stored events that it verified to form an unbroken chain from the genesis value, or from a
 * snapshot that passed the same checks; so a sealed state is the fold of exactly the history its
 * event's hash commits to (each hash covers the event and its predecessor's hash). When (b) holds
 * and the object's chain is intact ({@link #integrity}), the stored events up to the snapshot are
 * that history, and folding on from the snapshot gives what folding from event 0 gives. The
 * property tests replay random histories both ways and compare.
 *
 * <p><b>What the seal does not prove.</b>
 * <ul>
 *   <li>It does not re-verify the events before the snapshot's sequence. If one of them is later
 *       altered in place, {@link #integrity} names it, but a past state at or after the snapshot
 *       still shows the state as sealed (the history before the change), where a full replay
 *       would show the altered event (or fail to read it). An auditor who doubts a history checks
 *       its integrity first; a past state is a view of it, not its proof.
 *   <li>It is not keyed. Whoever may write {@code audit_snapshot} can store a different state with
 *       a matching seal for an existing event hash, and past states would show it while
 *       {@link #integrity} still reports the chain intact. The seal protects against corrupted or
 *       carelessly edited snapshots and against snapshots of a history that was rewritten, not
 *       against a writer of the snapshot table; the events and their chain remain the evidence.
 * </ul>
 * {@link #integrity} and {@link #history} read every stored event, never a snapshot.
 */
@Service
public class AuditService {

  public static final int DEFAULT_PAGE_SIZE = 50;
  public static final int MAX_PAGE_SIZE = 500;

  private final StoredEvents stored;
  private final ChainHeads heads;
  private final PastStates pastStates;

  AuditService(StoredEvents stored, ChainHeads heads, PastStates pastStates) {
    this.stored = stored;
    this.heads = heads;
    this.pastStates = pastStates;
  }

  /** One page of the object's events in sequence order, as stored. */
  public EventHistory history(AuditedType<?> type, String id, int page, int size) {
    if (page < 0) {
      throw ProblemException.invalid("page must be 0 or more.");
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw ProblemException.invalid("size must be between 1 and " + MAX_PAGE_SIZE + ".");
    }
    requireReadable(type, id);
    List<StoredEvent> events = stored.of(id);
    List<EventHistory.Entry> entries =
        events.stream().skip((long) page * size).limit(size).map(AuditService::entry).toList();
    return new EventHistory(type.aggregateType(), id, page, size, events.size(), entries);
  }

  /** Recomputes the object's hash chain from its stored events. */
  public IntegrityReport integrity(AuditedType<?> type, String id) {
    requireReadable(type, id);
    List<StoredEvent> events = stored.of(id);
    return ChainVerifier.verify(events.stream().map(StoredEvent::link).toList(), heads.find(id));
  }

  /**
   * The object's state at {@code point}, replayed from its stored events as the event store reads
   * them for the aggregate itself (upcast to their current revision; never from an aggregate
   * snapshot), from a verified audit snapshot when there is one (see above). 404 when the object
   * had no event yet at that point, or has no event at that version; 409 when its stored events do
   * not replay (its {@link #integrity} tells more).
   */
  public <V> PastState<V> stateAt(AuditedType<V> type, String id, ReplayPoint point) {
    requireReadable(type, id);
    Optional<PastState<V>> replayed;
    try {
      replayed = pastStates.replay(type, id, point);
    } catch (IllegalArgumentException | SerializationException unreplayable) {
      throw new ProblemException(
          HttpStatus.CONFLICT, Problems.CONFLICT,
          type.aggregateType() + " " + id + " cannot be replayed from its stored events: " + unreplayable.getMessage()
              + ". Its integrity check tells whether they were altered.");
    }
    if (point instanceof ReplayPoint.AtVersion at && replayed.filter(s -> s.version() == at.version()).isEmpty()) {
      throw new ProblemException(
          HttpStatus.NOT_FOUND, Problems.NOT_FOUND,
          type.aggregateType() + " " + id + " has no version " + at.version() + ".");
    }
    if (point instanceof ReplayPoint.AsOf asOf && replayed.isEmpty()) {
      throw new ProblemException(
          HttpStatus.NOT_FOUND, Problems.NOT_FOUND,
          type.aggregateType() + " " + id + " did not exist yet at " + asOf.instant() + ".");
    }
    return replayed.orElseThrow();
  }

  private void requireReadable(AuditedType<?> type, String id) {
    Caller caller = Callers.require();
    Reach reach = Jurisdiction.toRead(caller.role());
    if (reach == Reach.NONE) {
      throw new ProblemException(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "Your role may not read histories.");
    }
    type.owner().apply(id)
        .filter(owner -> Jurisdiction.covers(reach, caller, owner.enterpriseId(), owner.townCode()))
        .orElseThrow(() -> ProblemException.notFound(type.aggregateType(), id));
  }

  private static EventHistory.Entry entry(StoredEvent event) {
    return new EventHistory.Entry(
        event.sequence(),
        event.eventId(),
        event.payloadType(),
        event.payloadRevision(),
        EventHash.timestamp(event.timestamp()),
        new EventHistory.Actor(
            event.text(MetadataKeys.ACTOR_USER_ID), event.text(MetadataKeys.ACTOR_ROLE),
            event.text(MetadataKeys.ACTOR_ORG)),
        event.text(MetadataKeys.CORRELATION_ID),
        event.text(MetadataKeys.CAUSATION_ID),
        PayloadJson.read(event.payload()),
        event.prevHash(),
        event.hash());
  }
}
