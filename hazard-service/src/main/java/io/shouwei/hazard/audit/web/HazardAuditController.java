package io.shouwei.hazard.audit.web;

import io.shouwei.hazard.audit.AuditService;
import io.shouwei.hazard.audit.AuditedTypes;
import io.shouwei.hazard.audit.EventHistory;
import io.shouwei.hazard.audit.ReplayPoint;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A hazard's stored history, the check of its hash chain and its state at a past point. 404 when
 * the hazard does not exist or is not the caller's to read; 400 for a malformed parameter.
 */
@RestController
@RequestMapping("/api/hazards/{id}")
public class HazardAuditController {

  private final AuditService audit;
  private final AuditedTypes types;

  public HazardAuditController(AuditService audit, AuditedTypes types) {
    this.audit = audit;
    this.types = types;
  }

  /** The hazard's events in order, {@code size} (1 to 500, default 50) per page, pages from 0. */
  @GetMapping("/history")
  public EventHistory history(
      @PathVariable String id,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "" + AuditService.DEFAULT_PAGE_SIZE) int size) {
    return audit.history(types.hazard(), id, page, size);
  }

  /**
   * {@code {"intact":true,"events":n}}, or {@code {"intact":false,"events":n,
   * "firstBrokenSequence":k,"reason":"…"}} naming the first event where the chain does not hold.
   */
  @GetMapping("/integrity")
  public IntegrityResponse integrity(@PathVariable String id) {
    return IntegrityResponse.of(audit.integrity(types.hazard(), id));
  }

  /**
   * {@code GET /api/hazards/{id}?asOf=<instant>}: the hazard as it was at that instant, replayed
   * from its stored events up to the last one stored at or before it, with {@code asOf} echoed; 404
   * before its report, 400 for a malformed instant or with {@code version} too.
   */
  @GetMapping(params = ReplayParams.AS_OF)
  public HazardStateResponse asOf(
      @PathVariable String id,
      @RequestParam(ReplayParams.AS_OF) String asOf,
      @RequestParam(name = ReplayParams.VERSION, required = false) String version) {
    ReplayPoint.AsOf point = ReplayParams.asOf(asOf, version);
    return HazardStateResponse.of(audit.stateAt(types.hazard(), id, point).state(), point.instant());
  }

  /**
   * {@code GET /api/hazards/{id}?version=<n>}: the hazard right after its event {@code n} (0 is the
   * report); 404 beyond its latest event, 400 for a malformed or negative number.
   */
  @GetMapping(params = {ReplayParams.VERSION, "!" + ReplayParams.AS_OF})
  public HazardStateResponse atVersion(
      @PathVariable String id, @RequestParam(ReplayParams.VERSION) String version) {
    return HazardStateResponse.of(audit.stateAt(types.hazard(), id, ReplayParams.version(version)).state(), null);
  }
}
