package io.shouwei.reporting.projection;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import io.shouwei.contracts.EventEnvelope;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.bson.Document;

/**
 * A collection with one document per aggregate, each remembering in {@value #LAST_SEQUENCE} the
 * sequence of the last event applied to it. An event is applied only when it is the next one; a
 * duplicate is {@link ApplyResult#ALREADY_APPLIED}, an event after a gap {@link ApplyResult#AHEAD}.
 *
 * <p>Writes are idempotent without transactions. The first event inserts (a second insert collides
 * on {@code _id}); a later event replaces the document only under the filter {@code {_id,
 * lastSequence: sequence - 1}}, so that a write based on a stale read, or a redelivery that raced
 * with the first delivery, matches nothing and is {@link ApplyResult#ALREADY_APPLIED}.
 *
 * @param <D> the document record
 */
final class SequencedDocuments<D> {

  static final String ID = "_id";
  static final String LAST_SEQUENCE = "lastSequence";
  static final String UPDATED_AT = "updatedAt";

  /** How a document record is stored. */
  interface Codec<D> {
    Document toBson(D document);

    D fromBson(Document bson);

    String id(D document);

    long lastSequence(D document);
  }

  private final Supplier<MongoCollection<Document>> collection;
  private final Codec<D> codec;

  /** @param collection looked up on every operation (see {@link ReadModelCollections}) */
  SequencedDocuments(Supplier<MongoCollection<Document>> collection, Codec<D> codec) {
    this.collection = collection;
    this.codec = codec;
  }

  Optional<D> find(String id) {
    return Optional.ofNullable(collection.get().find(eq(ID, id)).first()).map(codec::fromBson);
  }

  /** Applies {@code event} through {@code change} when it is the aggregate's next event. */
  ApplyResult apply(EventEnvelope<?> event, BiFunction<D, EventEnvelope<?>, D> change) {
    D current = find(event.aggregateId()).orElse(null);
    ApplyResult order = order(current, event);
    return order == ApplyResult.APPLIED ? write(change.apply(current, event)) : order;
  }

  /** See {@link AggregateProjection#passOver}. */
  ApplyResult passOver(EventEnvelope<?> event) {
    D current = find(event.aggregateId()).orElse(null);
    if (current == null) {
      return event.sequence() == 0 ? ApplyResult.IGNORED : ApplyResult.AHEAD;
    }
    ApplyResult order = order(current, event);
    if (order != ApplyResult.APPLIED) {
      return order;
    }
    long matched =
        collection
            .get()
            .updateOne(
                and(eq(ID, event.aggregateId()), eq(LAST_SEQUENCE, event.sequence() - 1)),
                combine(set(LAST_SEQUENCE, event.sequence()), set(UPDATED_AT, BsonValues.date(event.occurredAt()))))
            .getMatchedCount();
    return matched == 1 ? ApplyResult.APPLIED : ApplyResult.ALREADY_APPLIED;
  }

  /**
   * Stores {@code next}, the document after the event of its {@code lastSequence}, unless the stored
   * document is not at the sequence before.
   */
  ApplyResult write(D next) {
    long sequence = codec.lastSequence(next);
    Document bson = codec.toBson(next);
    if (sequence == 0) {
      try {
        collection.get().insertOne(bson);
        return ApplyResult.APPLIED;
      } catch (MongoWriteException e) {
        if (ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY) {
          return ApplyResult.ALREADY_APPLIED;
        }
        throw e;
      }
    }
    long matched =
        collection.get().replaceOne(and(eq(ID, codec.id(next)), eq(LAST_SEQUENCE, sequence - 1)), bson).getMatchedCount();
    return matched == 1 ? ApplyResult.APPLIED : ApplyResult.ALREADY_APPLIED;
  }

  /** {@link ApplyResult#APPLIED} when {@code event} is the next one after {@code current}. */
  private ApplyResult order(D current, EventEnvelope<?> event) {
    long last = current == null ? -1 : codec.lastSequence(current);
    if (event.sequence() <= last) {
      return ApplyResult.ALREADY_APPLIED;
    }
    return event.sequence() == last + 1 ? ApplyResult.APPLIED : ApplyResult.AHEAD;
  }
}
