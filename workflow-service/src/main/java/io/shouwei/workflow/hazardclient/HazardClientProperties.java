package io.shouwei.workflow.hazardclient;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where hazard-service is and how workflow-service gets its SERVICE token ({@code shouwei.hazard.*}).
 *
 * @param url hazard-service's base address
 * @param timeout connect and read timeout of one call
 * @param tokenUrl the OAuth token endpoint that issues the SERVICE token by the client credentials
 *     grant (the gateway's {@code POST /auth/token} in the local stack); without it another
 *     {@link ServiceTokens} bean must be given
 * @param clientId workflow-service's client id at that endpoint
 * @param clientSecret its client secret
 */
@ConfigurationProperties("shouwei.hazard")
public record HazardClientProperties(
    @DefaultValue("http://127.0.0.1:8081") URI url, @DefaultValue("PT10S") Duration timeout, URI tokenUrl,
    String clientId, String clientSecret) {

  @Override
  public String toString() {
    return "HazardClientProperties[url=" + url + ", timeout=" + timeout + ", tokenUrl=" + tokenUrl
        + ", clientId=" + clientId + "]";
  }
}
