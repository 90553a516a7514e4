package io.shouwei.reporting.projection;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Updates.set;
import static io.shouwei.reporting.projection.BsonValues.actor;
import static io.shouwei.reporting.projection.BsonValues.bigDecimal;
import static io.shouwei.reporting.projection.BsonValues.date;
import static io.shouwei.reporting.projection.BsonValues.decimal;
import static io.shouwei.reporting.projection.BsonValues.enumValue;
import static io.shouwei.reporting.projection.BsonValues.instant;
import static io.shouwei.reporting.projection.BsonValues.integer;
import static io.shouwei.reporting.projection.BsonValues.longValue;
import static io.shouwei.reporting.projection.BsonValues.name;
import static io.shouwei.reporting.projection.BsonValues.strings;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateManyModel;
import com.mongodb.client.model.WriteModel;
import io.shouwei.contracts.AggregateTypes;
import io.shouwei.contracts.EventEnvelope;
import io.shouwei.contracts.EventTypes;
import io.shouwei.contracts.hazard.HazardLevel;
import io.shouwei.contracts.hazard.HazardSource;
import io.shouwei.contracts.mine.MineType;
import io.shouwei.reporting.projection.HazardDocument.PendingExtension;
import io.shouwei.reporting.projection.HazardDocument.Plan;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The {@value #COLLECTION} read model in MongoDB, one document per hazard, applied in sequence
 * order (see {@link SequencedDocuments}).
 *
 * <p>A hazard shows its mine's type, which the mine's registration fixes for good. The mine's events
 * may be on another partition and arrive later than the hazard's report; so every write of a hazard
 * without a type is followed by a look at the mines read model, and every registration of a mine by
 * a fill-in of its hazards without a type ({@link #fillMineType}). Each side writes before it reads
 * the other, so one of them sees the other's write, whatever the order: the result is the same on
 * every delivery and every rebuild. A {@linkplain #batch batch} keeps the same order: it writes its
 * hazards, then looks up the mines of those still without a type; a batch of mine events writes its
 * mines, then fills in their hazards (see {@link MineStore}).
 */
public final class HazardStore implements AggregateProjection {

  public static final String COLLECTION = "hazards";

  public static final String ID = SequencedDocuments.ID;
  public static final String NUMBER = "number";
  public static final String MINE = "mineId";
  public static final String MINE_TYPE = "mineType";
  public static final String ENTERPRISE = "enterpriseId";
  public static final String TOWN = "townCode";
  public static final String CAMPAIGN = "campaignId";
  public static final String SOURCE = "source";
  public static final String TITLE = "title";
  public static final String DESCRIPTION = "description";
  public static final String LOCATION = "location";
  public static final String DISCOVERED_AT = "discoveredAt";
  public static final String REPORTED_AT = "reportedAt";
  public static final String STATUS = "status";
  public static final String LEVEL = "level";
  public static final String DEADLINE = "deadline";
  public static final String PROGRESS = "progressPercent";
  public static final String SIGNED_OFF_AT = "signedOffAt";
  public static final String TIMES_REOPENED = "timesReopened";
  public static final String UPDATED_AT = SequencedDocuments.UPDATED_AT;
  static final String LAST_SEQUENCE = SequencedDocuments.LAST_SEQUENCE;

  /** The indexes of the searches: each caller scope (town, enterprise) with the default order, and each filter. */
  static final List<Bson> INDEXES =
      List.of(
          Indexes.compoundIndex(Indexes.ascending(TOWN), Indexes.descending(REPORTED_AT)),
          Indexes.compoundIndex(Indexes.ascending(ENTERPRISE), Indexes.descending(REPORTED_AT)),
          Indexes.descending(REPORTED_AT),
          Indexes.ascending(MINE),
          Indexes.compoundIndex(Indexes.ascending(STATUS), Indexes.ascending(DEADLINE)),
          Indexes.ascending(DEADLINE),
          Indexes.compoundIndex(Indexes.ascending(CAMPAIGN), Indexes.ascending(TOWN)),
          Indexes.compoundIndex(Indexes.ascending(LEVEL), Indexes.ascending(STATUS)),
          Indexes.ascending(SOURCE),
          Indexes.ascending(NUMBER));

  private static final Map<String, Class<?>> EVENT_TYPES =
      HazardProjection.PAYLOADS.stream()
          .collect(Collectors.toUnmodifiableMap(p -> EventTypes.of(p).name(), Function.identity()));

  private final ReadModelCollections collections;
  private final SequencedDocuments<HazardDocument> documents;

  /** The store of {@code collections}' generation. */
  public HazardStore(ReadModelCollections collections) {
    this.collections = collections;
    this.documents = new SequencedDocuments<>(this::hazards, new Codec());
  }

  /** Creates the search indexes unless they exist, in one request. */
  public void ensureIndexes() {
    hazards().createIndexes(INDEXES.stream().map(IndexModel::new).toList());
  }

  @Override
  public String aggregateType() {
    return AggregateTypes.HAZARD;
  }

  @Override
  public Map<String, Class<?>> eventTypes() {
    return EVENT_TYPES;
  }

  @Override
  public ApplyResult project(EventEnvelope<?> event) {
    ApplyResult result = documents.apply(event, HazardProjection::apply);
    if (result != ApplyResult.AHEAD) {
      find(event.aggregateId()).filter(h -> h.mineType() == null).ifPresent(this::fillMineTypeFromItsMine);
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

  public Optional<HazardDocument> find(String hazardId) {
    return documents.find(hazardId);
  }

  /** The first hazard matching {@code filter}. */
  public Optional<HazardDocument> findOne(Bson filter) {
    return Optional.ofNullable(hazards().find(filter).first()).map(Codec::read);
  }

  /** One page of the hazards matching {@code filter}, in {@code sort} order. */
  public List<HazardDocument> search(Bson filter, Bson sort, int skip, int limit) {
    return hazards().find(filter).sort(sort).skip(skip).limit(limit).map(Codec::read).into(new ArrayList<>());
  }

  /** Every document matching {@code filter}, in {@code sort} order. */
  public List<HazardDocument> all(Bson filter, Bson sort) {
    return hazards().find(filter).sort(sort).map(Codec::read).into(new ArrayList<>());
  }

  public long count(Bson filter) {
    return hazards().countDocuments(filter);
  }

  /** Gives the mine's type to its hazards that have none yet. */
  void fillMineType(String mineId, MineType type) {
    hazards().updateMany(and(eq(MINE, mineId), eq(MINE_TYPE, null)), set(MINE_TYPE, name(type)));
  }

  /** Gives each mine's type to its hazards that have none yet: one update per type, in one bulk write. */
  void fillMineTypes(Map<String, MineType> typesByMine) {
    Map<MineType, List<String>> minesByType = new EnumMap<>(MineType.class);
    typesByMine.forEach((mine, type) -> minesByType.computeIfAbsent(type, t -> new ArrayList<>()).add(mine));
    setMineTypes(minesByType, MINE);
  }

  /** Sets each type on the hazards without one whose {@code field} is one of its ids. */
  private void setMineTypes(Map<MineType, List<String>> idsByType, String field) {
    List<WriteModel<Document>> updates = new ArrayList<>();
    idsByType.forEach(
        (type, ids) -> updates.add(new UpdateManyModel<>(and(in(field, ids), eq(MINE_TYPE, null)), set(MINE_TYPE, name(type)))));
    if (!updates.isEmpty()) {
      hazards().bulkWrite(updates, new BulkWriteOptions().ordered(false));
    }
  }

  /** The registered type of each of these mines, by mine; a mine not registered is absent. */
  private Map<String, MineType> mineTypes(Collection<String> mineIds) {
    Map<String, MineType> types = new HashMap<>();
    if (!mineIds.isEmpty()) {
      collections.get(MineStore.COLLECTION).find(in(ID, mineIds)).projection(Projections.include(MineStore.TYPE))
          .forEach(mine -> {
            MineType type = enumValue(mine, MineStore.TYPE, MineType.class);
            if (type != null) {
              types.put(mine.getString(ID), type);
            }
          });
    }
    return types;
  }

  private void fillMineTypeFromItsMine(HazardDocument hazard) {
    Document mine = collections.get(MineStore.COLLECTION).find(eq(ID, hazard.mineId())).projection(Projections.include(MineStore.TYPE)).first();
    MineType type = mine == null ? null : enumValue(mine, MineStore.TYPE, MineType.class);
    if (type != null) {
      hazards().updateOne(and(eq(ID, hazard.id()), eq(MINE_TYPE, null)), set(MINE_TYPE, name(type)));
    }
  }

  private MongoCollection<Document> hazards() {
    return collections.get(COLLECTION);
  }

  /**
   * The working copy of a batch. Like {@link #project}, every event that is not ahead leaves its
   * hazard to be given its mine's type if it has none; {@link #write} gives it from the mines
   * stored before the write (in the documents it writes), and again from the mines stored after
   * it (with an update of the hazards still without), so that a mine registered meanwhile is seen.
   */
  private final class Batch implements ProjectionBatch {

    private final SequencedDocuments<HazardDocument>.Batch working = documents.batch(HazardProjection::apply);
    private final Set<String> withoutMineType = new LinkedHashSet<>();

    @Override
    public void load(Collection<String> aggregateIds) {
      working.load(aggregateIds);
    }

    @Override
    public ApplyResult project(EventEnvelope<?> event) {
      ApplyResult result = working.project(event);
      if (result != ApplyResult.AHEAD) {
        working.find(event.aggregateId()).filter(h -> h.mineType() == null).ifPresent(h -> withoutMineType.add(h.id()));
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
      Map<String, String> mines = minesOfHazardsWithoutType();
      Map<String, MineType> before = mineTypes(mines.values());
      mines.forEach((hazard, mine) -> {
        if (before.containsKey(mine)) {
          working.set(hazard, MINE_TYPE, name(before.get(mine)));
        }
      });
      if (!working.write()) {
        return false;
      }
      Map<String, String> stillWithout = minesOfHazardsWithoutType();
      Map<String, MineType> after = mineTypes(stillWithout.values());
      Map<MineType, List<String>> hazardsByType = new EnumMap<>(MineType.class);
      stillWithout.forEach((hazard, mine) -> {
        if (after.containsKey(mine)) {
          hazardsByType.computeIfAbsent(after.get(mine), t -> new ArrayList<>()).add(hazard);
        }
      });
      setMineTypes(hazardsByType, ID);
      return true;
    }

    /** The mine of each hazard of {@link #withoutMineType} whose working document has no type yet. */
    private Map<String, String> minesOfHazardsWithoutType() {
      Map<String, String> mines = new HashMap<>();
      for (String id : withoutMineType) {
        working.find(id)
            .filter(h -> h.mineType() == null && h.mineId() != null)
            .ifPresent(h -> mines.put(h.id(), h.mineId()));
      }
      return mines;
    }
  }

  /** The stored form of a {@link HazardDocument}. */
  static final class Codec implements SequencedDocuments.Codec<HazardDocument> {

    @Override
    public Document toBson(HazardDocument h) {
      return new Document(ID, h.id())
          .append(NUMBER, h.number())
          .append(MINE, h.mineId())
          .append(MINE_TYPE, name(h.mineType()))
          .append(ENTERPRISE, h.enterpriseId())
          .append(TOWN, h.townCode())
          .append(CAMPAIGN, h.campaignId())
          .append(SOURCE, name(h.source()))
          .append("category", h.category())
          .append(TITLE, h.title())
          .append(DESCRIPTION, h.description())
          .append(LOCATION, h.location())
          .append(DISCOVERED_AT, date(h.discoveredAt()))
          .append(REPORTED_AT, date(h.reportedAt()))
          .append("reportedBy", actor(h.reportedBy()))
          .append(STATUS, name(h.status()))
          .append(LEVEL, name(h.level()))
          .append("suggestedLevel", name(h.suggestedLevel()))
          .append("suggestedCriteria", h.suggestedCriteria())
          .append("citedCriteria", h.citedCriteria())
          .append("classifiedLevel", name(h.classifiedLevel()))
          .append("criteria", h.criteria())
          .append("plan", plan(h.plan()))
          .append(DEADLINE, date(h.deadline()))
          .append("pendingExtension", extension(h.pendingExtension()))
          .append(PROGRESS, h.progressPercent())
          .append(SIGNED_OFF_AT, date(h.signedOffAt()))
          .append(TIMES_REOPENED, h.timesReopened())
          .append(LAST_SEQUENCE, h.lastSequence())
          .append(UPDATED_AT, date(h.updatedAt()));
    }

    @Override
    public HazardDocument fromBson(Document d) {
      return read(d);
    }

    @Override
    public String id(HazardDocument h) {
      return h.id();
    }

    @Override
    public long lastSequence(HazardDocument h) {
      return h.lastSequence();
    }

    static HazardDocument read(Document d) {
      return new HazardDocument(
          d.getString(ID),
          d.getString(NUMBER),
          d.getString(MINE),
          enumValue(d, MINE_TYPE, MineType.class),
          d.getString(ENTERPRISE),
          d.getString(TOWN),
          d.getString(CAMPAIGN),
          enumValue(d, SOURCE, HazardSource.class),
          d.getString("category"),
          d.getString(TITLE),
          d.getString(DESCRIPTION),
          d.getString(LOCATION),
          instant(d, DISCOVERED_AT),
          instant(d, REPORTED_AT),
          actor(d, "reportedBy"),
          enumValue(d, STATUS, HazardStatus.class),
          enumValue(d, LEVEL, HazardLevel.class),
          enumValue(d, "suggestedLevel", HazardLevel.class),
          strings(d, "suggestedCriteria"),
          strings(d, "citedCriteria"),
          enumValue(d, "classifiedLevel", HazardLevel.class),
          strings(d, "criteria"),
          plan(d.get("plan", Document.class)),
          instant(d, DEADLINE),
          extension(d.get("pendingExtension", Document.class)),
          integer(d, PROGRESS),
          instant(d, SIGNED_OFF_AT),
          integer(d, TIMES_REOPENED),
          longValue(d, LAST_SEQUENCE),
          instant(d, UPDATED_AT));
    }

    private static Document plan(Plan p) {
      return p == null
          ? null
          : new Document("measures", p.measures())
              .append("fundsCny", decimal(p.fundsCny()))
              .append("fundsSource", p.fundsSource())
              .append("deadline", date(p.deadline()))
              .append("responsiblePerson", p.responsiblePerson())
              .append("responsiblePosition", p.responsiblePosition())
              .append("responsibleUnit", p.responsibleUnit())
              .append("contingencySummary", p.contingencySummary())
              .append("contingencyDocumentRef", p.contingencyDocumentRef())
              .append("plannedAt", date(p.plannedAt()));
    }

    private static Plan plan(Document d) {
      return d == null
          ? null
          : new Plan(
              strings(d, "measures"),
              bigDecimal(d, "fundsCny"),
              d.getString("fundsSource"),
              instant(d, "deadline"),
              d.getString("responsiblePerson"),
              d.getString("responsiblePosition"),
              d.getString("responsibleUnit"),
              d.getString("contingencySummary"),
              d.getString("contingencyDocumentRef"),
              instant(d, "plannedAt"));
    }

    private static Document extension(PendingExtension e) {
      return e == null
          ? null
          : new Document("number", e.number())
              .append("requestedDeadline", date(e.requestedDeadline()))
              .append("reason", e.reason())
              .append("requestedAt", date(e.requestedAt()));
    }

    private static PendingExtension extension(Document d) {
      return d == null
          ? null
          : new PendingExtension(
              integer(d, "number"), instant(d, "requestedDeadline"), d.getString("reason"), instant(d, "requestedAt"));
    }
  }
}
