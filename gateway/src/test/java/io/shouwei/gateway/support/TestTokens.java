package io.shouwei.gateway.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;

/** Signs arbitrary claims with a given key: for tokens the gateway must reject. */
public final class TestTokens {

  private TestTokens() {}

  public static RSAKey readKey(Path jwkFile) {
    try {
      return RSAKey.parse(Files.readString(jwkFile));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParseException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String sign(RSAKey key, JWTClaimsSet claims) {
    try {
      SignedJWT jwt =
          new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
      jwt.sign(new RSASSASigner(key));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Signed by a new key that claims the given key's id. */
  public static String signWithAnotherKeyUnderItsId(RSAKey key, JWTClaimsSet claims) {
    try {
      RSAKey impostor = new RSAKeyGenerator(2048).keyID(key.getKeyID()).generate();
      return sign(impostor, claims);
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An unsecured token ({@code alg: none}). */
  public static String unsigned(JWTClaimsSet claims) {
    return new PlainJWT(claims).serialize();
  }

  /** HS256 with the public key as the shared secret: the old algorithm-confusion attack. */
  public static String hmacWithThePublicKey(RSAKey key, JWTClaimsSet claims) {
    try {
      SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(key.getKeyID()).build(), claims);
      jwt.sign(new MACSigner(key.toRSAPublicKey().getEncoded()));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A validly signed token whose payload is then replaced, its signature kept. */
  public static String withPayloadReplaced(String token, JWTClaimsSet claims) {
    String[] parts = token.split("\\.");
    return parts[0] + "." + Base64URL.encode(claims.toString()) + "." + parts[2];
  }

  public static SignedJWT parse(String token) {
    try {
      return SignedJWT.parse(token);
    } catch (ParseException e) {
      throw new IllegalStateException(e);
    }
  }
}
