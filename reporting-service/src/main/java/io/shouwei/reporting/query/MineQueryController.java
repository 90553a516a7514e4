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

/** Reads of the mines read model, limited to what the caller may see. */
@RestController
@RequestMapping("/api/reports/mines")
class MineQueryController {

  private final MineQueries mines;

  MineQueryController(MineQueries mines) {
    this.mines = mines;
  }

  @Operation(
      summary = "Search the mines the caller may see",
      description =
          "Filters: town, enterprise (ids); type, status (production status; one or more constants,"
              + " comma-separated); q (text in the mine's or the enterprise's name, case-insensitive). Paging:"
              + " page from 0, size 1..200 (default 20); sort=field[,asc|desc] of name, enterpriseName,"
              + " townCode, type, productionStatus, updatedAt (default name,asc).")
  @ApiResponse(responseCode = "200", description = "one page of mines and the total")
  @ApiResponse(responseCode = "400", description = "a bad parameter; each is named under errors")
  @GetMapping
  PageResponse<MineResponse> search(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
    return mines.search(Callers.require(), parameters);
  }

  @Operation(summary = "One mine as the read model holds it")
  @ApiResponse(responseCode = "200", description = "the mine")
  @ApiResponse(
      responseCode = "404",
      description = "no such mine, or one the caller may not see (the answers are the same)")
  @GetMapping("/{id}")
  MineResponse get(@PathVariable String id) {
    return mines.get(Callers.require(), id);
  }
}
