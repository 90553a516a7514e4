package io.shouwei.gateway.devtoken;

import io.shouwei.gateway.web.FieldProblem;
import io.shouwei.gateway.web.ProblemException;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/** {@code POST /auth/dev-token} and {@code GET /auth/jwks.json}; errors go to the problem handler. */
final class DevTokenEndpoints {

  private final DevTokenIssuer issuer;
  private final DevSigningKey key;

  DevTokenEndpoints(DevTokenIssuer issuer, DevSigningKey key) {
    this.issuer = issuer;
    this.key = key;
  }

  Mono<ServerResponse> issue(ServerRequest request) {
    return request
        .bodyToMono(DevTokenRequest.class)
        .defaultIfEmpty(DevTokenRequest.EMPTY)
        .map(this::issueIfValid)
        .flatMap(
            token ->
                ServerResponse.ok()
                    .cacheControl(CacheControl.noStore())
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(token));
  }

  Mono<ServerResponse> jwks(ServerRequest request) {
    return ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).bodyValue(key.publicJwkSet());
  }

  private DevTokenResponse issueIfValid(DevTokenRequest request) {
    List<FieldProblem> problems = request.problems();
    if (!problems.isEmpty()) {
      throw ProblemException.invalid(problems);
    }
    return issuer.issue(request);
  }
}
