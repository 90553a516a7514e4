package io.shouwei.gateway.devtoken;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;
import static org.springframework.web.reactive.function.server.RequestPredicates.POST;

import java.time.Clock;
import java.util.Collections;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.security.oauth2.resource.OAuth2ResourceServerProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The dev token issuer, in the {@code local} profile only: {@code POST /auth/dev-token} for any
 * claims, {@code POST /auth/token} for the configured machine clients (client credentials) and
 * {@code GET /auth/jwks.json}. In any other profile none of these beans exist, so {@code /auth/**}
 * is not served at all. Here the gateway also validates tokens
 * with the issuer's public key directly instead of fetching its own JWKS over HTTP; issuer and
 * audience come from the same {@code spring.security.oauth2.resourceserver.jwt.*} properties
 * the services use.
 */
@Configuration(proxyBeanMethods = false)
@Profile("local & !k8s")
@EnableConfigurationProperties({DevTokenProperties.class, OAuth2ResourceServerProperties.class})
public class DevTokenConfiguration {

  @Bean
  @ConditionalOnMissingBean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  DevSigningKey devSigningKey(DevTokenProperties properties) {
    return DevSigningKey.loadOrCreate(properties.keyFile());
  }

  @Bean
  DevTokenIssuer devTokenIssuer(
      DevSigningKey key, DevTokenProperties properties, OAuth2ResourceServerProperties resourceServer,
      Clock clock) {
    return new DevTokenIssuer(
        key, issuer(resourceServer), audiences(resourceServer).get(0), properties.ttl(), clock);
  }

  @Bean
  ReactiveJwtDecoder devTokenJwtDecoder(DevSigningKey key, OAuth2ResourceServerProperties resourceServer) {
    NimbusReactiveJwtDecoder decoder =
        NimbusReactiveJwtDecoder.withPublicKey(key.publicKey())
            .signatureAlgorithm(SignatureAlgorithm.RS256)
            .build();
    List<String> audiences = audiences(resourceServer);
    OAuth2TokenValidator<Jwt> audience =
        new JwtClaimValidator<List<String>>(
            JwtClaimNames.AUD, aud -> aud != null && !Collections.disjoint(aud, audiences));
    decoder.setJwtValidator(
        new DelegatingOAuth2TokenValidator<>(
            JwtValidators.createDefaultWithIssuer(issuer(resourceServer)), audience));
    return decoder;
  }

  @Bean
  RouterFunction<ServerResponse> devTokenRoutes(
      DevTokenIssuer issuer, DevSigningKey key, DevTokenProperties properties) {
    DevTokenEndpoints endpoints = new DevTokenEndpoints(issuer, key);
    ClientCredentialsEndpoint clientCredentials =
        new ClientCredentialsEndpoint(new MachineClients(properties.clients()), issuer);
    return RouterFunctions.route(POST("/auth/dev-token"), endpoints::issue)
        .andRoute(POST("/auth/token"), clientCredentials::token)
        .andRoute(GET("/auth/jwks.json"), endpoints::jwks);
  }

  private static String issuer(OAuth2ResourceServerProperties properties) {
    String issuer = properties.getJwt().getIssuerUri();
    if (issuer == null || issuer.isBlank()) {
      throw new IllegalStateException("spring.security.oauth2.resourceserver.jwt.issuer-uri is required");
    }
    return issuer;
  }

  private static List<String> audiences(OAuth2ResourceServerProperties properties) {
    List<String> audiences = properties.getJwt().getAudiences();
    if (audiences == null || audiences.isEmpty()) {
      throw new IllegalStateException("spring.security.oauth2.resourceserver.jwt.audiences is required");
    }
    return audiences;
  }
}
