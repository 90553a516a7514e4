package io.shouwei.reporting.query;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Sorts.descending;

import io.shouwei.contracts.order.OrderType;
import io.shouwei.platform.security.Caller;
import io.shouwei.platform.web.ProblemException;
import io.shouwei.reporting.projection.OrderStatus;
import io.shouwei.reporting.projection.OrderStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Service;
import org.springframework.util.MultiValueMap;

/**
 * Searches and reads of the orders read model, limited to what the caller may see: an order
 * belongs to its mine's enterprise and town, and the caller's scope is part of every MongoDB query.
 */
@Service
public class OrderQueries {

  static final String TOWN = "town";
  static final String MINE = "mine";
  static final String ENTERPRISE = "enterprise";
  static final String TYPE = "type";
  static final String STATUS = "status";
  static final String CAMPAIGN = "campaign";

  static final Set<String> PARAMETERS =
      Set.of(TOWN, MINE, ENTERPRISE, TYPE, STATUS, CAMPAIGN, QueryParameters.TEXT, QueryParameters.PAGE,
          QueryParameters.SIZE, QueryParameters.SORT);

  /** The fields a search may be sorted by; the API names them as the response does. */
  static final Set<String> SORTABLE =
      Set.of(OrderStore.ISSUED_AT, OrderStore.DEADLINE, OrderStore.NUMBER, OrderStore.TYPE, OrderStore.STATUS,
          OrderStore.STOP_TOOK_EFFECT_AT, OrderStore.CLOSED_AT, OrderStore.UPDATED_AT);

  static final List<String> TEXT_FIELDS = List.of(OrderStore.NUMBER, OrderStore.LEGAL_BASIS);

  private final OrderStore orders;

  public OrderQueries(OrderStore orders) {
    this.orders = orders;
  }

  /**
   * @throws ProblemException 400 naming every bad parameter
   */
  public PageResponse<OrderResponse> search(Caller caller, MultiValueMap<String, String> parameters) {
    QueryParameters p = new QueryParameters(parameters, PARAMETERS);
    List<Bson> filters = new ArrayList<>();
    filters.add(Scope.of(caller, OrderStore.ENTERPRISE, OrderStore.TOWN));
    p.text(TOWN).ifPresent(town -> filters.add(eq(OrderStore.TOWN, town)));
    p.text(MINE).ifPresent(mine -> filters.add(eq(OrderStore.MINE, mine)));
    p.text(ENTERPRISE).ifPresent(enterprise -> filters.add(eq(OrderStore.ENTERPRISE, enterprise)));
    p.text(CAMPAIGN).ifPresent(campaign -> filters.add(eq(OrderStore.CAMPAIGN, campaign)));
    List<OrderType> types = p.constants(TYPE, OrderType.class);
    if (!types.isEmpty()) {
      filters.add(in(OrderStore.TYPE, types.stream().map(Enum::name).toList()));
    }
    List<OrderStatus> statuses = p.constants(STATUS, OrderStatus.class);
    if (!statuses.isEmpty()) {
      filters.add(in(OrderStore.STATUS, statuses.stream().map(Enum::name).toList()));
    }
    p.searchText().ifPresent(q -> filters.add(TextSearch.anyOf(TEXT_FIELDS, q)));
    int page = p.page();
    int size = p.size();
    Bson sort = p.sort(SORTABLE, descending(OrderStore.ISSUED_AT));
    p.requireValid();

    Bson filter = Scope.allOf(filters);
    List<OrderResponse> items = orders.search(filter, sort, page * size, size).stream().map(OrderResponse::of).toList();
    return new PageResponse<>(items, page, size, orders.count(filter));
  }

  /**
   * @throws ProblemException 404 when there is no such order or the caller may not see it, alike
   */
  public OrderResponse get(Caller caller, String id) {
    return orders.findOne(Scope.allOf(List.of(eq(OrderStore.ID, id), Scope.of(caller, OrderStore.ENTERPRISE, OrderStore.TOWN))))
        .map(OrderResponse::of)
        .orElseThrow(() -> ProblemException.notFound("Order", id));
  }
}
