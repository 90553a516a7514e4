package io.shouwei.gateway.security;

import io.shouwei.contracts.Role;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import org.springframework.security.web.server.util.matcher.OrServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.PathPatternParserServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher.MatchResult;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Function-level authorization (OWASP API5): what a caller may do at all, whatever the object.
 * The first rule that applies decides:
 * <ol>
 *   <li>the health probes are open;
 *   <li>a token with role {@code AUDITOR} may only read ({@code GET}, {@code HEAD}), public paths included;
 *   <li>the rest of actuator and the configured admin paths ({@code /camunda/**},
 *       {@code /api/reports/admin/**}) need role {@code ADMIN};
 *   <li>the configured public paths are open ({@code POST /api/tips}, {@code GET /api/tips/*});
 *   <li>anything else needs a valid token.
 * </ol>
 * A refusal of a caller without a token answers 401, of a caller with one 403. Which objects a
 * caller may see or change is each service's decision.
 */
public final class FunctionRules implements ReactiveAuthorizationManager<AuthorizationContext> {

  static final String ROLE_PREFIX = "ROLE_";
  private static final String AUDITOR = ROLE_PREFIX + Role.AUDITOR.name();
  private static final String ADMIN = ROLE_PREFIX + Role.ADMIN.name();
  private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD);

  /** Where a request falls, before looking at who sends it. */
  enum Area { HEALTH, ADMIN_ONLY, PUBLIC, PROTECTED }

  private final ServerWebExchangeMatcher health;
  private final ServerWebExchangeMatcher adminOnly;
  private final ServerWebExchangeMatcher open;

  public FunctionRules(PathRules paths) {
    health = anyOf(Stream.of("/actuator/health", "/actuator/health/**").map(PathRules.Entry::parse).toList());
    adminOnly = anyOf(Stream.concat(Stream.of(PathRules.Entry.parse("/actuator/**")), paths.adminEntries().stream()).toList());
    open = anyOf(paths.publicEntries());
  }

  @Override
  public Mono<AuthorizationDecision> check(Mono<Authentication> authentication, AuthorizationContext context) {
    ServerWebExchange exchange = context.getExchange();
    boolean read = READS.contains(exchange.getRequest().getMethod());
    Mono<Optional<Set<String>>> roles =
        authentication
            .filter(Authentication::isAuthenticated)
            .map(a -> Optional.of(
                a.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet())))
            .defaultIfEmpty(Optional.empty());
    return Mono.zip(area(exchange), roles)
        .map(t -> new AuthorizationDecision(allows(t.getT1(), read, t.getT2())));
  }

  /**
   * The rules themselves.
   *
   * @param roles the authorities of a valid token ({@code ROLE_<name>}), or empty without one
   */
  static boolean allows(Area area, boolean read, Optional<Set<String>> roles) {
    if (area == Area.HEALTH) {
      return true;
    }
    if (!read && roles.map(r -> r.contains(AUDITOR)).orElse(false)) {
      return false;
    }
    return switch (area) {
      case ADMIN_ONLY -> roles.map(r -> r.contains(ADMIN)).orElse(false);
      case PUBLIC -> true;
      default -> roles.isPresent();
    };
  }

  private Mono<Area> area(ServerWebExchange exchange) {
    return matches(health, exchange).flatMap(h -> h ? Mono.just(Area.HEALTH)
        : matches(adminOnly, exchange).flatMap(a -> a ? Mono.just(Area.ADMIN_ONLY)
            : matches(open, exchange).map(o -> o ? Area.PUBLIC : Area.PROTECTED)));
  }

  private static Mono<Boolean> matches(ServerWebExchangeMatcher matcher, ServerWebExchange exchange) {
    return matcher.matches(exchange).map(MatchResult::isMatch);
  }

  private static ServerWebExchangeMatcher anyOf(List<PathRules.Entry> entries) {
    if (entries.isEmpty()) {
      return exchange -> MatchResult.notMatch();
    }
    return new OrServerWebExchangeMatcher(
        entries.stream()
            .<ServerWebExchangeMatcher>map(e -> new PathPatternParserServerWebExchangeMatcher(e.pattern(), e.method()))
            .toList());
  }
}
