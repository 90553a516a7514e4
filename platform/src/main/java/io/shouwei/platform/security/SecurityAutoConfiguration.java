package io.shouwei.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Set;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every service is an OAuth2 resource server: it validates the bearer JWT itself (issuer, audience,
 * signature against the configured JWKS) and never trusts the gateway to have done so. Token
 * roles become authorities {@code ROLE_<name>}.
 */
@AutoConfiguration(
    before = org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration.class)
@EnableConfigurationProperties(SecurityAutoConfiguration.PublicPaths.class)
public class SecurityAutoConfiguration {

  /**
   * Paths that need no token besides health, metrics and API docs.
   *
   * @param publicPaths Ant-style patterns for every method (e.g. a web application with its own
   *     login), or a method and a pattern for that method only (e.g. {@code POST /api/tips}); see
   *     {@link PublicPath}. A malformed entry stops the service at start.
   */
  @ConfigurationProperties("shouwei.security")
  public record PublicPaths(List<String> publicPaths) {
    public PublicPaths {
      publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
      entries(publicPaths);
    }

    /** The entries, read. */
    public List<PublicPath> entries() {
      return entries(publicPaths);
    }

    private static List<PublicPath> entries(List<String> publicPaths) {
      return publicPaths.stream().map(PublicPath::parse).toList();
    }
  }

  static final List<String> ALWAYS_PUBLIC =
      List.of(
          "/actuator/health",
          "/actuator/health/**",
          "/actuator/info",
          "/actuator/prometheus",
          "/v3/api-docs",
          "/v3/api-docs/**",
          "/swagger-ui.html",
          "/swagger-ui/**",
          "/error");

  @Bean
  @ConditionalOnMissingBean(SecurityFilterChain.class)
  SecurityFilterChain shouweiSecurityFilterChain(
      HttpSecurity http, PublicPaths paths, ObjectMapper json) throws Exception {
    ProblemAuthenticationHandlers problems = new ProblemAuthenticationHandlers(json);
    http.csrf(AbstractHttpConfigurer::disable)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .authorizeHttpRequests(a -> authorize(a, paths.entries()))
        .oauth2ResourceServer(
            o ->
                o.jwt(j -> j.jwtAuthenticationConverter(jwtAuthenticationConverter()))
                    .authenticationEntryPoint(problems.entryPoint())
                    .accessDeniedHandler(problems.accessDeniedHandler()))
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(problems.entryPoint())
                    .accessDeniedHandler(problems.accessDeniedHandler()))
        .headers(Customizer.withDefaults());
    return http.build();
  }

  /** Health, metrics, API docs and the configured paths are open; everything else needs a token. */
  private static void authorize(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry a,
      List<PublicPath> configured) {
    a.requestMatchers(ALWAYS_PUBLIC.toArray(String[]::new)).permitAll();
    for (PublicPath path : configured) {
      if (path.method() == null) {
        a.requestMatchers(path.pattern()).permitAll();
      } else {
        a.requestMatchers(path.method(), path.pattern()).permitAll();
      }
    }
    a.anyRequest().authenticated();
  }

  static JwtAuthenticationConverter jwtAuthenticationConverter() {
    JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
    converter.setJwtGrantedAuthoritiesConverter(
        jwt ->
            Set.copyOf(
                Callers.roles(jwt).stream()
                    .map(r -> new SimpleGrantedAuthority("ROLE_" + r.name()))
                    .toList()));
    return converter;
  }
}
