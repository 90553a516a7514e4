package io.shouwei.hazard.tip.web;

import io.shouwei.hazard.tip.TipStatus;
import io.shouwei.hazard.tip.TrackingCode;
import io.shouwei.hazard.tip.application.TipService;
import io.shouwei.hazard.tip.view.TipView;
import io.shouwei.platform.web.IfMatch;
import io.shouwei.platform.web.ProblemException;
import io.shouwei.platform.web.ProblemHandler.FieldProblem;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Tips (举报): filed and followed by the public without a token, read and triaged by agencies.
 *
 * <ul>
 *   <li>{@code POST /api/tips} — public: files a tip, answers its tracking code.
 *   <li>{@code GET /api/tips/{ref}} — one path, two readers, told apart by the form of {@code ref}:
 *       a tracking code ({@code TIP-…}) answers the public status to anyone; a tip id (a UUID)
 *       answers the whole tip to a caller with a token who may read it (401 without one). Both
 *       are open without a token at the door (security), so the service decides here.
 *   <li>{@code GET /api/tips?status=} — agencies, auditors, administrators: a page of tips.
 *   <li>{@code POST /api/tips/{id}/triage} — agencies: convert into a hazard, or dismiss.
 * </ul>
 */
@RestController
@RequestMapping("/api/tips")
public class TipController {

  private final TipService tips;

  public TipController(TipService tips) {
    this.tips = tips;
  }

  /** 201 with the tracking code; 400 bad fields, 422 a rule of the tip. */
  @PostMapping
  public ResponseEntity<TipReceipt> receive(@Valid @RequestBody ReceiveTipRequest request) {
    TrackingCode code = tips.receive(request.toNewTip());
    URI location = UriComponentsBuilder.fromPath("/api/tips/{code}").buildAndExpand(code.toString()).toUri();
    return ResponseEntity.created(location).body(new TipReceipt(code.toString()));
  }

  /**
   * By tracking code: the public status (404 for an unknown code). By id: the tip (401 without a
   * token, 403 role reads no tips, 404 missing or not the caller's). Anything else: 404.
   */
  @GetMapping("/{ref}")
  public ResponseEntity<?> get(@PathVariable String ref) {
    if (TrackingCode.parse(ref).isPresent()) {
      return ResponseEntity.ok(TipStatusResponse.of(tips.status(ref)));
    }
    if (!isUuid(ref)) {
      throw ProblemException.notFound("Tip", ref);
    }
    return shown(tips.get(ref));
  }

  /** A page of the tips the caller may read, newest first; 400 bad paging, 403 role reads no tips. */
  @GetMapping
  public TipPage list(
      @RequestParam(required = false) TipStatus status,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "" + TipService.DEFAULT_PAGE_SIZE) int size) {
    return new TipPage(page, size, tips.list(status, page, size).stream().map(TipResponse::of).toList());
  }

  /**
   * Triages the tip; answers it as it is afterwards. 400 bad fields (a conversion without a
   * hazard), 403 role may not triage, 404 tip (or the hazard's mine) missing or not the caller's,
   * 409 triaged already (with {@code state} and {@code allowedCommands}) or at the same time, 412
   * stale {@code If-Match}, 422 a rule of the tip or the hazard (a dismissal without a reason).
   */
  @PostMapping("/{id}/triage")
  public ResponseEntity<TipResponse> triage(
      @PathVariable String id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @Valid @RequestBody TriageRequest request) {
    Long expectedVersion = IfMatch.expectedVersion(ifMatch);
    TipView tip =
        switch (request.decision()) {
          case CONVERT -> tips.convert(id, expectedVersion, requireHazard(request).toNewHazard());
          case DISMISS -> tips.dismiss(id, expectedVersion, request.reason());
        };
    return shown(tip);
  }

  private static TipHazardBody requireHazard(TriageRequest request) {
    if (request.hazard() == null) {
      ProblemException problem = ProblemException.invalid("A conversion needs the hazard to report.");
      problem.getBody().setProperty("errors", List.of(new FieldProblem("hazard", "is required to convert a tip")));
      throw problem;
    }
    return request.hazard();
  }

  private static boolean isUuid(String text) {
    try {
      return UUID.fromString(text).toString().equalsIgnoreCase(text);
    } catch (IllegalArgumentException notAUuid) {
      return false;
    }
  }

  private static ResponseEntity<TipResponse> shown(TipView tip) {
    return ResponseEntity.ok().eTag(IfMatch.etag(tip.version())).body(TipResponse.of(tip));
  }
}
