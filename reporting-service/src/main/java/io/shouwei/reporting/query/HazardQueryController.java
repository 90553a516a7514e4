package io.shouwei.reporting.query;

import io.shouwei.platform.security.Caller;
import io.shouwei.platform.security.Callers;
import io.shouwei.platform.security.Jurisdiction;
import io.shouwei.platform.web.ProblemException;
import io.shouwei.reporting.projection.HazardStore;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reads of the hazards read model, limited to what the caller may see. */
@RestController
@RequestMapping("/api/reports/hazards")
class HazardQueryController {

  private final HazardStore hazards;

  HazardQueryController(HazardStore hazards) {
    this.hazards = hazards;
  }

  @Operation(summary = "One hazard as the read model holds it")
  @ApiResponse(responseCode = "200", description = "the hazard")
  @ApiResponse(
      responseCode = "404",
      description = "no such hazard, or one the caller may not see (the answers are the same)")
  @GetMapping("/{id}")
  HazardResponse get(@PathVariable String id) {
    Caller caller = Callers.require();
    return hazards.find(id)
        .filter(hazard -> Jurisdiction.canRead(caller, hazard.enterpriseId(), hazard.townCode()))
        .map(HazardResponse::of)
        .orElseThrow(() -> ProblemException.notFound("Hazard", id));
  }
}
