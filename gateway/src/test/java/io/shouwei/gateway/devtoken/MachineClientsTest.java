package io.shouwei.gateway.devtoken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

class MachineClientsTest {

  private static final String BCRYPT = "{bcrypt}" + new BCryptPasswordEncoder(4).encode("town-secret");
  private static final String PBKDF2 =
      "{pbkdf2@SpringSecurity_v5_8}" + Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode("ent-secret");

  private final MachineClients clients = new MachineClients(Map.of(
      "town-system", client(BCRYPT, List.of("TOWN_AGENCY"), List.of("370406001"), null),
      "ent-system", client(PBKDF2, List.of("ENTERPRISE"), List.of(), "ent-1")));

  @Test
  void aClientWithItsOwnSecret_isKnown_whicheverHashItsSecretHas() {
    assertThat(clients.authenticate("town-system", "town-secret")).map(MachineClient::org).contains("org");
    assertThat(clients.authenticate("ent-system", "ent-secret")).map(MachineClient::enterprise).contains("ent-1");
  }

  @Test
  void anotherClientsSecret_orAnUnknownClient_isNotKnown() {
    assertThat(clients.authenticate("town-system", "ent-secret")).isEmpty();
    assertThat(clients.authenticate("ent-system", "town-secret")).isEmpty();
    assertThat(clients.authenticate("nobody", "town-secret")).isEmpty();
  }

  @Test
  void aHashWithoutItsAlgorithm_isRefusedAtStart() {
    String bare = new BCryptPasswordEncoder(4).encode("s");
    assertThatThrownBy(() -> new MachineClients(Map.of("x", client(bare, List.of("SERVICE"), List.of(), null))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("clients.x.secret-hash");
  }

  @Test
  void aClientWhoseClaimsNoTokenCouldCarry_isRefusedAtStart() {
    assertThatThrownBy(() -> new DevTokenProperties(Duration.ofHours(1), Path.of("k.jwk"),
            Map.of("ent-system", client(BCRYPT, List.of("ENTERPRISE"), List.of(), null))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("clients.ent-system").hasMessageContaining("enterprise");
    assertThatThrownBy(() -> new DevTokenProperties(Duration.ofHours(1), Path.of("k.jwk"),
            Map.of("x", client(" ", List.of("SERVICE"), List.of(), null))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("secret-hash");
  }

  private static MachineClient client(String hash, List<String> roles, List<String> towns, String enterprise) {
    return new MachineClient(hash, "a system", roles, "org", towns, enterprise, List.of());
  }
}
