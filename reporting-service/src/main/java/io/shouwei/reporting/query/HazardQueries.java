package io.shouwei.reporting.query;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Sorts.descending;

import io.shouwei.contracts.hazard.HazardLevel;
import io.shouwei.contracts.hazard.HazardSource;
import io.shouwei.platform.security.Caller;
import io.shouwei.platform.web.ProblemException;
import io.shouwei.reporting.projection.HazardStatus;
import io.shouwei.reporting.projection.HazardStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Service;
import org.springframework.util.MultiValueMap;

/**
 * Searches and reads of the hazards read model, limited to what the caller may see: the caller's
 * scope is part of every MongoDB query, so counts and pages hold only visible hazards.
 */
@Service
public class HazardQueries {

  static final String TOWN = "town";
  static final String MINE = "mine";
  static final String ENTERPRISE = "enterprise";
  static final String LEVEL = "level";
  static final String STATUS = "status";
  static final String OVERDUE = "overdue";
  static final String CAMPAIGN = "campaign";
  static final String SOURCE = "source";

  static final Set<String> PARAMETERS =
      Set.of(TOWN, MINE, ENTERPRISE, LEVEL, STATUS, OVERDUE, CAMPAIGN, SOURCE, QueryParameters.TEXT,
          QueryParameters.PAGE, QueryParameters.SIZE, QueryParameters.SORT);

  /** The fields a search may be sorted by; the API names them as the response does. */
  static final Set<String> SORTABLE =
      Set.of(HazardStore.REPORTED_AT, HazardStore.DISCOVERED_AT, HazardStore.DEADLINE, HazardStore.NUMBER,
          HazardStore.LEVEL, HazardStore.STATUS, HazardStore.PROGRESS, HazardStore.SIGNED_OFF_AT,
          HazardStore.TIMES_REOPENED, HazardStore.UPDATED_AT);

  static final List<String> TEXT_FIELDS =
      List.of(HazardStore.NUMBER, HazardStore.TITLE, HazardStore.DESCRIPTION, HazardStore.LOCATION);

  private final HazardStore hazards;
  private final Clock clock;

  public HazardQueries(HazardStore hazards, Clock clock) {
    this.hazards = hazards;
    this.clock = clock;
  }

  /**
   * @throws ProblemException 400 naming every bad parameter
   */
  public PageResponse<HazardResponse> search(Caller caller, MultiValueMap<String, String> parameters) {
    QueryParameters p = new QueryParameters(parameters, PARAMETERS);
    Instant now = clock.instant();
    List<Bson> filters = new ArrayList<>();
    filters.add(Scope.of(caller, HazardStore.ENTERPRISE, HazardStore.TOWN));
    p.text(TOWN).ifPresent(town -> filters.add(eq(HazardStore.TOWN, town)));
    p.text(MINE).ifPresent(mine -> filters.add(eq(HazardStore.MINE, mine)));
    p.text(ENTERPRISE).ifPresent(enterprise -> filters.add(eq(HazardStore.ENTERPRISE, enterprise)));
    p.text(CAMPAIGN).ifPresent(campaign -> filters.add(eq(HazardStore.CAMPAIGN, campaign)));
    List<HazardLevel> levels = p.constants(LEVEL, HazardLevel.class);
    if (!levels.isEmpty()) {
      filters.add(in(HazardStore.LEVEL, levels.stream().map(Enum::name).toList()));
    }
    List<HazardStatus> statuses = p.constants(STATUS, HazardStatus.class);
    if (!statuses.isEmpty()) {
      filters.add(in(HazardStore.STATUS, statuses.stream().map(Enum::name).toList()));
    }
    List<HazardSource> sources = p.constants(SOURCE, HazardSource.class);
    if (!sources.isEmpty()) {
      filters.add(in(HazardStore.SOURCE, sources.stream().map(Enum::name).toList()));
    }
    p.bool(OVERDUE).ifPresent(overdue -> filters.add(Overdue.filter(overdue, now)));
    p.searchText().ifPresent(q -> filters.add(TextSearch.anyOf(TEXT_FIELDS, q)));
    int page = p.page();
    int size = p.size();
    Bson sort = p.sort(SORTABLE, descending(HazardStore.REPORTED_AT));
    p.requireValid();

    Bson filter = Scope.allOf(filters);
    List<HazardResponse> items =
        hazards.search(filter, sort, page * size, size).stream().map(h -> HazardResponse.of(h, now)).toList();
    return new PageResponse<>(items, page, size, hazards.count(filter));
  }

  /**
   * @throws ProblemException 404 when there is no such hazard or the caller may not see it, alike
   */
  public HazardResponse get(Caller caller, String id) {
    return hazards.findOne(Scope.allOf(List.of(eq(HazardStore.ID, id), Scope.of(caller, HazardStore.ENTERPRISE, HazardStore.TOWN))))
        .map(h -> HazardResponse.of(h, clock.instant()))
        .orElseThrow(() -> ProblemException.notFound("Hazard", id));
  }
}
