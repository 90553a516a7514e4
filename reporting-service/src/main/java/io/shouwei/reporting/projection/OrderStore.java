package io.shouwei.reporting.projection;

import static io.shouwei.reporting.projection.BsonValues.actor;
import static io.shouwei.reporting.projection.BsonValues.date;
import static io.shouwei.reporting.projection.BsonValues.enumValue;
import static io.shouwei.reporting.projection.BsonValues.instant;
import static io.shouwei.reporting.projection.BsonValues.integer;
import static io.shouwei.reporting.projection.BsonValues.longValue;
import static io.shouwei.reporting.projection.BsonValues.name;
import static io.shouwei.reporting.projection.BsonValues.strings;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.Indexes;
import io.shouwei.contracts.AggregateTypes;
import io.shouwei.contracts.EventEnvelope;
import io.shouwei.contracts.EventTypes;
import io.shouwei.contracts.order.OrderType;
import io.shouwei.contracts.order.ReviewOutcome;
import io.shouwei.contracts.order.StopCause;
import io.shouwei.reporting.projection.OrderDocument.Resumption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The {@value #COLLECTION} read model in MongoDB, one document per rectification order, applied in
 * sequence order (see {@link SequencedDocuments}).
 */
public final class OrderStore implements AggregateProjection {

  public static final String COLLECTION = "orders";

  public static final String ID = SequencedDocuments.ID;
  public static final String NUMBER = "number";
  public static final String MINE = "mineId";
  public static final String ENTERPRISE = "enterpriseId";
  public static final String TOWN = "townCode";
  public static final String TYPE = "type";
  public static final String STATUS = "status";
  public static final String CITED_HAZARDS = "citedHazardIds";
  public static final String DEADLINE = "deadline";
  public static final String LEGAL_BASIS = "legalBasis";
  public static final String CAMPAIGN = "campaignId";
  public static final String ISSUED_AT = "issuedAt";
  public static final String STOP_TOOK_EFFECT_AT = "stopTookEffectAt";
  public static final String CLOSED_AT = "closedAt";
  public static final String UPDATED_AT = SequencedDocuments.UPDATED_AT;
  static final String LAST_SEQUENCE = SequencedDocuments.LAST_SEQUENCE;

  /**
   * The indexes of the searches, the campaign summary and the town ledger: each caller scope (town,
   * enterprise) with the default order, and each filter.
   */
  static final List<Bson> INDEXES =
      List.of(
          Indexes.compoundIndex(Indexes.ascending(TOWN), Indexes.descending(ISSUED_AT)),
          Indexes.compoundIndex(Indexes.ascending(ENTERPRISE), Indexes.descending(ISSUED_AT)),
          Indexes.descending(ISSUED_AT),
          Indexes.compoundIndex(Indexes.ascending(MINE), Indexes.ascending(STATUS)),
          Indexes.compoundIndex(Indexes.ascending(CAMPAIGN), Indexes.ascending(TOWN)),
          Indexes.compoundIndex(Indexes.ascending(TYPE), Indexes.ascending(STATUS)),
          Indexes.ascending(STATUS),
          Indexes.ascending(NUMBER));

  private static final Map<String, Class<?>> EVENT_TYPES =
      OrderProjection.PAYLOADS.stream()
          .collect(Collectors.toUnmodifiableMap(p -> EventTypes.of(p).name(), Function.identity()));

  private final ReadModelCollections collections;
  private final SequencedDocuments<OrderDocument> documents;

  /** The store of {@code collections}' generation. */
  public OrderStore(ReadModelCollections collections) {
    this.collections = collections;
    this.documents = new SequencedDocuments<>(this::orders, new Codec());
  }

  /** Creates the search indexes unless they exist, in one request. */
  public void ensureIndexes() {
    orders().createIndexes(INDEXES.stream().map(IndexModel::new).toList());
  }

  @Override
  public String aggregateType() {
    return AggregateTypes.ORDER;
  }

  @Override
  public Map<String, Class<?>> eventTypes() {
    return EVENT_TYPES;
  }

  @Override
  public ApplyResult project(EventEnvelope<?> event) {
    return documents.apply(event, OrderProjection::apply);
  }

  @Override
  public ApplyResult passOver(EventEnvelope<?> event) {
    return documents.passOver(event);
  }

  @Override
  public ProjectionBatch batch() {
    return documents.batch(OrderProjection::apply);
  }

  public Optional<OrderDocument> find(String orderId) {
    return documents.find(orderId);
  }

  /** The first order matching {@code filter}. */
  public Optional<OrderDocument> findOne(Bson filter) {
    return Optional.ofNullable(orders().find(filter).first()).map(Codec::read);
  }

  /** One page of the orders matching {@code filter}, in {@code sort} order. */
  public List<OrderDocument> search(Bson filter, Bson sort, int skip, int limit) {
    return orders().find(filter).sort(sort).skip(skip).limit(limit).map(Codec::read).into(new ArrayList<>());
  }

  /** Every document matching {@code filter}, in {@code sort} order. */
  public List<OrderDocument> all(Bson filter, Bson sort) {
    return orders().find(filter).sort(sort).map(Codec::read).into(new ArrayList<>());
  }

  public long count(Bson filter) {
    return orders().countDocuments(filter);
  }

  private MongoCollection<Document> orders() {
    return collections.get(COLLECTION);
  }

  /** The stored form of an {@link OrderDocument}. */
  static final class Codec implements SequencedDocuments.Codec<OrderDocument> {

    @Override
    public Document toBson(OrderDocument o) {
      return new Document(ID, o.id())
          .append(NUMBER, o.number())
          .append(MINE, o.mineId())
          .append(ENTERPRISE, o.enterpriseId())
          .append(TOWN, o.townCode())
          .append(TYPE, name(o.type()))
          .append(STATUS, name(o.status()))
          .append(CITED_HAZARDS, o.citedHazardIds())
          .append(DEADLINE, date(o.deadline()))
          .append(LEGAL_BASIS, o.legalBasis())
          .append(CAMPAIGN, o.campaignId())
          .append("acknowledgementDeadline", date(o.acknowledgementDeadline()))
          .append(ISSUED_AT, date(o.issuedAt()))
          .append("issuedBy", actor(o.issuedBy()))
          .append("acknowledgedAt", date(o.acknowledgedAt()))
          .append("stopCause", name(o.stopCause()))
          .append(STOP_TOOK_EFFECT_AT, date(o.stopTookEffectAt()))
          .append("resumption", resumption(o.resumption()))
          .append(CLOSED_AT, date(o.closedAt()))
          .append("closureRemark", o.closureRemark())
          .append(LAST_SEQUENCE, o.lastSequence())
          .append(UPDATED_AT, date(o.updatedAt()));
    }

    @Override
    public OrderDocument fromBson(Document d) {
      return read(d);
    }

    @Override
    public String id(OrderDocument o) {
      return o.id();
    }

    @Override
    public long lastSequence(OrderDocument o) {
      return o.lastSequence();
    }

    static OrderDocument read(Document d) {
      return new OrderDocument(
          d.getString(ID),
          d.getString(NUMBER),
          d.getString(MINE),
          d.getString(ENTERPRISE),
          d.getString(TOWN),
          enumValue(d, TYPE, OrderType.class),
          enumValue(d, STATUS, OrderStatus.class),
          strings(d, CITED_HAZARDS),
          instant(d, DEADLINE),
          d.getString(LEGAL_BASIS),
          d.getString(CAMPAIGN),
          instant(d, "acknowledgementDeadline"),
          instant(d, ISSUED_AT),
          actor(d, "issuedBy"),
          instant(d, "acknowledgedAt"),
          enumValue(d, "stopCause", StopCause.class),
          instant(d, STOP_TOOK_EFFECT_AT),
          resumption(d.get("resumption", Document.class)),
          instant(d, CLOSED_AT),
          d.getString("closureRemark"),
          longValue(d, LAST_SEQUENCE),
          instant(d, UPDATED_AT));
    }

    private static Document resumption(Resumption r) {
      return r == null
          ? null
          : new Document("application", r.application())
              .append("rectificationReportRef", r.rectificationReportRef())
              .append("assessmentReportRef", r.assessmentReportRef())
              .append("appliedAt", date(r.appliedAt()))
              .append("reviewOutcome", name(r.reviewOutcome()))
              .append("reviewFindings", r.reviewFindings())
              .append("reviewedAt", date(r.reviewedAt()))
              .append("rejectionReason", r.rejectionReason())
              .append("rejectedAt", date(r.rejectedAt()));
    }

    private static Resumption resumption(Document d) {
      return d == null
          ? null
          : new Resumption(
              integer(d, "application"),
              d.getString("rectificationReportRef"),
              d.getString("assessmentReportRef"),
              instant(d, "appliedAt"),
              enumValue(d, "reviewOutcome", ReviewOutcome.class),
              d.getString("reviewFindings"),
              instant(d, "reviewedAt"),
              d.getString("rejectionReason"),
              instant(d, "rejectedAt"));
    }
  }
}
