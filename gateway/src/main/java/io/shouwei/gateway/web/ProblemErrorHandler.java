package io.shouwei.gateway.web;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR;

import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.netty.channel.ConnectTimeoutException;
import io.shouwei.gateway.correlation.CorrelationIdFilter;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.web.reactive.error.ErrorWebExceptionHandler;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServiceUnavailableException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The one place where a failure inside the gateway becomes {@code application/problem+json}:
 * a path without a route (404), a bad request to the gateway's own endpoints (400, 405, 415), a
 * downstream service that is unreachable (503), hangs up (502) or is too slow (504), a service whose
 * circuit breaker is open (503), a service with as many calls in flight as its bulkhead allows (503
 * with {@code Retry-After}; the circuit breaker ignores these, since the service did not fail), and
 * anything unexpected (500). 401 and 403 are written by the security handlers through the same
 * {@link ProblemResponses}. Replaces Boot's default error handler.
 */
@Component
@Order(-2)
public class ProblemErrorHandler implements ErrorWebExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemErrorHandler.class);

  /** What a caller turned away at a bulkhead is told to wait: calls in flight end within a second or so. */
  private static final String BUSY_RETRY_AFTER_SECONDS = "1";

  private final ProblemResponses problems;

  public ProblemErrorHandler(ProblemResponses problems) {
    this.problems = problems;
  }

  @Override
  public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
    if (exchange.getResponse().isCommitted()) {
      // a downstream answer is already on its way; nothing sensible can be written any more
      return Mono.error(ex);
    }
    exchange.getResponse().getHeaders().clear();
    ProblemDetail problem = toProblem(exchange, ex);
    return problems.write(exchange, problem);
  }

  private ProblemDetail toProblem(ServerWebExchange exchange, Throwable ex) {
    Route route = exchange.getAttribute(GATEWAY_ROUTE_ATTR);
    if (route != null) {
      if (causedBy(ex, BulkheadFullException.class)) {
        logDownstream(exchange, route, HttpStatus.SERVICE_UNAVAILABLE.value(), "calls in flight at the bulkhead's limit");
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, BUSY_RETRY_AFTER_SECONDS);
        return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, Problems.UNAVAILABLE,
            "The service behind this path has as many calls in progress as it takes; try again in a second.");
      }
      if (ex instanceof ServiceUnavailableException) {
        logDownstream(exchange, route, HttpStatus.SERVICE_UNAVAILABLE.value(), "circuit breaker open");
        return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, Problems.UNAVAILABLE,
            "The service behind this path failed repeatedly; calls to it are paused. Try again shortly.");
      }
      ProblemDetail downstream = downstreamFailure(ex);
      if (downstream != null) {
        logDownstream(exchange, route, downstream.getStatus(), ex.toString());
        return downstream;
      }
    }
    if (ex instanceof AuthenticationServiceException) {
      logUnexpected(exchange, "token validation failed for want of its key set", ex);
      return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, Problems.UNAVAILABLE,
          "Tokens cannot be validated right now; try again shortly.");
    }
    if (ex instanceof ErrorResponse error) {
      return fromErrorResponse(exchange, error, ex);
    }
    logUnexpected(exchange, "unexpected failure", ex);
    return internal();
  }

  private ProblemDetail fromErrorResponse(ServerWebExchange exchange, ErrorResponse error, Throwable ex) {
    HttpStatusCode status = error.getStatusCode();
    if (status.value() == HttpStatus.NOT_FOUND.value()) {
      return Problems.of(status, Problems.NOT_FOUND, "Nothing is routed at this path.");
    }
    if (status.value() == HttpStatus.GATEWAY_TIMEOUT.value()) {
      return Problems.of(status, Problems.GATEWAY_TIMEOUT, "The service behind this path did not answer in time.");
    }
    if (status.is5xxServerError()) {
      logUnexpected(exchange, "failure with status " + status.value(), ex);
      return internal();
    }
    ProblemDetail body = error.getBody();
    if (body.getType() == null || "about:blank".equals(body.getType().toString())) {
      body.setType(Problems.typeFor(status));
    }
    return body;
  }

  private static boolean causedBy(Throwable ex, Class<? extends Throwable> type) {
    for (Throwable t = ex; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  /** How a proxied call failed, or null when the failure did not come from the downstream. */
  private static ProblemDetail downstreamFailure(Throwable ex) {
    for (Throwable t = ex; t != null; t = t.getCause()) {
      if (t instanceof ConnectTimeoutException) {
        return Problems.of(HttpStatus.GATEWAY_TIMEOUT, Problems.GATEWAY_TIMEOUT,
            "The service behind this path could not be reached in time.");
      }
      if (t instanceof ConnectException
          || t instanceof UnknownHostException
          || t instanceof NoRouteToHostException) {
        return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, Problems.UNAVAILABLE,
            "The service behind this path is not available; try again shortly.");
      }
      if (t instanceof IOException) {
        return Problems.of(HttpStatus.BAD_GATEWAY, Problems.BAD_GATEWAY,
            "The service behind this path broke off its answer.");
      }
    }
    return null;
  }

  private static ProblemDetail internal() {
    return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, Problems.INTERNAL,
        "An unexpected error occurred; it has been logged with the correlation id.");
  }

  private static void logDownstream(ServerWebExchange exchange, Route route, int status, String cause) {
    try (MDC.MDCCloseable ignored = correlation(exchange)) {
      log.warn("route {} failed with {} ({}) for {} {}",
          route.getId(), status, cause,
          exchange.getRequest().getMethod(), exchange.getRequest().getPath().value());
    }
  }

  private static void logUnexpected(ServerWebExchange exchange, String what, Throwable ex) {
    try (MDC.MDCCloseable ignored = correlation(exchange)) {
      log.error("{} on {} {}", what, exchange.getRequest().getMethod(), exchange.getRequest().getPath().value(), ex);
    }
  }

  private static MDC.MDCCloseable correlation(ServerWebExchange exchange) {
    String id = exchange.getAttributeOrDefault(CorrelationIdFilter.ATTRIBUTE, "");
    return MDC.putCloseable(CorrelationIdFilter.MDC_KEY, id);
  }
}
