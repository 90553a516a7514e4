package io.shouwei.workflow.hazardclient;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * SERVICE tokens from the gateway's dev token issuer ({@code POST /auth/dev-token}, local stack
 * only): the same issuer, key and claims as every other caller's token there. A token is reused
 * until a minute before it expires.
 */
final class DevTokenServiceTokens implements ServiceTokens {

  static final String SUBJECT = "workflow-service";

  private final RestClient http;
  private final String url;
  private final Clock clock;
  private String token;
  private Instant renewAt = Instant.MIN;

  DevTokenServiceTokens(RestClient http, String url, Clock clock) {
    this.http = http;
    this.url = url;
    this.clock = clock;
  }

  @Override
  public synchronized String token() {
    Instant now = clock.instant();
    if (token == null || !now.isBefore(renewAt)) {
      Issued issued;
      try {
        issued = http.post()
            .uri(url)
            .body(Map.of("sub", SUBJECT, "name", SUBJECT, "roles", List.of("SERVICE"), "org", SUBJECT))
            .retrieve()
            .body(Issued.class);
      } catch (RestClientException e) {
        throw new HazardServiceException("no SERVICE token from " + url, e);
      }
      if (issued == null || issued.accessToken() == null) {
        throw new HazardServiceException("no SERVICE token from " + url);
      }
      token = issued.accessToken();
      renewAt = now.plusSeconds(Math.max(0, issued.expiresIn())).minus(Duration.ofMinutes(1));
    }
    return token;
  }

  /** The issuer's answer (RFC 6749 section 5.1). */
  record Issued(@JsonProperty("access_token") String accessToken, @JsonProperty("expires_in") long expiresIn) {}
}
