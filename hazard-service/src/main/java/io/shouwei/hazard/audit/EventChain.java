package io.shouwei.hazard.audit;

import io.shouwei.hazard.audit.chain.ChainVerifier.Head;
import io.shouwei.hazard.audit.chain.ChainedEvent;
import io.shouwei.hazard.audit.chain.EventHash;
import io.shouwei.hazard.config.MetadataKeys;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.common.Registration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

/**
 * Chains every domain event appended to the event store, whatever its aggregate: gives it the
 * metadata {@code prevHash} and {@code hash} ({@link EventHash}) and records the aggregate's new
 * chain head. It runs as a dispatch interceptor of the event store, which calls it when the unit
 * of work commits, with all the events of the unit of work in order, right before it appends them:
 * so the previous hash is the one of the event before in the same unit of work, or else the one of
 * the aggregate's latest stored event. It also gives each event a time kept to the millisecond.
 *
 * <p>What it hashes is what the store keeps: the payload serialized by the store's own serializer
 * (the store serializes the same payload object again, with the same result), the event's
 * identifier, its aggregate type and sequence, and its time as the store writes it.
 *
 * <p>It refuses (the command fails and stores nothing) to extend a chain whose stored end is not
 * the recorded head: events were deleted or replaced there, and appending would hide it.
 *
 * <p>The event store runs its dispatch interceptors in the order they were registered: one that
 * changes events must be registered before this one, or the stored events no longer match their
 * hashes (there is none today).
 */
public class EventChain {

  private final String unitOfWorkKey = getClass().getName() + "@" + Integer.toHexString(hashCode());
  private final Serializer serializer;
  private final StoredEvents stored;
  private final ChainHeads heads;

  /**
   * @param serializer the event store's event serializer
   */
  public EventChain(Serializer serializer, StoredEvents stored, ChainHeads heads) {
    this.serializer = serializer;
    this.stored = stored;
    this.heads = heads;
  }

  /** Chains every event published on {@code eventStore} from now on. */
  public Registration attachTo(EventBus eventStore) {
    MessageDispatchInterceptor<EventMessage<?>> interceptor =
        messages -> {
          List<EventMessage<?>> chained = chain(messages);
          return (index, message) -> chained.get(index);
        };
    return eventStore.registerDispatchInterceptor(interceptor);
  }

  /** The events with their hashes, in the same order; events of no aggregate pass unchanged. */
  List<EventMessage<?>> chain(List<? extends EventMessage<?>> messages) {
    Map<String, Head> latest = latestOfThisUnitOfWork();
    Map<String, String> touched = new LinkedHashMap<>();
    List<EventMessage<?>> result = new ArrayList<>(messages.size());
    for (EventMessage<?> message : messages) {
      if (message instanceof DomainEventMessage<?> event) {
        DomainEventMessage<?> chained = chain(event, prevHash(event, latest));
        latest.put(event.getAggregateIdentifier(),
            new Head(event.getSequenceNumber(), (String) chained.getMetaData().get(MetadataKeys.HASH)));
        touched.put(event.getAggregateIdentifier(), event.getType());
        result.add(chained);
      } else {
        result.add(message);
      }
    }
    touched.forEach((aggregateId, type) -> heads.record(type, aggregateId, latest.get(aggregateId)));
    return result;
  }

  private String prevHash(DomainEventMessage<?> event, Map<String, Head> latest) {
    long sequence = event.getSequenceNumber();
    if (sequence == 0) {
      return EventHash.GENESIS;
    }
    String aggregateId = event.getAggregateIdentifier();
    Head inThisUnit = latest.get(aggregateId);
    if (inThisUnit != null && inThisUnit.sequence() == sequence - 1) {
      return inThisUnit.hash();
    }
    StoredEvent previous =
        stored.at(aggregateId, sequence - 1)
            .orElseThrow(() -> new IllegalStateException(
                "Cannot chain event " + sequence + " of " + aggregateId + ": event " + (sequence - 1)
                    + " is not stored."));
    // an event stored before events were chained has no hash: the chain restarts after it
    String prevHash = previous.hash() == null ? EventHash.GENESIS : previous.hash();
    heads.find(aggregateId).ifPresent(head -> {
      if (head.sequence() != sequence - 1 || !head.hash().equals(prevHash)) {
        throw new IllegalStateException(
            "Refusing to extend the chain of " + aggregateId + ": its stored events end at event " + (sequence - 1)
                + ", but its chain head records event " + head.sequence() + " with another hash.");
      }
    });
    return prevHash;
  }

  private <T> DomainEventMessage<T> chain(DomainEventMessage<T> event, String prevHash) {
    Instant timestamp = event.getTimestamp().truncatedTo(ChronoUnit.MILLIS);
    SerializedObject<byte[]> payload = serializer.serialize(event.getPayload(), byte[].class);
    ChainedEvent covered =
        ChainFields.of(
            event.getType(),
            event.getAggregateIdentifier(),
            event.getSequenceNumber(),
            event.getIdentifier(),
            payload.getType().getName(),
            payload.getType().getRevision(),
            timestamp,
            payload.getData(),
            event.getMetaData(),
            prevHash);
    Map<String, Object> metadata = new HashMap<>(event.getMetaData());
    metadata.put(MetadataKeys.PREV_HASH, prevHash);
    metadata.put(MetadataKeys.HASH, EventHash.of(covered));
    return new GenericDomainEventMessage<>(
        event.getType(),
        event.getAggregateIdentifier(),
        event.getSequenceNumber(),
        new GenericMessage<>(event.getIdentifier(), event.getPayloadType(), event.getPayload(), metadata),
        timestamp);
  }

  /** The heads chained so far in the current unit of work, by aggregate; a fresh map outside one. */
  private Map<String, Head> latestOfThisUnitOfWork() {
    if (!CurrentUnitOfWork.isStarted()) {
      return new HashMap<>();
    }
    return CurrentUnitOfWork.get().root().getOrComputeResource(unitOfWorkKey, key -> new HashMap<>());
  }
}
