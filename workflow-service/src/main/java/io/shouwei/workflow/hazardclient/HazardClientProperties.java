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
 * @param devTokenUrl the gateway's dev token endpoint ({@code POST /auth/dev-token}) that issues the
 *     SERVICE token in the local stack
 * @param tokenUrl the identity provider's token endpoint, for the client-credentials grant (k8s)
 * @param clientId this service's client at the identity provider
 * @param clientSecret that client's secret
 */
@ConfigurationProperties("shouwei.hazard")
public record HazardClientProperties(
    @DefaultValue("http://127.0.0.1:8081") URI url,
    @DefaultValue("PT10S") Duration timeout,
    URI devTokenUrl,
    URI tokenUrl,
    @DefaultValue("workflow-service") String clientId,
    String clientSecret) {}
