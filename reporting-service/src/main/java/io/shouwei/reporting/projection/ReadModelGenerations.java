package io.shouwei.reporting.projection;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;

/**
 * Which generation of the read models the queries and the live consumer use: the document {@value
 * #ACTIVE_ID} of the {@value #COLLECTION} collection, read once at start and kept in memory, so
 * that every store operation resolves its collection without a round trip. {@link #activate}
 * writes the document and the memory together; from then on every store bound to {@link
 * ReadModelCollections#active} uses the new generation. Without the document, generation 1 is
 * active.
 */
public final class ReadModelGenerations {

  public static final String COLLECTION = "read_model_generation";
  static final String ACTIVE_ID = "active";

  private final MongoDatabase database;
  private final MongoCollection<Document> documents;
  private volatile long active;

  public ReadModelGenerations(MongoDatabase database) {
    this.database = database;
    this.documents = database.getCollection(COLLECTION);
    Document stored = documents.find(eq("_id", ACTIVE_ID)).first();
    this.active = stored == null ? 1 : stored.get("generation", Number.class).longValue();
  }

  /** The generation the queries read and the live consumer writes. */
  public long active() {
    return active;
  }

  /** Makes {@code generation} the active one, in the database and for this process. */
  public synchronized void activate(long generation, Instant at) {
    documents.replaceOne(
        eq("_id", ACTIVE_ID),
        new Document("_id", ACTIVE_ID).append("generation", generation).append("activatedAt", Date.from(at)),
        new ReplaceOptions().upsert(true));
    active = generation;
  }

  /** Drops every collection of {@code generation}; refuses the active one. */
  public void drop(long generation) {
    if (generation == active) {
      throw new IllegalStateException("generation " + generation + " is the active one");
    }
    ReadModelCollections.BASE_NAMES.forEach(
        base -> database.getCollection(ReadModelCollections.name(base, generation)).drop());
  }
}
