package io.shouwei.workflow.hazardclient;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * SERVICE tokens by the OAuth client credentials grant (RFC 6749 section 4.4): workflow-service
 * authenticates as its own client with HTTP Basic at the token endpoint (on the local stack the
 * gateway's {@code POST /auth/token}) and never uses a user's token. A token is reused until a
 * minute before it expires.
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
      Issued issued;
      try {
        issued = http.post()
            .uri(url)
            .headers(h -> h.setBasicAuth(formEncoded(clientId), formEncoded(clientSecret)))
            .contentType(MediaType.APPLICATION_FORM_URLENCODED)
            .body(form)
            .retrieve()
            .body(Issued.class);
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

  /** Client id and secret are form-encoded before Basic encoding (RFC 6749 section 2.3.1). */
  private static String formEncoded(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** The token endpoint's answer (RFC 6749 section 5.1). */
  record Issued(@JsonProperty("access_token") String accessToken, @JsonProperty("expires_in") long expiresIn) {}
}
