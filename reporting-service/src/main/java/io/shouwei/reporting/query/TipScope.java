package io.shouwei.reporting.query;

import static com.mongodb.client.model.Filters.in;

import io.shouwei.platform.security.Caller;
import io.shouwei.platform.web.ProblemException;
import io.shouwei.platform.web.Problems;
import io.shouwei.reporting.projection.TipStore;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.http.HttpStatus;

/**
 * Who may read the tips read model, and which tips: the district agency, auditors and admins every
 * tip, a town agency the tips about its towns (not those whose town is unknown). Enterprises and
 * superior companies read no tips at all, since the whistle is blown on them; nor does a service.
 */
final class TipScope {

  private TipScope() {}

  /** The tips the caller may read, or empty when the caller's role reads none. */
  static Optional<Bson> of(Caller caller) {
    if (caller.role() == null) {
      return Optional.empty();
    }
    return switch (caller.role()) {
      case DISTRICT_AGENCY, AUDITOR, ADMIN -> Optional.of(new Document());
      case TOWN_AGENCY -> Optional.of(in(TipStore.TOWN, caller.towns()));
      case ENTERPRISE, SUPERIOR_COMPANY, SERVICE -> Optional.empty();
    };
  }

  /**
   * @throws ProblemException 403 when the caller's role reads no tips
   */
  static Bson require(Caller caller) {
    return of(caller)
        .orElseThrow(
            () ->
                new ProblemException(
                    HttpStatus.FORBIDDEN, Problems.FORBIDDEN,
                    "Tips are read by the district agency, auditors, admins and town agencies only; not by "
                        + (caller.role() == null ? "a caller without a role" : caller.role().name()) + "."));
  }
}
