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
 * An order's stored history, the check of its hash chain and its state at a past point, read like a
 * hazard's. 404 when the order does not exist or is not the caller's to read; 400 for a malformed
 * parameter.
 */
@RestController
@RequestMapping("/api/orders/{id}")
public class OrderAuditController {

  private final AuditService audit;
  private final AuditedTypes types;

  public OrderAuditController(AuditService audit, AuditedTypes types) {
    this.audit = audit;
    this.types = types;
  }

  /** The order's events in order, {@code size} (1 to 500, default 50) per page, pages from 0. */
  @GetMapping("/history")
  public EventHistory history(
      @PathVariable String id,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "" + AuditService.DEFAULT_PAGE_SIZE) int size) {
    return audit.history(types.order(), id, page, size);
  }

  /** As for a hazard: intact, or the first event where the chain does not hold. */
  @GetMapping("/integrity")
  public IntegrityResponse integrity(@PathVariable String id) {
    return IntegrityResponse.of(audit.integrity(types.order(), id));
  }

  /**
   * {@code GET /api/orders/{id}?asOf=<instant>}: the order as it was at that instant, with
   * {@code asOf} echoed; 404 before its issue, 400 for a malformed instant or with
   * {@code version} too.
   */
  @GetMapping(params = ReplayParams.AS_OF)
  public OrderStateResponse asOf(
      @PathVariable String id,
      @RequestParam(ReplayParams.AS_OF) String asOf,
      @RequestParam(name = ReplayParams.VERSION, required = false) String version) {
    ReplayPoint.AsOf point = ReplayParams.asOf(asOf, version);
    return OrderStateResponse.of(audit.stateAt(types.order(), id, point).state(), point.instant());
  }

  /**
   * {@code GET /api/orders/{id}?version=<n>}: the order right after its event {@code n} (0 is the
   * issue); 404 beyond its latest event, 400 for a malformed or negative number.
   */
  @GetMapping(params = {ReplayParams.VERSION, "!" + ReplayParams.AS_OF})
  public OrderStateResponse atVersion(@PathVariable String id, @RequestParam(ReplayParams.VERSION) String version) {
    return OrderStateResponse.of(audit.stateAt(types.order(), id, ReplayParams.version(version)).state(), null);
  }
}
