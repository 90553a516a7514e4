package io.shouwei.reporting.projection;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.WriteModel;
import io.shouwei.contracts.EventEnvelope;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * <p>{@link #batch} applies many events to a working copy of their documents, read with one query
 * and written with one bulk write under the same guard (see {@link ProjectionBatch}).
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
    return order(current == null ? -1 : codec.lastSequence(current), event);
  }

  /** {@link ApplyResult#APPLIED} when {@code event} is the next one after the sequence {@code last}. */
  private static ApplyResult order(long last, EventEnvelope<?> event) {
    if (event.sequence() <= last) {
      return ApplyResult.ALREADY_APPLIED;
    }
    return event.sequence() == last + 1 ? ApplyResult.APPLIED : ApplyResult.AHEAD;
  }

  /** A working copy for a batch of events, whose known events {@code change} applies. */
  Batch batch(BiFunction<D, EventEnvelope<?>, D> change) {
    return new Batch(change);
  }

  /**
   * The working copy of a batch: the documents as they are stored, each event applied as {@link
   * #apply} and {@link #passOver} apply it (read the document, change it, store it), with the
   * store being this copy until {@link #write}.
   */
  final class Batch implements ProjectionBatch {

    private final BiFunction<D, EventEnvelope<?>, D> change;
    private final Set<String> loaded = new HashSet<>();
    /** The working documents, in their stored form; an id that was read and has none is absent. */
    private final Map<String, Document> documents = new HashMap<>();
    /** The {@value #LAST_SEQUENCE} of each document that was stored when it was read. */
    private final Map<String, Long> storedSequences = new HashMap<>();
    private final Set<String> changed = new LinkedHashSet<>();

    private Batch(BiFunction<D, EventEnvelope<?>, D> change) {
      this.change = change;
    }

    @Override
    public void load(Collection<String> aggregateIds) {
      List<String> missing = aggregateIds.stream().filter(id -> !loaded.contains(id)).distinct().toList();
      if (missing.isEmpty()) {
        return;
      }
      collection.get().find(in(ID, missing)).forEach(d -> {
        documents.put(d.getString(ID), d);
        storedSequences.put(d.getString(ID), BsonValues.longValue(d, LAST_SEQUENCE));
      });
      loaded.addAll(missing);
    }

    /** The working document of {@code id}, read first when it is not. */
    private Document document(String id) {
      if (!loaded.contains(id)) {
        load(List.of(id));
      }
      return documents.get(id);
    }

    Optional<D> find(String id) {
      return Optional.ofNullable(document(id)).map(codec::fromBson);
    }

    @Override
    public ApplyResult project(EventEnvelope<?> event) {
      D current = find(event.aggregateId()).orElse(null);
      ApplyResult order = order(current, event);
      if (order == ApplyResult.APPLIED) {
        D next = change.apply(current, event);
        documents.put(codec.id(next), codec.toBson(next));
        changed.add(codec.id(next));
      }
      return order;
    }

    @Override
    public ApplyResult passOver(EventEnvelope<?> event) {
      Document current = document(event.aggregateId());
      if (current == null) {
        return event.sequence() == 0 ? ApplyResult.IGNORED : ApplyResult.AHEAD;
      }
      ApplyResult order = order(BsonValues.longValue(current, LAST_SEQUENCE), event);
      if (order == ApplyResult.APPLIED) {
        current.put(LAST_SEQUENCE, event.sequence());
        current.put(UPDATED_AT, BsonValues.date(event.occurredAt()));
        changed.add(event.aggregateId());
      }
      return order;
    }

    /** Sets one field of a working document, as an update of that field alone would. */
    void set(String id, String field, Object value) {
      Document current = document(id);
      if (current == null) {
        throw new IllegalArgumentException("no document " + id);
      }
      current.put(field, value);
      changed.add(id);
    }

    @Override
    public long lastSequence(String aggregateId) {
      Document current = document(aggregateId);
      return current == null ? -1 : BsonValues.longValue(current, LAST_SEQUENCE);
    }

    /**
     * Inserts the new documents and replaces the changed ones under the filter {@code {_id,
     * lastSequence: the sequence read}}, in one unordered bulk write.
     */
    @Override
    public boolean write() {
      List<WriteModel<Document>> writes = new ArrayList<>(changed.size());
      int replacements = 0;
      for (String id : changed) {
        Document document = documents.get(id);
        Long stored = storedSequences.get(id);
        if (stored == null) {
          writes.add(new InsertOneModel<>(document));
        } else {
          writes.add(new ReplaceOneModel<>(and(eq(ID, id), eq(LAST_SEQUENCE, stored)), document));
          replacements++;
        }
      }
      if (writes.isEmpty()) {
        return true;
      }
      try {
        return collection.get().bulkWrite(writes, new BulkWriteOptions().ordered(false)).getMatchedCount()
            == replacements;
      } catch (MongoBulkWriteException e) {
        if (e.getWriteConcernError() == null && e.getWriteErrors().stream().allMatch(Batch::isDuplicateKey)) {
          return false;
        }
        throw e;
      }
    }

    private static boolean isDuplicateKey(BulkWriteError error) {
      return ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY;
    }
  }
}
