package io.shouwei.hazard.audit.web;

import io.shouwei.hazard.audit.AuditService;
import io.shouwei.hazard.audit.AuditedTypes;
import io.shouwei.hazard.audit.EventHistory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A hazard's stored history and the check of its hash chain. 404 when the hazard does not exist or
 * is not the caller's to read; 400 for a page or size out of range.
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
}
