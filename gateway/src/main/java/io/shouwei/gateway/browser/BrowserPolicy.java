package io.shouwei.gateway.browser;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the gateway tells browsers.
 *
 * @param allowedOrigins the origins whose pages may call the API from a browser (CORS): the
 *     dashboard's, when it is served from another origin than the gateway; empty allows none
 * @param hsts whether every response carries {@code Strict-Transport-Security} (behind the
 *     cluster's TLS ingress, where the gateway itself sees plain HTTP)
 */
@ConfigurationProperties("shouwei.browser")
public record BrowserPolicy(List<String> allowedOrigins, boolean hsts) {

  public BrowserPolicy {
    allowedOrigins = allowedOrigins == null ? List.of() : allowedOrigins.stream().filter(o -> !o.isBlank()).toList();
  }
}
