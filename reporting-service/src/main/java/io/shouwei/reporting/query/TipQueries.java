package io.shouwei.reporting.query;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Sorts.descending;

import io.shouwei.platform.security.Caller;
import io.shouwei.platform.web.ProblemException;
import io.shouwei.reporting.projection.TipStatus;
import io.shouwei.reporting.projection.TipStore;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Service;
import org.springframework.util.MultiValueMap;

/** Status-only searches of the tips read model, for the roles that read tips (see {@link TipScope}). */
@Service
public class TipQueries {

  static final String TOWN = "town";
  static final String STATUS = "status";

  static final Set<String> PARAMETERS =
      Set.of(TOWN, STATUS, QueryParameters.PAGE, QueryParameters.SIZE, QueryParameters.SORT);

  static final Set<String> SORTABLE = Set.of(TipStore.RECEIVED_AT, TipStore.TRIAGED_AT, TipStore.STATUS);

  private final TipStore tips;

  public TipQueries(TipStore tips) {
    this.tips = tips;
  }

  /**
   * @throws ProblemException 403 for a role that reads no tips; 400 naming every bad parameter
   */
  public TipPageResponse search(Caller caller, MultiValueMap<String, String> parameters) {
    Bson scope = TipScope.require(caller);
    QueryParameters p = new QueryParameters(parameters, PARAMETERS);
    List<Bson> filters = new ArrayList<>();
    filters.add(scope);
    p.text(TOWN).ifPresent(town -> filters.add(eq(TipStore.TOWN, town)));
    List<TipStatus> statuses = p.constants(STATUS, TipStatus.class);
    int page = p.page();
    int size = p.size();
    Bson sort = p.sort(SORTABLE, descending(TipStore.RECEIVED_AT));
    p.requireValid();

    Map<TipStatus, Long> byStatus = new EnumMap<>(TipStatus.class);
    for (TipStatus status : TipStatus.values()) {
      List<Bson> withStatus = new ArrayList<>(filters);
      withStatus.add(eq(TipStore.STATUS, status.name()));
      byStatus.put(status, tips.count(Scope.allOf(withStatus)));
    }
    if (!statuses.isEmpty()) {
      filters.add(in(TipStore.STATUS, statuses.stream().map(Enum::name).toList()));
    }
    Bson filter = Scope.allOf(filters);
    List<TipResponse> items = tips.search(filter, sort, page * size, size).stream().map(TipResponse::of).toList();
    return new TipPageResponse(items, page, size, tips.count(filter), byStatus);
  }
}
