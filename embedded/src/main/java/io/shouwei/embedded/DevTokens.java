package io.shouwei.embedded;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Signs RS256 tokens the way the gateway's dev issuer does, for tests of one service on its own:
 * same issuer, audience and claims, and a JWKS endpoint the service under test is pointed at.
 */
public final class DevTokens implements AutoCloseable {

  public static final String ISSUER = "urn:shouwei:local";
  public static final String AUDIENCE = "shouwei";

  private final RSAKey key;
  private HttpServer jwksServer;

  private DevTokens(RSAKey key) {
    this.key = key;
  }

  public static DevTokens generate() {
    try {
      return new DevTokens(
          new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyID(UUID.randomUUID().toString()).generate());
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A token valid for one hour. */
  public String token(String sub, List<String> roles, String org, List<String> towns, String enterprise) {
    return sign(claims(sub, roles, org, towns, enterprise, Instant.now(), Duration.ofHours(1)).build());
  }

  /** A token valid for one hour for a superior company's inspection group over its enterprises. */
  public String superiorCompanyToken(String sub, String org, List<String> groupEnterprises) {
    return sign(
        claims(sub, List.of("SUPERIOR_COMPANY"), org, List.of(), null, Instant.now(), Duration.ofHours(1))
            .claim("groupEnterprises", groupEnterprises)
            .build());
  }

  /** A token for the given claims, signed with this key (for expired or foreign-audience cases). */
  public String sign(JWTClaimsSet claims) {
    try {
      SignedJWT jwt =
          new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
      jwt.sign(new RSASSASigner(key));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  public static JWTClaimsSet.Builder claims(
      String sub, List<String> roles, String org, List<String> towns, String enterprise,
      Instant issuedAt, Duration ttl) {
    return new JWTClaimsSet.Builder()
        .issuer(ISSUER)
        .audience(AUDIENCE)
        .subject(sub)
        .jwtID(UUID.randomUUID().toString())
        .issueTime(Date.from(issuedAt))
        .expirationTime(Date.from(issuedAt.plus(ttl)))
        .claim("name", sub)
        .claim("roles", roles)
        .claim("org", org)
        .claim("towns", towns)
        .claim("enterprise", enterprise);
  }

  /** The public key set, as JSON. */
  public String jwksJson() {
    return new JWKSet(key.toPublicJWK()).toString();
  }

  /** Serves {@link #jwksJson()} on a free loopback port and returns its URL. */
  public synchronized String serveJwks() {
    if (jwksServer == null) {
      try {
        jwksServer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      byte[] body = jwksJson().getBytes(StandardCharsets.UTF_8);
      jwksServer.createContext(
          "/jwks.json",
          exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(body);
            }
          });
      jwksServer.start();
    }
    return "http://127.0.0.1:" + jwksServer.getAddress().getPort() + "/jwks.json";
  }

  @Override
  public synchronized void close() {
    if (jwksServer != null) {
      jwksServer.stop(0);
      jwksServer = null;
    }
  }
}
