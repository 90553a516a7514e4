package io.shouwei.workflow.hazardclient;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * {@link HazardCommands} over hazard-service's REST API with a SERVICE token. Each command carries
 * an {@code Idempotency-Key} derived from what it does, so a retried call is answered from
 * hazard-service's record instead of applied again.
 */
@Component
class RestHazardCommands implements HazardCommands {

  private final RestClient http;
  private final ObjectProvider<ServiceTokens> tokens;

  RestHazardCommands(
      HazardClientProperties properties, ObjectProvider<ServiceTokens> tokens, RestClient.Builder builder) {
    SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
    requests.setConnectTimeout(properties.timeout());
    requests.setReadTimeout(properties.timeout());
    this.http = builder.baseUrl(properties.url().toString()).requestFactory(requests).build();
    this.tokens = tokens;
  }

  @Override
  public void enforceStop(String orderId) {
    try {
      http.post()
          .uri("/api/orders/{id}/stop-enforcement", orderId)
          .header(HttpHeaders.AUTHORIZATION, "Bearer " + token())
          .header("Idempotency-Key", "workflow-enforce-stop-" + orderId)
          .retrieve()
          .toBodilessEntity();
    } catch (RestClientResponseException refused) {
      throw new HazardServiceException(
          "hazard-service answered " + refused.getStatusCode().value() + " to the stop enforcement of order " + orderId
              + ": " + refused.getResponseBodyAsString(), refused);
    } catch (RestClientException unreachable) {
      throw new HazardServiceException("hazard-service is not reachable for order " + orderId, unreachable);
    }
  }

  /** Without a token source (none configured for this profile) every call fails, and its job becomes an incident. */
  private String token() {
    ServiceTokens source = tokens.getIfAvailable();
    if (source == null) {
      throw new HazardServiceException("no SERVICE token source: set shouwei.hazard.token-url");
    }
    return source.token();
  }
}
