package io.shouwei.gateway.ratelimit;

import io.shouwei.gateway.web.ProblemResponses;
import io.shouwei.gateway.web.Problems;
import java.net.InetSocketAddress;
import java.security.Principal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.support.ipresolver.XForwardedRemoteAddressResolver;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Counts every {@code /api/**} request that security let through against its buckets: a request
 * with a token against its caller's and its client system's, a request without one (only the
 * public tip endpoint gets that far) against its address's stricter one. The first empty bucket
 * answers 429 {@code application/problem+json} with {@code Retry-After} in seconds. When the
 * buckets cannot be reached in time the request passes and a warning is logged: an outage of
 * Redis does not take the API down.
 */
public class RateLimitFilter implements WebFilter, Ordered {

  /** After Spring Security's filter chain (order -100), so the token is known. */
  static final int ORDER = 0;

  private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);

  private final TokenBuckets buckets;
  private final RateLimitProperties properties;
  private final ProblemResponses problems;
  private final XForwardedRemoteAddressResolver addresses;

  public RateLimitFilter(TokenBuckets buckets, RateLimitProperties properties, ProblemResponses problems) {
    this.buckets = buckets;
    this.properties = properties;
    this.problems = problems;
    this.addresses =
        properties.trustedProxies() > 0
            ? XForwardedRemoteAddressResolver.maxTrustedIndex(properties.trustedProxies())
            : null;
  }

  @Override
  public int getOrder() {
    return ORDER;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    if (!exchange.getRequest().getPath().pathWithinApplication().value().startsWith("/api/")) {
      return chain.filter(exchange);
    }
    return exchange.getPrincipal()
        .map(principal -> checksFor(principal))
        .switchIfEmpty(Mono.fromSupplier(() -> List.of(new Check("ip", address(exchange), properties.publicIp()))))
        .flatMapMany(Flux::fromIterable)
        .concatMap(check -> buckets.consume(properties.keyPrefix() + ":" + check.kind() + ":" + check.id(), check.limit()))
        .filter(verdict -> !verdict.allowed())
        .next()
        .timeout(properties.redisTimeout())
        .onErrorResume(e -> {
          log.warn("rate limit not checked: {}", e instanceof TimeoutException ? "the buckets did not answer in time" : e.toString());
          return Mono.empty();
        })
        .flatMap(refused -> tooMany(exchange, refused.retryAfter()).thenReturn(true))
        .switchIfEmpty(Mono.defer(() -> chain.filter(exchange).thenReturn(false)))
        .then();
  }

  private List<Check> checksFor(Principal principal) {
    List<Check> checks = new ArrayList<>();
    checks.add(new Check("principal", principal.getName(), properties.principal()));
    if (principal instanceof JwtAuthenticationToken token) {
      String client = clientOf(token.getToken());
      if (client != null) {
        checks.add(new Check("client", client, properties.client()));
      }
    }
    return checks;
  }

  /** The client system a token was issued to: {@code azp}, else {@code client_id}, else the caller's {@code org}. */
  static String clientOf(Jwt jwt) {
    for (String claim : List.of("azp", "client_id", "org")) {
      String value = jwt.getClaimAsString(claim);
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }

  private String address(ServerWebExchange exchange) {
    InetSocketAddress remote =
        addresses == null ? exchange.getRequest().getRemoteAddress() : addresses.resolve(exchange);
    if (remote == null) {
      return "unknown";
    }
    return remote.getAddress() == null ? remote.getHostString() : remote.getAddress().getHostAddress();
  }

  private Mono<Void> tooMany(ServerWebExchange exchange, Duration retryAfter) {
    long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
    ProblemDetail problem =
        Problems.of(HttpStatus.TOO_MANY_REQUESTS, Problems.TOO_MANY_REQUESTS,
            "Too many requests; try again in " + seconds + " s.");
    return problems.write(exchange, problem);
  }

  private record Check(String kind, String id, RateLimitProperties.Limit limit) {}
}
