package io.shouwei.gateway.support;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Asserts the shape every error of the gateway has. */
public final class Problems {

  private Problems() {}

  /** The response is {@code application/problem+json} with this status and type (and its path as instance). */
  public static WebTestClient.BodyContentSpec assertProblem(
      WebTestClient.ResponseSpec response, int status, String type, String instance) {
    return response
        .expectStatus().isEqualTo(status)
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.status").isEqualTo(status)
        .jsonPath("$.type").isEqualTo("https://shouwei.io/problems/" + type)
        .jsonPath("$.title").isNotEmpty()
        .jsonPath("$.detail").isNotEmpty()
        .jsonPath("$.instance").isEqualTo(instance);
  }
}
