package io.shouwei.reporting.projection;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.bson.Document;

/**
 * The {@value #COLLECTION} collection: events that arrived before an earlier event of their
 * aggregate (a redelivery out of order), kept as the records that carried them until the gap is
 * filled. One document per aggregate and sequence, so holding the same event twice keeps one copy.
 * A rebuild builds them anew with the other read models (see {@link ReadModelCollections}).
 *
 * <p>A {@linkplain #batch batch} reads the held events of its aggregates with one query (none at
 * all are there while nothing is held), holds and releases in memory, and writes the difference
 * with one bulk write.
 */
public final class HeldEvents implements HeldRecords {

  public static final String COLLECTION = "pending_events";

  private static final String AGGREGATE_TYPE = "aggregateType";
  private static final String AGGREGATE_ID = "aggregateId";
  private static final String SEQUENCE = "sequence";
  private static final String RECORD = "record";

  private final ReadModelCollections collections;

  /** The held events of {@code collections}' generation. */
  public HeldEvents(ReadModelCollections collections) {
    this.collections = collections;
  }

  @Override
  public void hold(String aggregateType, String aggregateId, long sequence, String type, byte[] record) {
    Document document = document(aggregateType, aggregateId, sequence, type, record);
    held().replaceOne(eq("_id", document.get("_id")), document, new ReplaceOptions().upsert(true));
  }

  @Override
  public Optional<byte[]> find(String aggregateType, String aggregateId, long sequence) {
    return Optional.ofNullable(held().find(eq("_id", key(aggregateType, aggregateId, sequence))).first())
        .map(HeldEvents::record);
  }

  @Override
  public void release(String aggregateType, String aggregateId, long sequence) {
    held().deleteOne(eq("_id", key(aggregateType, aggregateId, sequence)));
  }

  /** How many records are held. */
  public long count() {
    return held().countDocuments();
  }

  /** A working copy for one batch of events. */
  public Batch batch() {
    return new Batch();
  }

  private MongoCollection<Document> held() {
    return collections.get(COLLECTION);
  }

  private static Document document(String aggregateType, String aggregateId, long sequence, String type, byte[] record) {
    return new Document("_id", key(aggregateType, aggregateId, sequence))
        .append(AGGREGATE_TYPE, aggregateType)
        .append(AGGREGATE_ID, aggregateId)
        .append(SEQUENCE, sequence)
        .append("type", type)
        .append(RECORD, new String(record, UTF_8));
  }

  private static byte[] record(Document held) {
    return held.getString(RECORD).getBytes(UTF_8);
  }

  private static String key(String aggregateType, String aggregateId, long sequence) {
    return aggregateType + "/" + aggregateId + "/" + sequence;
  }

  private static String aggregateKey(String aggregateType, String aggregateId) {
    return aggregateType + "/" + aggregateId;
  }

  /**
   * The held events of some aggregates, read with one query and changed in memory until {@link
   * #write}; an aggregate not loaded is read on its first use.
   */
  public final class Batch implements HeldRecords {

    private final Set<String> loaded = new HashSet<>();
    /** The held events, by {@code _id}, as they will be stored. */
    private final Map<String, Document> held = new HashMap<>();
    /** The {@code _id}s stored when they were read. */
    private final Set<String> stored = new HashSet<>();
    /** The {@code _id}s held in this batch. */
    private final Set<String> holds = new LinkedHashSet<>();

    private Batch() {}

    /** Reads the held events of these aggregates (ids by aggregate type) not read yet, in one query. */
    public void load(Map<String, ? extends Collection<String>> aggregateIdsByType) {
      Set<String> wanted = new HashSet<>();
      Set<String> ids = new HashSet<>();
      aggregateIdsByType.forEach((type, aggregateIds) -> aggregateIds.forEach(id -> {
        String aggregate = aggregateKey(type, id);
        if (!loaded.contains(aggregate)) {
          wanted.add(aggregate);
          ids.add(id);
        }
      }));
      if (wanted.isEmpty()) {
        return;
      }
      held().find(in(AGGREGATE_ID, ids)).forEach(d -> {
        if (wanted.contains(aggregateKey(d.getString(AGGREGATE_TYPE), d.getString(AGGREGATE_ID)))) {
          held.put(d.getString("_id"), d);
          stored.add(d.getString("_id"));
        }
      });
      loaded.addAll(wanted);
    }

    private void load(String aggregateType, String aggregateId) {
      load(Map.of(aggregateType, List.of(aggregateId)));
    }

    @Override
    public void hold(String aggregateType, String aggregateId, long sequence, String type, byte[] record) {
      load(aggregateType, aggregateId);
      Document document = document(aggregateType, aggregateId, sequence, type, record);
      held.put(document.getString("_id"), document);
      holds.add(document.getString("_id"));
    }

    @Override
    public Optional<byte[]> find(String aggregateType, String aggregateId, long sequence) {
      load(aggregateType, aggregateId);
      return Optional.ofNullable(held.get(key(aggregateType, aggregateId, sequence))).map(HeldEvents::record);
    }

    @Override
    public void release(String aggregateType, String aggregateId, long sequence) {
      load(aggregateType, aggregateId);
      String key = key(aggregateType, aggregateId, sequence);
      held.remove(key);
      holds.remove(key);
    }

    /**
     * Releases the held events of {@code aggregateType} that their read model holds already (at or
     * below its {@code lastSequence}): none after events applied in order, but a batch applied again
     * after a write that was cut short leaves some.
     */
    public void releaseApplied(String aggregateType, ToLongFunction<String> lastSequence) {
      List<Document> applied = held.values().stream()
          .filter(d -> d.getString(AGGREGATE_TYPE).equals(aggregateType))
          .filter(d -> BsonValues.longValue(d, SEQUENCE) <= lastSequence.applyAsLong(d.getString(AGGREGATE_ID)))
          .toList();
      applied.forEach(d -> release(aggregateType, d.getString(AGGREGATE_ID), BsonValues.longValue(d, SEQUENCE)));
    }

    /** Stores the events held in this batch and deletes the stored ones it released, in one bulk write. */
    public void write() {
      List<WriteModel<Document>> writes = new ArrayList<>();
      for (String key : holds) {
        writes.add(new ReplaceOneModel<>(eq("_id", key), held.get(key), new ReplaceOptions().upsert(true)));
      }
      for (String key : stored) {
        if (!held.containsKey(key)) {
          writes.add(new DeleteOneModel<>(eq("_id", key)));
        }
      }
      if (!writes.isEmpty()) {
        held().bulkWrite(writes, new BulkWriteOptions().ordered(false));
      }
    }
  }
}
