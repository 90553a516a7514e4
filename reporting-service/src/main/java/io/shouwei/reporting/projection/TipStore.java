package io.shouwei.reporting.projection;

import static io.shouwei.reporting.projection.BsonValues.date;
import static io.shouwei.reporting.projection.BsonValues.enumValue;
import static io.shouwei.reporting.projection.BsonValues.instant;
import static io.shouwei.reporting.projection.BsonValues.longValue;
import static io.shouwei.reporting.projection.BsonValues.name;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.Indexes;
import io.shouwei.contracts.AggregateTypes;
import io.shouwei.contracts.EventEnvelope;
import io.shouwei.contracts.EventTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The {@value #COLLECTION} read model in MongoDB, one status-only document per tip (see {@link
 * TipDocument}), applied in sequence order (see {@link SequencedDocuments}).
 */
public final class TipStore implements AggregateProjection {

  public static final String COLLECTION = "tips";

  public static final String ID = SequencedDocuments.ID;
  public static final String STATUS = "status";
  public static final String TOWN = "townCode";
  public static final String RECEIVED_AT = "receivedAt";
  public static final String TRIAGED_AT = "triagedAt";
  public static final String UPDATED_AT = SequencedDocuments.UPDATED_AT;
  static final String LAST_SEQUENCE = SequencedDocuments.LAST_SEQUENCE;

  static final List<Bson> INDEXES =
      List.of(
          Indexes.compoundIndex(Indexes.ascending(TOWN), Indexes.descending(RECEIVED_AT)),
          Indexes.compoundIndex(Indexes.ascending(STATUS), Indexes.descending(RECEIVED_AT)),
          Indexes.descending(RECEIVED_AT));

  private static final Map<String, Class<?>> EVENT_TYPES =
      TipProjection.PAYLOADS.stream()
          .collect(Collectors.toUnmodifiableMap(p -> EventTypes.of(p).name(), Function.identity()));

  private final ReadModelCollections collections;
  private final SequencedDocuments<TipDocument> documents;

  /** The store of {@code collections}' generation. */
  public TipStore(ReadModelCollections collections) {
    this.collections = collections;
    this.documents = new SequencedDocuments<>(this::tips, new Codec());
  }

  /** Creates the search indexes unless they exist, in one request. */
  public void ensureIndexes() {
    tips().createIndexes(INDEXES.stream().map(IndexModel::new).toList());
  }

  @Override
  public String aggregateType() {
    return AggregateTypes.TIP;
  }

  @Override
  public Map<String, Class<?>> eventTypes() {
    return EVENT_TYPES;
  }

  @Override
  public ApplyResult project(EventEnvelope<?> event) {
    return documents.apply(event, TipProjection::apply);
  }

  @Override
  public ApplyResult passOver(EventEnvelope<?> event) {
    return documents.passOver(event);
  }

  @Override
  public ProjectionBatch batch() {
    return documents.batch(TipProjection::apply);
  }

  public Optional<TipDocument> find(String tipId) {
    return documents.find(tipId);
  }

  /** One page of the tips matching {@code filter}, in {@code sort} order. */
  public List<TipDocument> search(Bson filter, Bson sort, int skip, int limit) {
    return tips().find(filter).sort(sort).skip(skip).limit(limit).map(Codec::read).into(new ArrayList<>());
  }

  public long count(Bson filter) {
    return tips().countDocuments(filter);
  }

  private MongoCollection<Document> tips() {
    return collections.get(COLLECTION);
  }

  /** The stored form of a {@link TipDocument}. */
  static final class Codec implements SequencedDocuments.Codec<TipDocument> {

    @Override
    public Document toBson(TipDocument t) {
      return new Document(ID, t.id())
          .append(STATUS, name(t.status()))
          .append(TOWN, t.townCode())
          .append(RECEIVED_AT, date(t.receivedAt()))
          .append(TRIAGED_AT, date(t.triagedAt()))
          .append("hazardId", t.hazardId())
          .append(LAST_SEQUENCE, t.lastSequence())
          .append(UPDATED_AT, date(t.updatedAt()));
    }

    @Override
    public TipDocument fromBson(Document d) {
      return read(d);
    }

    @Override
    public String id(TipDocument t) {
      return t.id();
    }

    @Override
    public long lastSequence(TipDocument t) {
      return t.lastSequence();
    }

    static TipDocument read(Document d) {
      return new TipDocument(
          d.getString(ID),
          enumValue(d, STATUS, TipStatus.class),
          d.getString(TOWN),
          instant(d, RECEIVED_AT),
          instant(d, TRIAGED_AT),
          d.getString("hazardId"),
          longValue(d, LAST_SEQUENCE),
          instant(d, UPDATED_AT));
    }
  }
}
