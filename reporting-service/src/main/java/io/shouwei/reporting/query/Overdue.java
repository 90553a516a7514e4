package io.shouwei.reporting.query;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;

import io.shouwei.reporting.projection.HazardDocument;
import io.shouwei.reporting.projection.HazardStatus;
import io.shouwei.reporting.projection.HazardStore;
import java.time.Instant;
import java.util.Date;
import org.bson.conversions.Bson;

/**
 * Whether a hazard is overdue: it is not signed off and its deadline has passed. A function of the
 * time of the question, not of any event, so the read model stores no such flag; the same rule
 * decides a document's {@code overdue} field and the {@code overdue} filter of a search.
 */
final class Overdue {

  private Overdue() {}

  static boolean isOverdue(HazardDocument hazard, Instant now) {
    return hazard.status() != HazardStatus.SIGNED_OFF && hazard.deadline() != null && hazard.deadline().isBefore(now);
  }

  /** The hazards that are overdue at {@code now}, or ({@code overdue == false}) those that are not. */
  static Bson filter(boolean overdue, Instant now) {
    Date at = Date.from(now);
    String signedOff = HazardStatus.SIGNED_OFF.name();
    return overdue
        ? and(lt(HazardStore.DEADLINE, at), ne(HazardStore.STATUS, signedOff))
        : or(eq(HazardStore.DEADLINE, null), gte(HazardStore.DEADLINE, at), eq(HazardStore.STATUS, signedOff));
  }
}
