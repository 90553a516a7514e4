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

/** Reads of the hazards read model, limited to what the caller may see. */
@RestController
@RequestMapping("/api/reports/hazards")
class HazardQueryController {

  private final HazardQueries hazards;

  HazardQueryController(HazardQueries hazards) {
    this.hazards = hazards;
  }

  @Operation(
      summary = "Search the hazards the caller may see",
      description =
          "Filters: town, mine, enterprise, campaign (ids); level, status, source (one or more constants,"
              + " comma-separated); overdue (true|false, at the time of the question); q (text in the number,"
              + " title, description or location, case-insensitive). Paging: page from 0, size 1..200"
              + " (default 20); sort=field[,asc|desc] of reportedAt, discoveredAt, deadline, number, level,"
              + " status, progressPercent, signedOffAt, timesReopened, updatedAt (default reportedAt,desc).")
  @ApiResponse(responseCode = "200", description = "one page of hazards and the total")
  @ApiResponse(responseCode = "400", description = "a bad parameter; each is named under errors")
  @GetMapping
  PageResponse<HazardResponse> search(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
    return hazards.search(Callers.require(), parameters);
  }

  @Operation(summary = "One hazard as the read model holds it")
  @ApiResponse(responseCode = "200", description = "the hazard")
  @ApiResponse(
      responseCode = "404",
      description = "no such hazard, or one the caller may not see (the answers are the same)")
  @GetMapping("/{id}")
  HazardResponse get(@PathVariable String id) {
    return hazards.get(Callers.require(), id);
  }
}
