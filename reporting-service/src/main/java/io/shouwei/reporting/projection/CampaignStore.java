package io.shouwei.reporting.projection;

import static io.shouwei.reporting.projection.BsonValues.date;
import static io.shouwei.reporting.projection.BsonValues.day;
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
import io.shouwei.contracts.campaign.Phase;
import io.shouwei.contracts.campaign.PhaseKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The {@value #COLLECTION} read model in MongoDB, one document per campaign, applied in sequence
 * order (see {@link SequencedDocuments}).
 */
public final class CampaignStore implements AggregateProjection {

  public static final String COLLECTION = "campaigns";

  public static final String ID = SequencedDocuments.ID;
  public static final String TOWNS = "townCodes";
  public static final String STATUS = "status";
  public static final String UPDATED_AT = SequencedDocuments.UPDATED_AT;
  static final String LAST_SEQUENCE = SequencedDocuments.LAST_SEQUENCE;

  static final List<Bson> INDEXES = List.of(Indexes.ascending(TOWNS), Indexes.ascending(STATUS));

  private static final Map<String, Class<?>> EVENT_TYPES =
      CampaignProjection.PAYLOADS.stream()
          .collect(Collectors.toUnmodifiableMap(p -> EventTypes.of(p).name(), Function.identity()));

  private final ReadModelCollections collections;
  private final SequencedDocuments<CampaignDocument> documents;

  /** The store of {@code collections}' generation. */
  public CampaignStore(ReadModelCollections collections) {
    this.collections = collections;
    this.documents = new SequencedDocuments<>(this::campaigns, new Codec());
  }

  /** Creates the indexes unless they exist, in one request. */
  public void ensureIndexes() {
    campaigns().createIndexes(INDEXES.stream().map(IndexModel::new).toList());
  }

  @Override
  public String aggregateType() {
    return AggregateTypes.CAMPAIGN;
  }

  @Override
  public Map<String, Class<?>> eventTypes() {
    return EVENT_TYPES;
  }

  @Override
  public ApplyResult project(EventEnvelope<?> event) {
    return documents.apply(event, CampaignProjection::apply);
  }

  @Override
  public ApplyResult passOver(EventEnvelope<?> event) {
    return documents.passOver(event);
  }

  @Override
  public ProjectionBatch batch() {
    return documents.batch(CampaignProjection::apply);
  }

  public Optional<CampaignDocument> find(String campaignId) {
    return documents.find(campaignId);
  }

  private MongoCollection<Document> campaigns() {
    return collections.get(COLLECTION);
  }

  /** The stored form of a {@link CampaignDocument}. */
  static final class Codec implements SequencedDocuments.Codec<CampaignDocument> {

    @Override
    public Document toBson(CampaignDocument c) {
      return new Document(ID, c.id())
          .append("name", c.name())
          .append("districtCode", c.districtCode())
          .append("districtName", c.districtName())
          .append(TOWNS, c.townCodes())
          .append("phases", c.phases().stream().map(Codec::phase).toList())
          .append("reportDueDate", day(c.reportDueDate()))
          .append("legalBasis", c.legalBasis())
          .append("documentRef", c.documentRef())
          .append("issuingOrganisation", c.issuingOrganisation())
          .append(STATUS, name(c.status()))
          .append("concludedOn", day(c.concludedOn()))
          .append("conclusionNote", c.conclusionNote())
          .append("launchedAt", date(c.launchedAt()))
          .append(LAST_SEQUENCE, c.lastSequence())
          .append(UPDATED_AT, date(c.updatedAt()));
    }

    @Override
    public CampaignDocument fromBson(Document d) {
      return new CampaignDocument(
          d.getString(ID),
          d.getString("name"),
          d.getString("districtCode"),
          d.getString("districtName"),
          strings(d, TOWNS),
          d.getList("phases", Document.class, List.of()).stream().map(Codec::phase).toList(),
          day(d, "reportDueDate"),
          d.getString("legalBasis"),
          d.getString("documentRef"),
          d.getString("issuingOrganisation"),
          enumValue(d, STATUS, CampaignStatus.class),
          day(d, "concludedOn"),
          d.getString("conclusionNote"),
          instant(d, "launchedAt"),
          longValue(d, LAST_SEQUENCE),
          instant(d, UPDATED_AT));
    }

    @Override
    public String id(CampaignDocument c) {
      return c.id();
    }

    @Override
    public long lastSequence(CampaignDocument c) {
      return c.lastSequence();
    }

    private static Document phase(Phase p) {
      return new Document("kind", name(p.kind()))
          .append("name", p.name())
          .append("startDate", day(p.startDate()))
          .append("endDate", day(p.endDate()));
    }

    private static Phase phase(Document d) {
      return new Phase(enumValue(d, "kind", PhaseKind.class), d.getString("name"), day(d, "startDate"), day(d, "endDate"));
    }
  }
}
