package io.shouwei.reporting.projection;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import io.shouwei.contracts.Actor;
import io.shouwei.contracts.EventEnvelope;
import io.shouwei.contracts.Role;
import io.shouwei.contracts.hazard.HazardReported;
import io.shouwei.contracts.hazard.HazardSource;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/**
 * The {@value #COLLECTION} read model in MongoDB, one document per hazard.
 *
 * <p>Writes are idempotent without transactions: a document is replaced (or inserted) only under
 * the filter {@code {_id, lastSequence: {$lt: sequence}}}. When the stored document already holds
 * this event or a later one, the filter matches nothing, the upsert collides with the existing
 * {@code _id}, and the duplicate-key error means "already applied". Times are stored as BSON dates,
 * that is to the millisecond.
 */
public final class HazardStore {

  public static final String COLLECTION = "hazards";

  static final String ID = "_id";
  static final String LAST_SEQUENCE = "lastSequence";

  /** The fields searches filter on. */
  static final List<String> INDEXED_FIELDS = List.of("enterpriseId", "townCode", "mineId", "status");

  private final MongoCollection<Document> hazards;

  public HazardStore(MongoDatabase database) {
    this.hazards = database.getCollection(COLLECTION);
  }

  /** Creates the search indexes unless they exist. */
  public void ensureIndexes() {
    INDEXED_FIELDS.forEach(field -> hazards.createIndex(Indexes.ascending(field)));
  }

  public Optional<HazardDocument> find(String hazardId) {
    return Optional.ofNullable(hazards.find(eq(ID, hazardId)).first()).map(HazardStore::fromBson);
  }

  /** Applies a {@code HazardReported} event unless the stored document already holds it. */
  public ApplyResult project(EventEnvelope<HazardReported> event) {
    return HazardProjection.apply(find(event.payload().hazardId()).orElse(null), event)
        .map(this::write)
        .orElse(ApplyResult.ALREADY_APPLIED);
  }

  /**
   * Stores {@code next} unless the stored document is at its sequence or later (written meanwhile by
   * a redelivery of the same event, or by a newer one).
   */
  ApplyResult write(HazardDocument next) {
    try {
      hazards.replaceOne(
          and(eq(ID, next.id()), lt(LAST_SEQUENCE, next.lastSequence())),
          toBson(next),
          new ReplaceOptions().upsert(true));
      return ApplyResult.APPLIED;
    } catch (MongoWriteException e) {
      if (ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY) {
        return ApplyResult.ALREADY_APPLIED;
      }
      throw e;
    }
  }

  static Document toBson(HazardDocument h) {
    Actor by = h.reportedBy();
    return new Document(ID, h.id())
        .append("mineId", h.mineId())
        .append("enterpriseId", h.enterpriseId())
        .append("townCode", h.townCode())
        .append("campaignId", h.campaignId())
        .append("source", h.source() == null ? null : h.source().name())
        .append("category", h.category())
        .append("title", h.title())
        .append("description", h.description())
        .append("location", h.location())
        .append("discoveredAt", date(h.discoveredAt()))
        .append("reportedAt", date(h.reportedAt()))
        .append("status", h.status().name())
        .append(
            "reportedBy",
            new Document("userId", by.userId())
                .append("role", by.role() == null ? null : by.role().name())
                .append("orgId", by.orgId()))
        .append(LAST_SEQUENCE, h.lastSequence())
        .append("updatedAt", date(h.updatedAt()));
  }

  static HazardDocument fromBson(Document d) {
    Document by = d.get("reportedBy", Document.class);
    String source = d.getString("source");
    String role = by.getString("role");
    return new HazardDocument(
        d.getString(ID),
        d.getString("mineId"),
        d.getString("enterpriseId"),
        d.getString("townCode"),
        d.getString("campaignId"),
        source == null ? null : HazardSource.valueOf(source),
        d.getString("category"),
        d.getString("title"),
        d.getString("description"),
        d.getString("location"),
        instant(d.getDate("discoveredAt")),
        instant(d.getDate("reportedAt")),
        HazardStatus.valueOf(d.getString("status")),
        new Actor(by.getString("userId"), role == null ? null : Role.valueOf(role), by.getString("orgId")),
        ((Number) d.get(LAST_SEQUENCE)).longValue(),
        instant(d.getDate("updatedAt")));
  }

  private static Date date(Instant instant) {
    return instant == null ? null : Date.from(instant);
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
