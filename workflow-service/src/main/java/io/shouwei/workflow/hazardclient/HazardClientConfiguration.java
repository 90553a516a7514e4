package io.shouwei.workflow.hazardclient;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/**
 * The SERVICE token source: the gateway's dev token issuer when {@code shouwei.hazard.dev-token-url}
 * is set (the local stack), the identity provider's client-credentials grant when
 * {@code shouwei.hazard.token-url} is set (k8s).
 */
@Configuration(proxyBeanMethods = false)
class HazardClientConfiguration {

  @Bean
  @ConditionalOnProperty("shouwei.hazard.dev-token-url")
  ServiceTokens devTokenServiceTokens(HazardClientProperties properties, RestClient.Builder builder, Clock clock) {
    return new DevTokenServiceTokens(builder.build(), properties.devTokenUrl().toString(), clock);
  }

  @Bean
  @ConditionalOnProperty("shouwei.hazard.token-url")
  ServiceTokens clientCredentialsServiceTokens(
      HazardClientProperties properties, RestClient.Builder builder, Clock clock) {
    return new ClientCredentialsServiceTokens(
        builder.build(), properties.tokenUrl().toString(), properties.clientId(), properties.clientSecret(), clock);
  }
}
