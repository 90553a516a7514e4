package io.shouwei.reporting.query;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Sorts.ascending;

import io.shouwei.contracts.mine.MineType;
import io.shouwei.contracts.mine.ProductionStatus;
import io.shouwei.platform.security.Caller;
import io.shouwei.platform.web.ProblemException;
import io.shouwei.reporting.projection.MineStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Service;
import org.springframework.util.MultiValueMap;

/**
 * Searches and reads of the mines read model, limited to what the caller may see: the caller's
 * scope is part of every MongoDB query, so counts and pages hold only visible mines.
 */
@Service
public class MineQueries {

  static final String TOWN = "town";
  static final String ENTERPRISE = "enterprise";
  static final String TYPE = "type";
  static final String STATUS = "status";

  static final Set<String> PARAMETERS =
      Set.of(TOWN, ENTERPRISE, TYPE, STATUS, QueryParameters.TEXT, QueryParameters.PAGE, QueryParameters.SIZE,
          QueryParameters.SORT);

  /** The fields a search may be sorted by; the API names them as the response does. */
  static final Set<String> SORTABLE =
      Set.of(MineStore.NAME, MineStore.ENTERPRISE_NAME, MineStore.TOWN, MineStore.TYPE, MineStore.PRODUCTION_STATUS,
          MineStore.UPDATED_AT);

  static final List<String> TEXT_FIELDS = List.of(MineStore.NAME, MineStore.ENTERPRISE_NAME);

  private final MineStore mines;

  public MineQueries(MineStore mines) {
    this.mines = mines;
  }

  /**
   * @throws ProblemException 400 naming every bad parameter
   */
  public PageResponse<MineResponse> search(Caller caller, MultiValueMap<String, String> parameters) {
    QueryParameters p = new QueryParameters(parameters, PARAMETERS);
    List<Bson> filters = new ArrayList<>();
    filters.add(Scope.of(caller, MineStore.ENTERPRISE, MineStore.TOWN));
    p.text(TOWN).ifPresent(town -> filters.add(eq(MineStore.TOWN, town)));
    p.text(ENTERPRISE).ifPresent(enterprise -> filters.add(eq(MineStore.ENTERPRISE, enterprise)));
    List<MineType> types = p.constants(TYPE, MineType.class);
    if (!types.isEmpty()) {
      filters.add(in(MineStore.TYPE, types.stream().map(Enum::name).toList()));
    }
    List<ProductionStatus> statuses = p.constants(STATUS, ProductionStatus.class);
    if (!statuses.isEmpty()) {
      filters.add(in(MineStore.PRODUCTION_STATUS, statuses.stream().map(Enum::name).toList()));
    }
    p.searchText().ifPresent(q -> filters.add(TextSearch.anyOf(TEXT_FIELDS, q)));
    int page = p.page();
    int size = p.size();
    Bson sort = p.sort(SORTABLE, ascending(MineStore.NAME));
    p.requireValid();

    Bson filter = Scope.allOf(filters);
    List<MineResponse> items = mines.search(filter, sort, page * size, size).stream().map(MineResponse::of).toList();
    return new PageResponse<>(items, page, size, mines.count(filter));
  }

  /**
   * @throws ProblemException 404 when there is no such mine or the caller may not see it, alike
   */
  public MineResponse get(Caller caller, String id) {
    return mines.findOne(Scope.allOf(List.of(eq(MineStore.ID, id), Scope.of(caller, MineStore.ENTERPRISE, MineStore.TOWN))))
        .map(MineResponse::of)
        .orElseThrow(() -> ProblemException.notFound("Mine", id));
  }
}
