package io.shouwei.gateway.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Paths that need no token besides those the gateway always opens (health, metrics, the public
 * tip endpoints, the dashboard and the Camunda webapp, which has its own login).
 *
 * @param publicPaths path patterns, e.g. {@code /auth/**} for the dev token issuer of the local profile
 */
@ConfigurationProperties("shouwei.security")
public record PublicPaths(List<String> publicPaths) {

  public PublicPaths {
    publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
  }
}
