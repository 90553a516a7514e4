package io.shouwei.reporting.query;

import io.shouwei.platform.security.Callers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Status-only reads of the tips read model. */
@RestController
@RequestMapping("/api/reports/tips")
class TipQueryController {

  private final TipQueries tips;

  TipQueryController(TipQueries tips) {
    this.tips = tips;
  }

  @Operation(
      summary = "Search the tips the caller may see, status only",
      description =
          "For the district agency, auditors and admins (every tip) and town agencies (the tips about their"
              + " towns). Filters: town (id); status (RECEIVED, CONVERTED, DISMISSED, comma-separated). Paging:"
              + " page from 0, size 1..200 (default 20); sort=field[,asc|desc] of receivedAt, triagedAt, status"
              + " (default receivedAt,desc). byStatus counts the tips of each status under the other filters."
              + " What a tip says and who sent it are never shown.")
  @ApiResponse(responseCode = "200", description = "one page of tips, the total and the counts by status")
  @ApiResponse(responseCode = "400", description = "a bad parameter; each is named under errors")
  @ApiResponse(responseCode = "403", description = "the caller's role reads no tips")
  @GetMapping
  TipPageResponse search(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
    return tips.search(Callers.require(), parameters);
  }
}
