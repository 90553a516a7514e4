package io.shouwei.gateway.security;

import io.shouwei.gateway.browser.BrowserPolicy;
import io.shouwei.gateway.browser.CorsRejectionFilter;
import io.shouwei.gateway.correlation.CorrelationIdFilter;
import io.shouwei.gateway.web.ProblemResponses;
import java.time.Duration;
import java.util.List;
import io.shouwei.gateway.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/**
 * Who may pass. A bearer JWT is checked (RS256 signature, issuer, audience, expiry and not-before
 * with the default minute of clock skew) wherever one is sent; its {@code roles} claim becomes
 * the authorities {@code ROLE_<name>}. {@link FunctionRules} then decides what the caller may do
 * at all (health open, auditors read only, admin paths for {@code ADMIN}, the configured public
 * paths open, the rest for any valid token); each service decides again which objects it may
 * touch. CORS answers only the configured origins ({@link BrowserPolicy}); the security headers
 * are written by {@link io.shouwei.gateway.browser.SecurityHeadersFilter}. The gateway forwards
 * tokens unchanged; each service checks them again.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@EnableConfigurationProperties({PathRules.class, BrowserPolicy.class})
public class SecurityConfiguration {

  private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

  @Bean
  SecurityWebFilterChain securityWebFilterChain(
      ServerHttpSecurity http, PathRules paths, CorsConfigurationSource cors, ProblemResponses problems) {
    ServerAuthenticationEntryPoint entryPoint = entryPoint(problems);
    ServerAccessDeniedHandler accessDenied = accessDeniedHandler(problems);
    return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
        .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
        .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
        .logout(ServerHttpSecurity.LogoutSpec::disable)
        .headers(ServerHttpSecurity.HeaderSpec::disable)
        .cors(c -> c.configurationSource(cors))
        .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
        .requestCache(c -> c.requestCache(NoOpServerRequestCache.getInstance()))
        .authorizeExchange(a -> a.anyExchange().access(new FunctionRules(paths)))
        .oauth2ResourceServer(
            o -> o.jwt(j -> j.jwtAuthenticationConverter(rolesAsAuthorities()))
                .authenticationEntryPoint(entryPoint)
                .accessDeniedHandler(accessDenied))
        .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint).accessDeniedHandler(accessDenied))
        .build();
  }

  /** The token's {@code roles} claim, each as {@code ROLE_<name>}. */
  static ReactiveJwtAuthenticationConverterAdapter rolesAsAuthorities() {
    JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
    roles.setAuthoritiesClaimName("roles");
    roles.setAuthorityPrefix(FunctionRules.ROLE_PREFIX);
    JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
    converter.setJwtGrantedAuthoritiesConverter(roles);
    return new ReactiveJwtAuthenticationConverterAdapter(converter);
  }

  /**
   * Cross-origin calls to the API from the configured origins only, with the headers the API
   * reads and shows; no cookies (the API takes bearer tokens). Without origins, none.
   */
  @Bean
  CorsConfigurationSource corsConfigurationSource(BrowserPolicy browser) {
    UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
    CorsConfiguration api = new CorsConfiguration();
    api.setAllowedOrigins(browser.allowedOrigins());
    api.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"));
    api.setAllowedHeaders(
        List.of("Authorization", "Content-Type", "If-Match", "Idempotency-Key", CorrelationIdFilter.HEADER));
    api.setExposedHeaders(List.of("ETag", "Location", "Retry-After", CorrelationIdFilter.HEADER));
    api.setAllowCredentials(false);
    api.setMaxAge(Duration.ofHours(1));
    source.registerCorsConfiguration("/**", api);
    return source;
  }

  /** A refused cross-origin request as a 403 problem, before it reaches the CORS handling above. */
  @Bean
  CorsRejectionFilter corsRejectionFilter(CorsConfigurationSource cors, ProblemResponses problems) {
    return new CorsRejectionFilter(cors, problems);
  }

  /**
   * 400 for what Spring Security's strict firewall refuses before any rule runs: encoded slashes,
   * {@code ..} segments, semicolons and the like, which could slip a path past the rules above.
   */
  @Bean
  ServerExchangeRejectedHandler exchangeRejectedHandler(ProblemResponses problems) {
    return (exchange, ex) -> {
      log.debug("request refused by the firewall: {}", ex.getMessage());
      return problems.write(exchange,
          Problems.of(HttpStatus.BAD_REQUEST, Problems.INVALID_REQUEST,
              "The request path or headers contain something that is not allowed."));
    };
  }

  /** 401 with {@code WWW-Authenticate: Bearer} (RFC 6750), naming {@code invalid_token} when one was sent. */
  static ServerAuthenticationEntryPoint entryPoint(ProblemResponses problems) {
    return (exchange, ex) -> {
      boolean tokenRejected = ex instanceof OAuth2AuthenticationException;
      if (tokenRejected) {
        log.debug("bearer token rejected: {}", ex.getMessage());
      }
      exchange.getResponse().getHeaders()
          .set("WWW-Authenticate", tokenRejected ? "Bearer error=\"invalid_token\"" : "Bearer");
      ProblemDetail problem =
          Problems.of(HttpStatus.UNAUTHORIZED, Problems.UNAUTHENTICATED,
              tokenRejected
                  ? "The bearer token is invalid, expired or not meant for Shouwei."
                  : "A bearer token is required.");
      return problems.write(exchange, problem);
    };
  }

  static ServerAccessDeniedHandler accessDeniedHandler(ProblemResponses problems) {
    return (exchange, ex) ->
        problems.write(exchange,
            Problems.of(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "This is not open to your token."));
  }
}
