package io.shouwei.gateway.devtoken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.List;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevSigningKeyTest {

  @TempDir Path dir;

  @Test
  void loadOrCreate_whenNoFile_generatesAnOwnerOnlyRsa2048KeyNamedByItsThumbprint()
      throws IOException, ParseException, JOSEException {
    Path file = dir.resolve("gateway/dev-signing-key.jwk");

    DevSigningKey key = DevSigningKey.loadOrCreate(file);

    RSAKey stored = RSAKey.parse(Files.readString(file));
    assertThat(stored.isPrivate()).isTrue();
    assertThat(stored.size()).isEqualTo(2048);
    assertThat(key.keyId()).isEqualTo(stored.getKeyID()).isEqualTo(stored.computeThumbprint().toString());
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    try (var siblings = Files.list(file.getParent())) {
      assertThat(siblings).containsExactly(file);
    }
  }

  @Test
  void loadOrCreate_whenFileExists_usesTheSameKey() {
    Path file = dir.resolve("dev-signing-key.jwk");

    DevSigningKey first = DevSigningKey.loadOrCreate(file);
    DevSigningKey second = DevSigningKey.loadOrCreate(file);

    assertThat(second.keyId()).isEqualTo(first.keyId());
    assertThat(second.publicKey()).isEqualTo(first.publicKey());
  }

  @Test
  void loadOrCreate_whenFileIsReadableByOthers_restrictsIt() throws IOException {
    Path file = dir.resolve("dev-signing-key.jwk");
    DevSigningKey.loadOrCreate(file);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

    DevSigningKey.loadOrCreate(file);

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
  }

  @Test
  void loadOrCreate_whenFileHoldsAPublicKeyOnly_fails() throws IOException, ParseException {
    Path file = dir.resolve("dev-signing-key.jwk");
    DevSigningKey.loadOrCreate(file);
    Files.writeString(file, RSAKey.parse(Files.readString(file)).toPublicJWK().toJSONString());

    assertThatThrownBy(() -> DevSigningKey.loadOrCreate(file))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("private part");
  }

  @Test
  void publicJwkSet_holdsNoPrivatePart() {
    DevSigningKey key = DevSigningKey.loadOrCreate(dir.resolve("k.jwk"));

    List<?> keys = (List<?>) key.publicJwkSet().get("keys");

    assertThat(keys).singleElement().asInstanceOf(InstanceOfAssertFactories.MAP)
        .containsEntry("kid", key.keyId())
        .containsEntry("kty", "RSA")
        .containsKeys("n", "e")
        .doesNotContainKeys("d", "p", "q", "dp", "dq", "qi");
  }
}
