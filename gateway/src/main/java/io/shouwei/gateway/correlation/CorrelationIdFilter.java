package io.shouwei.gateway.correlation;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR;

import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gives every exchange a correlation id before anything else runs: the caller's
 * {@value #HEADER} when it is well formed, otherwise a new UUID. The id goes to the downstream
 * service on the request, back to the caller on the response (also on the gateway's own 401s
 * and 404s), and into the one access-log line written when the response is committed. That
 * line names method, path (never the query), status, time and route; never a header value nor
 * a body, and a tip's tracking code (which lets anyone follow the tip) only as {@code {code}}.
 */
@Component
public class CorrelationIdFilter implements WebFilter, Ordered {

  public static final String HEADER = "X-Correlation-Id";
  public static final String MDC_KEY = "correlationId";
  public static final String ATTRIBUTE = CorrelationIdFilter.class.getName() + ".id";

  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
  private static final Pattern TIP = Pattern.compile("^/api/tips/[^/]+$");
  private static final Logger accessLog = LoggerFactory.getLogger("io.shouwei.gateway.access");

  /** The header's value if it is safe to pass on, log and store; else a new UUID. */
  public static String acceptOrCreate(String headerValue) {
    if (headerValue != null && VALID.matcher(headerValue).matches()) {
      return headerValue;
    }
    return UUID.randomUUID().toString();
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    String id = acceptOrCreate(exchange.getRequest().getHeaders().getFirst(HEADER));
    long started = System.nanoTime();
    exchange.getAttributes().put(ATTRIBUTE, id);
    ServerHttpResponse response = exchange.getResponse();
    // at commit time, so the id replaces whatever a downstream service echoed
    response.beforeCommit(
        () -> {
          response.getHeaders().set(HEADER, id);
          logAccess(exchange, id, started);
          return Mono.empty();
        });
    ServerWebExchange withId = exchange.mutate().request(r -> r.headers(h -> h.set(HEADER, id))).build();
    return chain.filter(withId);
  }

  /** The path as the access log shows it. */
  static String loggedPath(String path) {
    return TIP.matcher(path).matches() ? "/api/tips/{code}" : path;
  }

  private static void logAccess(ServerWebExchange exchange, String id, long started) {
    if (!accessLog.isInfoEnabled()) {
      return;
    }
    HttpStatusCode status = exchange.getResponse().getStatusCode();
    Route route = exchange.getAttribute(GATEWAY_ROUTE_ATTR);
    try (MDC.MDCCloseable ignored = MDC.putCloseable(MDC_KEY, id)) {
      accessLog.info("{} {} {} {}ms route={}",
          exchange.getRequest().getMethod(),
          loggedPath(exchange.getRequest().getPath().value()),
          status == null ? 200 : status.value(),
          (System.nanoTime() - started) / 1_000_000,
          route == null ? "-" : route.getId());
    }
  }
}
