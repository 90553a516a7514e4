package io.shouwei.reporting.query;

import io.shouwei.platform.security.Callers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reads of the orders read model, limited to what the caller may see. */
@RestController
@RequestMapping("/api/reports/orders")
class OrderQueryController {

  private final OrderQueries orders;

  OrderQueryController(OrderQueries orders) {
    this.orders = orders;
  }

  @Operation(
      summary = "Search the rectification orders the caller may see",
      description =
          "Filters: town, mine, enterprise, campaign (ids); type, status (one or more constants,"
              + " comma-separated); q (text in the number or the legal basis, case-insensitive). Paging: page"
              + " from 0, size 1..200 (default 20); sort=field[,asc|desc] of issuedAt, deadline, number, type,"
              + " status, stopTookEffectAt, closedAt, updatedAt (default issuedAt,desc).")
  @ApiResponse(responseCode = "200", description = "one page of orders and the total")
  @ApiResponse(responseCode = "400", description = "a bad parameter; each is named under errors")
  @GetMapping
  PageResponse<OrderResponse> search(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
    return orders.search(Callers.require(), parameters);
  }

  @Operation(summary = "One rectification order as the read model holds it")
  @ApiResponse(responseCode = "200", description = "the order")
  @ApiResponse(
      responseCode = "404",
      description = "no such order, or one the caller may not see (the answers are the same)")
  @GetMapping("/{id}")
  OrderResponse get(@PathVariable String id) {
    return orders.get(Callers.require(), id);
  }
}
