package io.shouwei.gateway.browser;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Security headers on every response, the gateway's own and the proxied ones alike (they replace
 * what a service sent, so a browser sees one value): no MIME sniffing, no framing, no referrer,
 * HSTS when {@link BrowserPolicy#hsts()}, and a content security policy: the API answers JSON and
 * files that need nothing, the dashboard page and the Swagger UI may load only from their own origin. The Camunda
 * webapp brings its own policy, which is kept.
 */
@Component
public class SecurityHeadersFilter implements WebFilter, Ordered {

  static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
  static final String DASHBOARD_POLICY =
      "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; "
          + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
  static final String HSTS = "max-age=31536000; includeSubDomains";

  private final BrowserPolicy policy;

  public SecurityHeadersFilter(BrowserPolicy policy) {
    this.policy = policy;
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE + 1;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    ServerHttpResponse response = exchange.getResponse();
    String path = exchange.getRequest().getPath().pathWithinApplication().value();
    response.beforeCommit(() -> {
      HttpHeaders headers = response.getHeaders();
      headers.set("X-Content-Type-Options", "nosniff");
      headers.set("X-Frame-Options", "DENY");
      headers.set("Referrer-Policy", "no-referrer");
      if (policy.hsts()) {
        headers.set("Strict-Transport-Security", HSTS);
      }
      if (path.startsWith("/dashboard") || path.startsWith("/swagger-ui") || path.startsWith("/webjars/swagger-ui")) {
        headers.set("Content-Security-Policy", DASHBOARD_POLICY);
      } else if (!path.startsWith("/camunda/") || !headers.containsKey("Content-Security-Policy")) {
        headers.set("Content-Security-Policy", API_POLICY);
      }
      return Mono.empty();
    });
    return chain.filter(exchange);
  }
}
