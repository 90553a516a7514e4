package io.shouwei.reporting.projection;

import static io.shouwei.reporting.projection.BsonValues.date;
import static io.shouwei.reporting.projection.BsonValues.enumValue;
import static io.shouwei.reporting.projection.BsonValues.instant;
import static io.shouwei.reporting.projection.BsonValues.longValue;
import static io.shouwei.reporting.projection.BsonValues.name;
import static io.shouwei.reporting.projection.BsonValues.strings;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.Indexes;
import io.shouwei.contracts.AggregateTypes;
import io.shouwei.contracts.EventEnvelope;
import io.shouwei.contracts.EventTypes;
import io.shouwei.contracts.mine.MineRegistered;
import io.shouwei.contracts.mine.MineType;
import io.shouwei.contracts.mine.ProductionStatus;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The {@value #COLLECTION} read model in MongoDB, one document per mine, applied in sequence order
 * (see {@link SequencedDocuments}). A registration also gives the mine's type to the hazards of the
 * mine that arrived before it (see {@link HazardStore}); a {@linkplain #batch batch} does so for all
 * its registrations after it has written its mines.
 */
public final class MineStore implements AggregateProjection {

  public static final String COLLECTION = "mines";

  public static final String ID = SequencedDocuments.ID;
  public static final String NAME = "name";
  public static final String ENTERPRISE = "enterpriseId";
  public static final String ENTERPRISE_NAME = "enterpriseName";
  public static final String TOWN = "townCode";
  public static final String TYPE = "type";
  public static final String PRODUCTION_STATUS = "productionStatus";
  public static final String UPDATED_AT = SequencedDocuments.UPDATED_AT;
  static final String LAST_SEQUENCE = SequencedDocuments.LAST_SEQUENCE;

  /** The indexes of the searches: each caller scope (town, enterprise) with the default order, and each filter. */
  static final List<Bson> INDEXES =
      List.of(
          Indexes.compoundIndex(Indexes.ascending(TOWN), Indexes.ascending(NAME)),
          Indexes.compoundIndex(Indexes.ascending(ENTERPRISE), Indexes.ascending(NAME)),
          Indexes.ascending(NAME),
          Indexes.compoundIndex(Indexes.ascending(TYPE), Indexes.ascending(PRODUCTION_STATUS)),
          Indexes.ascending(PRODUCTION_STATUS));

  private static final Map<String, Class<?>> EVENT_TYPES =
      MineProjection.PAYLOADS.stream()
          .collect(Collectors.toUnmodifiableMap(p -> EventTypes.of(p).name(), Function.identity()));

  private final ReadModelCollections collections;
  private final SequencedDocuments<MineDocument> documents;
  private final HazardStore hazards;

  /** The store of {@code collections}' generation; {@code hazards} must be of the same one. */
  public MineStore(ReadModelCollections collections, HazardStore hazards) {
    this.collections = collections;
    this.documents = new SequencedDocuments<>(this::mines, new Codec());
    this.hazards = hazards;
  }

  /** Creates the search indexes unless they exist, in one request. */
  public void ensureIndexes() {
    mines().createIndexes(INDEXES.stream().map(IndexModel::new).toList());
  }

  @Override
  public String aggregateType() {
    return AggregateTypes.MINE;
  }

  @Override
  public Map<String, Class<?>> eventTypes() {
    return EVENT_TYPES;
  }

  /**
   * Applies a mine event. After a registration, applied now or before (a redelivery after a crash
   * between the two writes), the mine's hazards without a type get it.
   */
  @Override
  public ApplyResult project(EventEnvelope<?> event) {
    ApplyResult result = documents.apply(event, MineProjection::apply);
    if (event.payload() instanceof MineRegistered registered && result != ApplyResult.AHEAD) {
      hazards.fillMineType(registered.mineId(), registered.type());
    }
    return result;
  }

  @Override
  public ApplyResult passOver(EventEnvelope<?> event) {
    return documents.passOver(event);
  }

  @Override
  public ProjectionBatch batch() {
    return new Batch();
  }

  public Optional<MineDocument> find(String mineId) {
    return documents.find(mineId);
  }

  /** The first mine matching {@code filter}. */
  public Optional<MineDocument> findOne(Bson filter) {
    return Optional.ofNullable(mines().find(filter).first()).map(Codec::read);
  }

  /** One page of the mines matching {@code filter}, in {@code sort} order. */
  public List<MineDocument> search(Bson filter, Bson sort, int skip, int limit) {
    return mines().find(filter).sort(sort).skip(skip).limit(limit).map(Codec::read).into(new ArrayList<>());
  }

  /** Every document matching {@code filter}, in {@code sort} order. */
  public List<MineDocument> all(Bson filter, Bson sort) {
    return mines().find(filter).sort(sort).map(Codec::read).into(new ArrayList<>());
  }

  public long count(Bson filter) {
    return mines().countDocuments(filter);
  }

  private MongoCollection<Document> mines() {
    return collections.get(COLLECTION);
  }

  /**
   * The working copy of a batch. The registrations that are not ahead, applied now or before, give
   * their type to the mine's hazards without one once the mines are written.
   */
  private final class Batch implements ProjectionBatch {

    private final SequencedDocuments<MineDocument>.Batch working = documents.batch(MineProjection::apply);
    private final Map<String, MineType> registered = new LinkedHashMap<>();

    @Override
    public void load(Collection<String> aggregateIds) {
      working.load(aggregateIds);
    }

    @Override
    public ApplyResult project(EventEnvelope<?> event) {
      ApplyResult result = working.project(event);
      if (event.payload() instanceof MineRegistered r && r.type() != null && result != ApplyResult.AHEAD) {
        registered.put(r.mineId(), r.type());
      }
      return result;
    }

    @Override
    public ApplyResult passOver(EventEnvelope<?> event) {
      return working.passOver(event);
    }

    @Override
    public long lastSequence(String aggregateId) {
      return working.lastSequence(aggregateId);
    }

    @Override
    public boolean write() {
      if (!working.write()) {
        return false;
      }
      hazards.fillMineTypes(registered);
      return true;
    }
  }

  /** The stored form of a {@link MineDocument}. */
  static final class Codec implements SequencedDocuments.Codec<MineDocument> {

    @Override
    public Document toBson(MineDocument m) {
      return new Document(ID, m.id())
          .append(NAME, m.name())
          .append(ENTERPRISE, m.enterpriseId())
          .append(ENTERPRISE_NAME, m.enterpriseName())
          .append(TOWN, m.townCode())
          .append(TYPE, name(m.type()))
          .append(PRODUCTION_STATUS, name(m.productionStatus()))
          .append("stoppingOrders", m.stoppingOrders())
          .append("closedReason", m.closedReason())
          .append(LAST_SEQUENCE, m.lastSequence())
          .append(UPDATED_AT, date(m.updatedAt()));
    }

    @Override
    public MineDocument fromBson(Document d) {
      return read(d);
    }

    @Override
    public String id(MineDocument m) {
      return m.id();
    }

    @Override
    public long lastSequence(MineDocument m) {
      return m.lastSequence();
    }

    static MineDocument read(Document d) {
      return new MineDocument(
          d.getString(ID),
          d.getString(NAME),
          d.getString(ENTERPRISE),
          d.getString(ENTERPRISE_NAME),
          d.getString(TOWN),
          enumValue(d, TYPE, MineType.class),
          enumValue(d, PRODUCTION_STATUS, ProductionStatus.class),
          strings(d, "stoppingOrders"),
          d.getString("closedReason"),
          longValue(d, LAST_SEQUENCE),
          instant(d, UPDATED_AT));
    }
  }
}
