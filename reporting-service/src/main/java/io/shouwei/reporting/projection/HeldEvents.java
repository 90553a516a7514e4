package io.shouwei.reporting.projection;

import static com.mongodb.client.model.Filters.eq;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import java.util.Optional;
import org.bson.Document;

/**
 * The {@value #COLLECTION} collection: events that arrived before an earlier event of their
 * aggregate (a redelivery out of order), kept as the records that carried them until the gap is
 * filled. One document per aggregate and sequence, so holding the same event twice keeps one copy.
 * A rebuild builds them anew with the other read models (see {@link ReadModelCollections}).
 */
public final class HeldEvents {

  public static final String COLLECTION = "pending_events";

  private final ReadModelCollections collections;

  /** The held events of {@code collections}' generation. */
  public HeldEvents(ReadModelCollections collections) {
    this.collections = collections;
  }

  /** Keeps {@code record}, the event of this aggregate and sequence, until {@link #release}. */
  public void hold(String aggregateType, String aggregateId, long sequence, String type, byte[] record) {
    Document document =
        new Document("_id", key(aggregateType, aggregateId, sequence))
            .append("aggregateType", aggregateType)
            .append("aggregateId", aggregateId)
            .append("sequence", sequence)
            .append("type", type)
            .append("record", new String(record, UTF_8));
    held().replaceOne(eq("_id", document.get("_id")), document, new ReplaceOptions().upsert(true));
  }

  /** The record held for this aggregate and sequence. */
  public Optional<byte[]> find(String aggregateType, String aggregateId, long sequence) {
    return Optional.ofNullable(held().find(eq("_id", key(aggregateType, aggregateId, sequence))).first())
        .map(d -> d.getString("record").getBytes(UTF_8));
  }

  /** Forgets the record held for this aggregate and sequence, if any. */
  public void release(String aggregateType, String aggregateId, long sequence) {
    held().deleteOne(eq("_id", key(aggregateType, aggregateId, sequence)));
  }

  /** How many records are held. */
  public long count() {
    return held().countDocuments();
  }

  private MongoCollection<Document> held() {
    return collections.get(COLLECTION);
  }

  private static String key(String aggregateType, String aggregateId, long sequence) {
    return aggregateType + "/" + aggregateId + "/" + sequence;
  }
}
