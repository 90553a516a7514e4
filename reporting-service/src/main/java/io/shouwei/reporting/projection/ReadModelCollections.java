package io.shouwei.reporting.projection;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.util.List;
import java.util.function.LongSupplier;
import org.bson.Document;

/**
 * The collections of one generation of the read models. A rebuild writes a new generation beside
 * the one the queries read, and {@link ReadModelGenerations} switches to it: generation 1 has the
 * plain names ({@code hazards}), generation {@code n > 1} the names with a suffix ({@code
 * hazards_g2}).
 *
 * <p>Stores look their collection up on every operation, so a store bound to {@linkplain
 * #active the active generation} follows a switch at once, and a store bound to {@linkplain #of a
 * fixed generation} writes only there.
 */
public final class ReadModelCollections {

  /** The base name of every collection of a generation. */
  public static final List<String> BASE_NAMES =
      List.of(
          HazardStore.COLLECTION, MineStore.COLLECTION, OrderStore.COLLECTION, CampaignStore.COLLECTION,
          TipStore.COLLECTION, HeldEvents.COLLECTION);

  private final MongoDatabase database;
  private final LongSupplier generation;

  private ReadModelCollections(MongoDatabase database, LongSupplier generation) {
    this.database = database;
    this.generation = generation;
  }

  /** The collections of {@code generation}. */
  public static ReadModelCollections of(MongoDatabase database, long generation) {
    if (generation < 1) {
      throw new IllegalArgumentException("generations count from 1, not " + generation);
    }
    return new ReadModelCollections(database, () -> generation);
  }

  /** The collections of the first generation, the plain names. */
  public static ReadModelCollections first(MongoDatabase database) {
    return of(database, 1);
  }

  /** The collections of whichever generation is active at the time of each operation. */
  public static ReadModelCollections active(MongoDatabase database, ReadModelGenerations generations) {
    return new ReadModelCollections(database, generations::active);
  }

  /** The name of the collection {@code baseName} in {@code generation}. */
  public static String name(String baseName, long generation) {
    return generation == 1 ? baseName : baseName + "_g" + generation;
  }

  /** The collection {@code baseName} of the generation. */
  MongoCollection<Document> get(String baseName) {
    return database.getCollection(name(baseName, generation.getAsLong()));
  }
}
