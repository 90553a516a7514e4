package io.shouwei.hazard.hazard.web;

import io.shouwei.hazard.hazard.application.ExtensionRequested;
import io.shouwei.hazard.hazard.application.HazardService;
import io.shouwei.hazard.hazard.application.ReportedHazard;
import io.shouwei.hazard.hazard.view.HazardView;
import io.shouwei.platform.web.IfMatch;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Reporting, reading and acting on hazards. Every answer that shows a hazard carries its version as
 * {@code ETag}; every command honours {@code If-Match} with that ETag. Errors are problem+json
 * (platform's ProblemHandler): 400 bad fields (or a malformed {@code If-Match}), 403 a role that
 * may not do this (an auditor changes nothing; e.g. an enterprise does not sign off a major
 * hazard), 404 a hazard that does not exist or is not the caller's, 409 a command the hazard's
 * state does not allow (with {@code state} and {@code allowedCommands}), 412 a stale
 * {@code If-Match} (type {@code precondition-failed}), 422 a broken rule (named in {@code rule}). A refused command stores nothing.
 */
@RestController
@RequestMapping("/api/hazards")
public class HazardController {

  private final HazardService hazards;

  public HazardController(HazardService hazards) {
    this.hazards = hazards;
  }

  /**
   * Reports a hazard on a mine: 201 with the new hazard's path (relative, so that it holds behind
   * the gateway too), its id, number, and the suggested level with the criteria met; 400 bad fields
   * or facts the decision does not read, 403 role may not report, 404 mine missing or not the
   * caller's, 409 mine closed, 422 a cited code that is no criterion or a rule broken.
   */
  @PostMapping
  public ResponseEntity<HazardCreated> report(@Valid @RequestBody ReportHazardRequest request) {
    ReportedHazard reported = hazards.report(request.toNewHazard());
    URI location = UriComponentsBuilder.fromPath("/api/hazards/{id}").buildAndExpand(reported.id()).toUri();
    return ResponseEntity.created(location).body(HazardCreated.of(reported));
  }

  /** The hazard's current state; 404 when it does not exist or is not the caller's to see. */
  @GetMapping("/{id}")
  public ResponseEntity<HazardResponse> get(@PathVariable String id) {
    return shown(hazards.get(id));
  }

  /** Sets the level: MAJOR with the criteria cited, or GENERAL. */
  @PostMapping("/{id}/classification")
  public ResponseEntity<HazardResponse> classify(
      @PathVariable String id,
      @RequestHeader(value = IfMatch.HEADER, required = false) String ifMatch,
      @Valid @RequestBody ClassificationRequest request) {
    return shown(hazards.classify(
        id, IfMatch.expectedVersion(ifMatch), request.level(), request.criteriaOrEmpty(), request.reason()));
  }

  /** Assigns the five items (again, before rectification starts). */
  @PutMapping("/{id}/plan")
  public ResponseEntity<HazardResponse> plan(
      @PathVariable String id,
      @RequestHeader(value = IfMatch.HEADER, required = false) String ifMatch,
      @Valid @RequestBody PlanRequest request) {
    return shown(hazards.plan(id, IfMatch.expectedVersion(ifMatch), request.toPlan()));
  }

  @PostMapping("/{id}/rectification-start")
  public ResponseEntity<HazardResponse> startRectification(
      @PathVariable String id, @RequestHeader(value = IfMatch.HEADER, required = false) String ifMatch) {
    return shown(hazards.startRectification(id, IfMatch.expectedVersion(ifMatch)));
  }

  @PostMapping("/{id}/progress")
  public ResponseEntity<HazardResponse> recordProgress(
      @PathVariable String id,
      @RequestHeader(value = IfMatch.HEADER, required = false) String ifMatch,
      @Valid @RequestBody ProgressRequest request) {
    return shown(hazards.recordProgress(
        id, IfMatch.expectedVersion(ifMatch), request.note(), request.percent(), request.evidenceRefsOrEmpty()));
  }

  /** Declares the rectification done and submits its evidence for verification. */
  @PostMapping("/{id}/completion")
  public ResponseEntity<HazardResponse> completeRectification(
      @PathVariable String id,
      @RequestHeader(value = IfMatch.HEADER, required = false) String ifMatch,
      @Valid @RequestBody CompletionRequest request) {
    return shown(hazards.completeRectification(
        id, IfMatch.expectedVersion(ifMatch), request.evidenceRefs(), request.note()));
  }

  /** ACCEPT signs the hazard off (销号); REJECT sends it back to rectifying. */
  @PostMapping("/{id}/verification")
  public ResponseEntity<HazardResponse> verify(
      @PathVariable String id,
      @RequestHeader(value = IfMatch.HEADER, required = false) String ifMatch,
      @Valid @RequestBody VerificationRequest request) {
    return shown(hazards.verify(id, IfMatch.expectedVersion(ifMatch), request.outcome(), request.reason()));
  }

  /** 201 with the request's path; its number is also the hazard's {@code pendingExtension.number}. */
  @PostMapping("/{id}/deadline-extensions")
  public ResponseEntity<HazardResponse> requestDeadlineExtension(
      @PathVariable String id,
      @RequestHeader(value = IfMatch.HEADER, required = false) String ifMatch,
      @Valid @RequestBody DeadlineExtensionRequest request) {
    ExtensionRequested requested =
        hazards.requestDeadlineExtension(
            id, IfMatch.expectedVersion(ifMatch), request.requestedDeadline(), request.reason());
    URI location =
        UriComponentsBuilder.fromPath("/api/hazards/{id}/deadline-extensions/{n}")
            .buildAndExpand(id, requested.number())
            .toUri();
    return ResponseEntity.created(location)
        .eTag(IfMatch.etag(requested.hazard().version()))
        .body(HazardResponse.of(requested.hazard()));
  }

  @PostMapping("/{id}/deadline-extensions/{number}/decision")
  public ResponseEntity<HazardResponse> decideDeadlineExtension(
      @PathVariable String id,
      @PathVariable int number,
      @RequestHeader(value = IfMatch.HEADER, required = false) String ifMatch,
      @Valid @RequestBody ExtensionDecisionRequest request) {
    return shown(hazards.decideDeadlineExtension(
        id, number, IfMatch.expectedVersion(ifMatch), request.decision(), request.reason()));
  }

  /** Reopens a signed-off hazard after a look-back review (回头看). */
  @PostMapping("/{id}/reopening")
  public ResponseEntity<HazardResponse> reopen(
      @PathVariable String id,
      @RequestHeader(value = IfMatch.HEADER, required = false) String ifMatch,
      @Valid @RequestBody ReopeningRequest request) {
    return shown(hazards.reopen(id, IfMatch.expectedVersion(ifMatch), request.reason(), request.reviewReference()));
  }

  private static ResponseEntity<HazardResponse> shown(HazardView hazard) {
    return ResponseEntity.ok().eTag(IfMatch.etag(hazard.version())).body(HazardResponse.of(hazard));
  }
}
