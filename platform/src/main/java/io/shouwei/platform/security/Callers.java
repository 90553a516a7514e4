package io.shouwei.platform.security;

import io.shouwei.contracts.Role;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** Reads the {@link Caller} from a validated JWT. */
public final class Callers {

  public static final String CLAIM_NAME = "name";
  public static final String CLAIM_ROLES = "roles";
  public static final String CLAIM_ORG = "org";
  public static final String CLAIM_TOWNS = "towns";
  public static final String CLAIM_ENTERPRISE = "enterprise";
  /** The enterprises of a superior company's group, for its inspection group's tokens. */
  public static final String CLAIM_GROUP_ENTERPRISES = "groupEnterprises";

  private Callers() {}

  /** The caller of the current request; empty when the request is not authenticated by a JWT. */
  public static Optional<Caller> current() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth instanceof JwtAuthenticationToken token) {
      return Optional.of(from(token.getToken()));
    }
    return Optional.empty();
  }

  /** The caller of the current request; fails when there is none (a wiring error, not bad input). */
  public static Caller require() {
    return current().orElseThrow(() -> new IllegalStateException("no authenticated caller"));
  }

  public static Caller from(Jwt jwt) {
    List<Role> roles = roles(jwt);
    Role role = roles.isEmpty() ? null : roles.get(0);
    return new Caller(
        jwt.getSubject(),
        Optional.ofNullable(jwt.getClaimAsString(CLAIM_NAME)).orElse(jwt.getSubject()),
        role,
        new LinkedHashSet<>(roles),
        jwt.getClaimAsString(CLAIM_ORG),
        Optional.ofNullable(jwt.getClaimAsStringList(CLAIM_TOWNS)).orElse(List.of()),
        jwt.getClaimAsString(CLAIM_ENTERPRISE),
        Optional.ofNullable(jwt.getClaimAsStringList(CLAIM_GROUP_ENTERPRISES)).orElse(List.of()));
  }

  /** The known roles of the token, in token order; unknown role names are ignored. */
  static List<Role> roles(Jwt jwt) {
    List<String> names = Optional.ofNullable(jwt.getClaimAsStringList(CLAIM_ROLES)).orElse(List.of());
    List<Role> roles = new ArrayList<>();
    for (String name : names) {
      for (Role r : Role.values()) {
        if (r.name().equals(name)) {
          roles.add(r);
        }
      }
    }
    return roles;
  }
}
