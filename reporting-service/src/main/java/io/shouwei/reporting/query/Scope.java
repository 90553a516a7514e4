package io.shouwei.reporting.query;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import io.shouwei.platform.security.Caller;
import io.shouwei.platform.security.Jurisdiction;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The platform's reading rule ({@link Jurisdiction}) as a MongoDB filter, so that a search is
 * limited to what the caller may see before it is counted and paged: an enterprise its own objects,
 * a town agency the objects in its towns, a superior company the objects of its group's
 * enterprises, everyone else of the district everything.
 */
public final class Scope {

  /** Matches no document. */
  static final Bson NOTHING = in("_id", List.of());

  private Scope() {}

  /** The objects the caller may read, whose enterprise and town are in these fields. */
  public static Bson of(Caller caller, String enterpriseField, String townField) {
    return switch (Jurisdiction.toRead(caller.role())) {
      case ALL -> new Document();
      case OWN_ENTERPRISE -> caller.enterpriseId() == null ? NOTHING : eq(enterpriseField, caller.enterpriseId());
      case OWN_TOWNS -> in(townField, caller.towns());
      case OWN_GROUP -> in(enterpriseField, caller.groupEnterprises());
      case NONE -> NOTHING;
    };
  }

  /** All of {@code filters}; an empty list matches every document. */
  static Bson allOf(List<Bson> filters) {
    return switch (filters.size()) {
      case 0 -> new Document();
      case 1 -> filters.get(0);
      default -> and(filters);
    };
  }
}
