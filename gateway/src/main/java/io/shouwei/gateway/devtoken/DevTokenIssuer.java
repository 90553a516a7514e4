package io.shouwei.gateway.devtoken;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Signs RS256 tokens carrying the claims every service reads: iss, aud, sub, name, roles, org,
 * towns, enterprise, groupEnterprises, iat, exp and jti, and client_id for a machine client; the
 * header names the key id.
 */
public final class DevTokenIssuer {

  private final DevSigningKey key;
  private final String issuer;
  private final String audience;
  private final Duration ttl;
  private final Clock clock;

  public DevTokenIssuer(DevSigningKey key, String issuer, String audience, Duration ttl, Clock clock) {
    this.key = key;
    this.issuer = issuer;
    this.audience = audience;
    this.ttl = ttl;
    this.clock = clock;
  }

  /** A token for a request whose {@link DevTokenRequest#problems()} are empty. */
  public DevTokenResponse issue(DevTokenRequest request) {
    return issue(request, null);
  }

  /** A token for a machine client, naming it as {@code client_id} (RFC 9068). */
  public DevTokenResponse issueToClient(DevTokenRequest request, String clientId) {
    return issue(request, clientId);
  }

  private DevTokenResponse issue(DevTokenRequest request, String clientId) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(issuer)
            .audience(audience)
            .subject(request.sub())
            .claim("name", request.name() == null || request.name().isBlank() ? request.sub() : request.name())
            .claim("roles", List.copyOf(request.roles()))
            .claim("org", request.org())
            .claim("towns", request.towns() == null ? List.of() : List.copyOf(request.towns()))
            .claim("enterprise", request.enterprise())
            .claim(
                "groupEnterprises",
                request.groupEnterprises() == null ? List.of() : List.copyOf(request.groupEnterprises()))
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(ttl)))
            .jwtID(UUID.randomUUID().toString())
            .claim("client_id", clientId)
            .build();
    JWSHeader header =
        new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.keyId()).type(JOSEObjectType.JWT).build();
    SignedJWT jwt = new SignedJWT(header, claims);
    try {
      jwt.sign(new RSASSASigner(key.privateKey()));
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot sign a dev token", e);
    }
    return new DevTokenResponse(jwt.serialize(), "Bearer", ttl.toSeconds());
  }
}
