package io.shouwei.gateway.browser;

import io.shouwei.gateway.web.ProblemResponses;
import io.shouwei.gateway.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.CorsUtils;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Answers a cross-origin request that the CORS policy refuses (an origin not configured, or a
 * preflight asking for a method or header not allowed) with 403 {@code application/problem+json}
 * before anything else runs; what the policy allows goes on to Spring Security's CORS handling,
 * which adds the {@code Access-Control-*} headers.
 */
public class CorsRejectionFilter implements WebFilter, Ordered {

  private final CorsConfigurationSource policy;
  private final ProblemResponses problems;

  public CorsRejectionFilter(CorsConfigurationSource policy, ProblemResponses problems) {
    this.policy = policy;
    this.problems = problems;
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE + 3;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    ServerHttpRequest request = exchange.getRequest();
    if (!CorsUtils.isCorsRequest(request)) {
      return chain.filter(exchange);
    }
    CorsConfiguration config = policy.getCorsConfiguration(exchange);
    String refusal = refusal(config, request);
    if (refusal == null) {
      return chain.filter(exchange);
    }
    return problems.write(exchange, Problems.of(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, refusal));
  }

  private static String refusal(CorsConfiguration config, ServerHttpRequest request) {
    if (config == null || config.checkOrigin(request.getHeaders().getOrigin()) == null) {
      return "Cross-origin requests from this origin are not allowed.";
    }
    if (CorsUtils.isPreFlightRequest(request)) {
      HttpMethod method = request.getHeaders().getAccessControlRequestMethod();
      if (config.checkHttpMethod(method) == null) {
        return "This cross-origin method is not allowed.";
      }
      var headers = request.getHeaders().getAccessControlRequestHeaders();
      if (!headers.isEmpty() && config.checkHeaders(headers) == null) {
        return "A requested cross-origin header is not allowed.";
      }
    }
    return null;
  }
}
