package io.shouwei.gateway.devtoken;

import io.shouwei.gateway.web.Problems;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code POST /auth/token} with {@code grant_type=client_credentials} (RFC 6749 section 4.4), a
 * form body, and the client authenticated by HTTP Basic or by {@code client_id} and
 * {@code client_secret} in the body (one of the two). Errors are {@code application/problem+json}
 * like every other error of the gateway, carrying the OAuth error code as {@code error}: 400
 * {@code invalid_request} or {@code unsupported_grant_type}, 401 {@code invalid_client} with
 * {@code WWW-Authenticate: Basic}.
 */
final class ClientCredentialsEndpoint {

  static final String GRANT = "client_credentials";

  private final MachineClients clients;
  private final DevTokenIssuer issuer;

  ClientCredentialsEndpoint(MachineClients clients, DevTokenIssuer issuer) {
    this.clients = clients;
    this.issuer = issuer;
  }

  Mono<ServerResponse> token(ServerRequest request) {
    return request.formData().flatMap(form -> token(request, form));
  }

  private Mono<ServerResponse> token(ServerRequest request, MultiValueMap<String, String> form) {
    String grant = form.getFirst("grant_type");
    if (grant == null || grant.isBlank()) {
      return error(request, HttpStatus.BAD_REQUEST, "invalid_request", "grant_type is required.");
    }
    if (!GRANT.equals(grant)) {
      return error(request, HttpStatus.BAD_REQUEST, "unsupported_grant_type",
          "Only grant_type=client_credentials is issued here.");
    }
    Optional<String> basic = request.headers().header(HttpHeaders.AUTHORIZATION).stream()
        .filter(h -> h.regionMatches(true, 0, "Basic ", 0, 6)).findFirst();
    boolean inBody = form.containsKey("client_id") || form.containsKey("client_secret");
    if (basic.isPresent() && inBody) {
      return error(request, HttpStatus.BAD_REQUEST, "invalid_request",
          "Authenticate the client either with HTTP Basic or in the body, not both.");
    }
    String[] credentials = basic.map(ClientCredentialsEndpoint::decodeBasic)
        .orElseGet(() -> new String[] {form.getFirst("client_id"), form.getFirst("client_secret")});
    if (credentials == null || isBlank(credentials[0]) || isBlank(credentials[1])) {
      return invalidClient(request);
    }
    return Mono.fromCallable(() -> clients.authenticate(credentials[0], credentials[1]))
        .subscribeOn(Schedulers.boundedElastic())
        .flatMap(client -> client
            .map(c -> ServerResponse.ok()
                .cacheControl(CacheControl.noStore())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(issuer.issueToClient(c.claims(credentials[0]), credentials[0])))
            .orElseGet(() -> invalidClient(request)));
  }

  /** {@code id:secret}, each form-urlencoded before the Base64 (RFC 6749 section 2.3.1); null when malformed. */
  private static String[] decodeBasic(String header) {
    try {
      String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      if (colon < 0) {
        return null;
      }
      return new String[] {
        URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
        URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)
      };
    } catch (IllegalArgumentException malformed) {
      return null;
    }
  }

  private static Mono<ServerResponse> invalidClient(ServerRequest request) {
    return error(request, HttpStatus.UNAUTHORIZED, "invalid_client", "Unknown client or wrong secret.");
  }

  private static Mono<ServerResponse> error(ServerRequest request, HttpStatus status, String error, String detail) {
    ProblemDetail problem = Problems.of(status, Problems.typeFor(status), detail);
    problem.setProperty("error", error);
    problem.setInstance(URI.create(request.path()));
    ServerResponse.BodyBuilder response = ServerResponse.status(status)
        .cacheControl(CacheControl.noStore())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    if (status == HttpStatus.UNAUTHORIZED) {
      response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"shouwei\"");
    }
    return response.bodyValue(problem);
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
