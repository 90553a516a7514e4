package io.shouwei.workflow.hazardclient;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * SERVICE tokens from the identity provider's token endpoint with the client-credentials grant
 * (RFC 6749 section 4.4; the client authenticates with HTTP Basic). The client's role comes from
 * the provider (Keycloak's realm gives client {@code workflow-service} the role SERVICE). A token
 * is reused until a minute before it expires.
 */
final class ClientCredentialsServiceTokens implements ServiceTokens {

  private final RestClient http;
  private final String url;
  private final String clientId;
  private final String clientSecret;
  private final Clock clock;
  private String token;
  private Instant renewAt = Instant.MIN;

  ClientCredentialsServiceTokens(RestClient http, String url, String clientId, String clientSecret, Clock clock) {
    if (clientSecret == null || clientSecret.isBlank()) {
      throw new IllegalArgumentException("shouwei.hazard.client-secret is not set for the token endpoint " + url);
    }
    this.http = http;
    this.url = url;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.clock = clock;
  }

  @Override
  public synchronized String token() {
    Instant now = clock.instant();
    if (token == null || !now.isBefore(renewAt)) {
      MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
      form.add("grant_type", "client_credentials");
      DevTokenServiceTokens.Issued issued;
      try {
        issued = http.post()
            .uri(url)
            .headers(h -> h.setBasicAuth(clientId, clientSecret))
            .contentType(MediaType.APPLICATION_FORM_URLENCODED)
            .body(form)
            .retrieve()
            .body(DevTokenServiceTokens.Issued.class);
      } catch (RestClientException e) {
        throw new HazardServiceException("no SERVICE token for client " + clientId + " from " + url, e);
      }
      if (issued == null || issued.accessToken() == null) {
        throw new HazardServiceException("no SERVICE token for client " + clientId + " from " + url);
      }
      token = issued.accessToken();
      renewAt = now.plusSeconds(Math.max(0, issued.expiresIn())).minus(Duration.ofMinutes(1));
    }
    return token;
  }
}
