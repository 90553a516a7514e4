package io.shouwei.gateway.devtoken;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The RSA 2048 key the local dev issuer signs with. Generated once and kept as a private JWK
 * (readable by its owner only), so tokens stay valid across restarts. Its key id is the key's
 * RFC 7638 thumbprint.
 */
public final class DevSigningKey {

  private static final Logger log = LoggerFactory.getLogger(DevSigningKey.class);
  private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

  private final RSAKey key;

  private DevSigningKey(RSAKey key) {
    this.key = key;
  }

  /** Reads the key at {@code file}, or generates and stores one when there is none yet. */
  public static DevSigningKey loadOrCreate(Path file) {
    try {
      if (Files.exists(file)) {
        return load(file);
      }
      Files.createDirectories(file.toAbsolutePath().getParent());
      RSAKey generated =
          new RSAKeyGenerator(2048)
              .keyUse(KeyUse.SIGNATURE)
              .algorithm(JWSAlgorithm.RS256)
              .keyIDFromThumbprint(true)
              .generate();
      Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".dev-signing-key", ".tmp");
      try {
        restrictToOwner(tmp);
        Files.writeString(tmp, generated.toJSONString(), StandardCharsets.UTF_8);
        Files.move(tmp, file);
      } catch (FileAlreadyExistsException anotherProcessWasFaster) {
        return load(file);
      } finally {
        Files.deleteIfExists(tmp);
      }
      log.info("generated the dev signing key {} at {}", generated.getKeyID(), file);
      return new DevSigningKey(generated);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the dev signing key at " + file, e);
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot generate the dev signing key", e);
    }
  }

  private static DevSigningKey load(Path file) throws IOException {
    RSAKey key;
    try {
      key = RSAKey.parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (ParseException e) {
      throw new IllegalStateException("the dev signing key at " + file + " is not a JWK", e);
    }
    if (!key.isPrivate() || key.getKeyID() == null) {
      throw new IllegalStateException("the dev signing key at " + file + " lacks its private part or key id");
    }
    if (isPosix() && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
      log.warn("the dev signing key at {} was readable by others; restricting it to its owner", file);
      Files.setPosixFilePermissions(file, OWNER_ONLY);
    }
    log.info("using the dev signing key {} from {}", key.getKeyID(), file);
    return new DevSigningKey(key);
  }

  private static void restrictToOwner(Path file) throws IOException {
    if (isPosix()) {
      Files.setPosixFilePermissions(file, OWNER_ONLY);
    } else {
      var f = file.toFile();
      boolean restricted =
          f.setReadable(false, false) && f.setReadable(true, true)
              && f.setWritable(false, false) && f.setWritable(true, true);
      if (!restricted) {
        log.warn("could not restrict {} to its owner", file);
      }
    }
  }

  private static boolean isPosix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }

  RSAKey privateKey() {
    return key;
  }

  public String keyId() {
    return key.getKeyID();
  }

  public RSAPublicKey publicKey() {
    try {
      return key.toRSAPublicKey();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The public key set, as the JSON object served at {@code /auth/jwks.json}. */
  public Map<String, Object> publicJwkSet() {
    return new JWKSet(key.toPublicJWK()).toJSONObject(true);
  }
}
