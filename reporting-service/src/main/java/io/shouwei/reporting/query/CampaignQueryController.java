package io.shouwei.reporting.query;

import io.shouwei.platform.security.Callers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The figures of a campaign, over what the caller may see. */
@RestController
@RequestMapping("/api/reports/campaigns")
class CampaignQueryController {

  private final CampaignSummaryQueries summaries;

  CampaignQueryController(CampaignSummaryQueries summaries) {
    this.summaries = summaries;
  }

  @Operation(
      summary = "The campaign's figures over the hazards and orders the caller may see",
      description =
          "Totals and breakdowns by town, mine type, level and source; closure rates; overdue hazards at the"
              + " time of the question; days from report to sign-off (mean, 90th percentile); orders and stop"
              + " orders; look-back results; funds; the figures of each phase (days of China Standard Time); tips"
              + " for the roles that read them. An enterprise sees its own objects, a town agency its towns, a"
              + " superior company its group, everyone else of the district everything.")
  @ApiResponse(responseCode = "200", description = "the summary")
  @ApiResponse(responseCode = "404", description = "no such campaign")
  @GetMapping("/{id}/summary")
  CampaignSummaryResponse summary(@PathVariable String id) {
    return summaries.summary(Callers.require(), id);
  }
}
