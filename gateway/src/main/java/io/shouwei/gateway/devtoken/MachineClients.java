package io.shouwei.gateway.devtoken;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The configured machine clients and the check of their secrets against the stored hashes. An
 * unknown client id costs a hash comparison too, so the answer time does not tell which ids exist.
 */
final class MachineClients {

  private final Map<String, MachineClient> clients;
  private final PasswordEncoder hashes = PasswordEncoderFactories.createDelegatingPasswordEncoder();
  private final String decoyHash = hashes.encode(UUID.randomUUID().toString());

  MachineClients(Map<String, MachineClient> clients) {
    this.clients = Map.copyOf(clients);
    this.clients.forEach((id, client) -> {
      try {
        hashes.matches("", client.secretHash());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "shouwei.dev-token.clients." + id + ".secret-hash needs an algorithm prefix such as {bcrypt}", e);
      }
    });
  }

  /** The client with this id, when the secret is its own. */
  Optional<MachineClient> authenticate(String clientId, String secret) {
    MachineClient client = clients.get(clientId);
    boolean matches = hashes.matches(secret, client == null ? decoyHash : client.secretHash());
    return client != null && matches ? Optional.of(client) : Optional.empty();
  }
}
