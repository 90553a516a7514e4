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
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.SerializationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * An object's stored history, the check of its hash chain and its state at a past point, for any
 * audited aggregate type. Readers: whoever may read the object (platform {@link Jurisdiction}:
 * auditors, agencies of the district and administrators every object, a town agency those in its
 * towns, an enterprise its own); an object the caller may not read is answered exactly like a
 * missing one.
 */
@Service
public class AuditService {

  public static final int DEFAULT_PAGE_SIZE = 50;
  public static final int MAX_PAGE_SIZE = 500;

  private final StoredEvents stored;
  private final ChainHeads heads;
  private final EventStore eventStore;

  public AuditService(StoredEvents stored, ChainHeads heads, EventStore eventStore) {
    this.stored = stored;
    this.heads = heads;
    this.eventStore = eventStore;
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
   * them for the aggregate itself (upcast to their current revision; never from a snapshot). 404
   * when the object had no event yet at that point, or has no event at that version; 409 when its
   * stored events do not replay (its {@link #integrity} tells more).
   */
  public <V> PastState<V> stateAt(AuditedType<V> type, String id, ReplayPoint point) {
    requireReadable(type, id);
    Optional<PastState<V>> replayed;
    try {
      replayed = type.fold().upTo(point, eventStore.readEvents(id, 0).asStream());
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
