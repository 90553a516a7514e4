package io.shouwei.hazard.order.web;

import io.shouwei.hazard.order.application.IssuedOrder;
import io.shouwei.hazard.order.application.OrderService;
import io.shouwei.hazard.order.view.OrderView;
import io.shouwei.platform.web.IfMatch;
import io.shouwei.platform.web.PageParams;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
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
 * Issuing, reading and acting on rectification orders. Every answer that shows an order carries
 * its version as {@code ETag}; every command honours {@code If-Match} with that ETag. Errors are
 * problem+json (platform's ProblemHandler): 400 bad fields, 403 a role that may never do this (an
 * auditor changes nothing; only the district bureau decides on a resumption), 404 an order (or
 * mine) that does not exist or is not the caller's, 409 a command the order's state does not allow
 * (with {@code state} and {@code allowedCommands}), 412 a stale {@code If-Match}, 422 a broken rule
 * (named in {@code rule}, the hazards concerned in {@code hazardIds}). A refused command stores
 * nothing.
 */
@RestController
@RequestMapping("/api/orders")
public class OrderController {

  private final OrderService orders;

  public OrderController(OrderService orders) {
    this.orders = orders;
  }

  /**
   * Issues an order against a mine: 201 with the new order's path, id and number; 400 bad fields,
   * 403 role may not issue, 404 mine missing or not the caller's, 409 mine closed, 422 a rule broken.
   */
  @PostMapping
  public ResponseEntity<OrderCreated> issue(@Valid @RequestBody IssueOrderRequest request) {
    IssuedOrder issued = orders.issue(request.toNewOrder());
    URI location = UriComponentsBuilder.fromPath("/api/orders/{id}").buildAndExpand(issued.id()).toUri();
    return ResponseEntity.created(location).body(new OrderCreated(issued.id(), issued.number()));
  }

  /** The order's current state; 404 when it does not exist or is not the caller's to see. */
  @GetMapping("/{id}")
  public ResponseEntity<OrderResponse> get(@PathVariable String id) {
    return shown(orders.get(id));
  }

  /**
   * One page of the orders the caller may read, newest first; only those of {@code mineId} when
   * given. {@code size} above {@value OrderService#MAX_PAGE_SIZE} is 400.
   */
  @GetMapping
  public List<OrderResponse> list(
      @RequestParam(required = false) String mineId,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "" + OrderService.DEFAULT_PAGE_SIZE) int size) {
    return orders.list(mineId, PageParams.of(page, size, OrderService.MAX_PAGE_SIZE)).stream().map(OrderResponse::of).toList();
  }

  /** The mine's enterprise acknowledges the order; an order to stop production takes effect. */
  @PostMapping("/{id}/acknowledgement")
  public ResponseEntity<OrderResponse> acknowledge(
      @PathVariable String id, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    return shown(orders.acknowledge(id, IfMatch.expectedVersion(ifMatch)));
  }

  /**
   * The enterprise applies to resume production; 422 {@code CITED_HAZARDS_NOT_SIGNED_OFF} listing
   * the open ones, 422 {@code REAPPLICATION_BLOCKED} too soon after a failed review or a refusal.
   */
  @PostMapping("/{id}/resumption-application")
  public ResponseEntity<OrderResponse> applyForResumption(
      @PathVariable String id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @Valid @RequestBody ResumptionApplicationRequest request) {
    return shown(orders.applyForResumption(
        id, IfMatch.expectedVersion(ifMatch), request.rectificationReportRef(), request.assessmentReportRef()));
  }

  /** The town office (or the district bureau) reviews the application: PASS or FAIL with findings. */
  @PostMapping("/{id}/resumption-review")
  public ResponseEntity<OrderResponse> reviewResumption(
      @PathVariable String id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @Valid @RequestBody ResumptionReviewRequest request) {
    return shown(orders.reviewResumption(id, IfMatch.expectedVersion(ifMatch), request.outcome(), request.findings()));
  }

  /** The district bureau approves (the order is lifted, the mine resumes) or rejects with a reason. */
  @PostMapping("/{id}/resumption-decision")
  public ResponseEntity<OrderResponse> decideResumption(
      @PathVariable String id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @Valid @RequestBody ResumptionDecisionRequest request) {
    return shown(orders.decideResumption(id, IfMatch.expectedVersion(ifMatch), request.decision(), request.reason()));
  }

  /**
   * The service (workflow-service, role SERVICE) lets an unacknowledged order to stop production
   * take effect once its acknowledgement deadline passed; answering again changes nothing. 403 for
   * any other role, 422 {@code ACKNOWLEDGEMENT_DEADLINE_NOT_PASSED} or {@code NOT_A_STOP_ORDER}.
   */
  @PostMapping("/{id}/stop-enforcement")
  public ResponseEntity<OrderResponse> enforceStop(@PathVariable String id) {
    return shown(orders.enforceStop(id));
  }

  /** An agency closes an acknowledged order to rectify within a deadline once its hazards are signed off. */
  @PostMapping("/{id}/fulfilment")
  public ResponseEntity<OrderResponse> fulfil(
      @PathVariable String id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @Valid @RequestBody(required = false) FulfilmentRequest request) {
    return shown(orders.fulfil(id, IfMatch.expectedVersion(ifMatch), request == null ? null : request.remark()));
  }

  private static ResponseEntity<OrderResponse> shown(OrderView order) {
    return ResponseEntity.ok().eTag(IfMatch.etag(order.version())).body(OrderResponse.of(order));
  }
}
