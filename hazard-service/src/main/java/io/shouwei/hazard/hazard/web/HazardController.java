package io.shouwei.hazard.hazard.web;

import io.shouwei.hazard.hazard.application.HazardService;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** Reporting and reading hazards. Errors are problem+json (platform's ProblemHandler). */
@RestController
@RequestMapping("/api/hazards")
public class HazardController {

  private final HazardService hazards;

  public HazardController(HazardService hazards) {
    this.hazards = hazards;
  }

  /**
   * 201 with the new hazard's path (relative, so that it holds behind the gateway too); 400 bad
   * fields, 403 role may not report, 404 mine not the caller's, 422 rule broken.
   */
  @PostMapping
  public ResponseEntity<HazardCreated> report(@Valid @RequestBody ReportHazardRequest request) {
    String id = hazards.report(request.toNewHazard());
    URI location = UriComponentsBuilder.fromPath("/api/hazards/{id}").buildAndExpand(id).toUri();
    return ResponseEntity.created(location).body(new HazardCreated(id));
  }

  /** The hazard's current state; 404 when it does not exist or is not the caller's to see. */
  @GetMapping("/{id}")
  public HazardResponse get(@PathVariable String id) {
    return HazardResponse.of(hazards.get(id));
  }
}
