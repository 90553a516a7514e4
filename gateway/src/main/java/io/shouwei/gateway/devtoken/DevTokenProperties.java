package io.shouwei.gateway.devtoken;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The dev token issuer of the local profile.
 *
 * @param ttl how long an issued token is valid
 * @param keyFile where the RSA signing key (a private JWK) is kept, readable by its owner only
 */
@ConfigurationProperties("shouwei.dev-token")
public record DevTokenProperties(Duration ttl, Path keyFile) {

  public DevTokenProperties {
    if (ttl == null || ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("shouwei.dev-token.ttl must be positive, was " + ttl);
    }
    if (keyFile == null) {
      throw new IllegalArgumentException("shouwei.dev-token.key-file is required");
    }
  }
}
