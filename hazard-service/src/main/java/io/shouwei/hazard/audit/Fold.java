package io.shouwei.hazard.audit;

import java.util.Iterator;
import java.util.Optional;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * How an object's state follows from its events: the state after its first event, then the state
 * after each next one. Pure: it reads the event's payload, sequence, time and metadata, nothing else.
 *
 * @param <V> the state
 */
public interface Fold<V> {

  /**
   * The state after the object's first event.
   *
   * @throws IllegalArgumentException if {@code event} cannot be an object's first event
   */
  V first(DomainEventMessage<?> event);

  /**
   * The state after {@code event}.
   *
   * @throws IllegalArgumentException if {@code event} cannot follow
   */
  V next(V state, DomainEventMessage<?> event);

  /**
   * The state after the last of {@code events} (in sequence order) that {@code point} includes;
   * empty when it includes none. Stops at the first event beyond the point.
   *
   * @throws IllegalArgumentException if the events do not fold
   */
  default Optional<PastState<V>> upTo(ReplayPoint point, Stream<? extends DomainEventMessage<?>> events) {
    return upTo(point, null, events);
  }

  /**
   * The state after the last of {@code events} that {@code point} includes, folded on from
   * {@code from} (the state after the event before the first of {@code events}); {@code from}
   * itself when the point includes none of them, empty when there is neither. Stops at the first
   * event beyond the point.
   *
   * @param from the state to fold on from, or {@code null} when {@code events} begin with the
   *     object's first event
   * @throws IllegalArgumentException if the events do not fold
   */
  default Optional<PastState<V>> upTo(
      ReplayPoint point, PastState<V> from, Stream<? extends DomainEventMessage<?>> events) {
    V state = from == null ? null : from.state();
    long version = from == null ? -1 : from.version();
    Iterator<? extends DomainEventMessage<?>> it = events.iterator();
    while (it.hasNext()) {
      DomainEventMessage<?> event = it.next();
      if (!point.includes(event.getSequenceNumber(), event.getTimestamp())) {
        break;
      }
      state = state == null ? first(event) : next(state, event);
      version = event.getSequenceNumber();
    }
    return state == null ? Optional.empty() : Optional.of(new PastState<>(state, version));
  }
}
