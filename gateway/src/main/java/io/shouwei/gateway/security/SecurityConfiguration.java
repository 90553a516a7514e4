package io.shouwei.gateway.security;

import io.shouwei.gateway.web.ProblemResponses;
import io.shouwei.gateway.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;

/**
 * Who may pass. {@code /api/**} needs a valid bearer JWT (signature, issuer, audience, expiry),
 * except the configured public paths ({@code shouwei.security.public-paths}: filing a tip and
 * looking one up). Health, info and metrics, the dashboard and the Camunda webapp are open; every
 * other actuator endpoint is closed (before any configured path); any other path needs a token
 * too, so a path without a route answers 404 only to a caller with a token.
 * The gateway checks tokens and forwards them unchanged; each service checks them again.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@EnableConfigurationProperties(PublicPaths.class)
public class SecurityConfiguration {

  private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

  static final String[] PUBLIC_ACTUATOR = {
    "/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus"
  };
  static final String[] PUBLIC_ROUTES = {"/dashboard/**", "/camunda/**"};

  @Bean
  SecurityWebFilterChain securityWebFilterChain(
      ServerHttpSecurity http, PublicPaths paths, ProblemResponses problems) {
    ServerAuthenticationEntryPoint entryPoint = entryPoint(problems);
    ServerAccessDeniedHandler accessDenied = accessDeniedHandler(problems);
    return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
        .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
        .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
        .logout(ServerHttpSecurity.LogoutSpec::disable)
        .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
        .requestCache(c -> c.requestCache(NoOpServerRequestCache.getInstance()))
        .authorizeExchange(a -> authorize(a, paths))
        .oauth2ResourceServer(
            o -> o.jwt(Customizer.withDefaults())
                .authenticationEntryPoint(entryPoint)
                .accessDeniedHandler(accessDenied))
        .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint).accessDeniedHandler(accessDenied))
        .build();
  }

  private static void authorize(AuthorizeExchangeSpec a, PublicPaths paths) {
    a.pathMatchers(PUBLIC_ACTUATOR).permitAll()
        .pathMatchers("/actuator/**").denyAll()
        .pathMatchers(PUBLIC_ROUTES).permitAll();
    for (PublicPaths.Entry path : paths.entries()) {
      if (path.method() == null) {
        a.pathMatchers(path.pattern()).permitAll();
      } else {
        a.pathMatchers(path.method(), path.pattern()).permitAll();
      }
    }
    a.anyExchange().authenticated();
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
