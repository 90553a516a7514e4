package io.shouwei.gateway.devtoken;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The dev token issuer of the local profile.
 *
 * @param ttl how long an issued token is valid
 * @param keyFile where the RSA signing key (a private JWK) is kept, readable by its owner only
 * @param clients the machine clients of {@code POST /auth/token}, by client id
 */
@ConfigurationProperties("shouwei.dev-token")
public record DevTokenProperties(Duration ttl, Path keyFile, Map<String, MachineClient> clients) {

  public DevTokenProperties {
    if (ttl == null || ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("shouwei.dev-token.ttl must be positive, was " + ttl);
    }
    if (keyFile == null) {
      throw new IllegalArgumentException("shouwei.dev-token.key-file is required");
    }
    clients = clients == null ? Map.of() : Map.copyOf(clients);
    clients.forEach((id, client) -> {
      if (client.secretHash() == null || client.secretHash().isBlank()) {
        throw new IllegalArgumentException("shouwei.dev-token.clients." + id + ".secret-hash is required");
      }
      List<?> problems = client.claims(id).problems();
      if (!problems.isEmpty()) {
        throw new IllegalArgumentException("shouwei.dev-token.clients." + id + " has invalid claims: " + problems);
      }
    });
  }
}
