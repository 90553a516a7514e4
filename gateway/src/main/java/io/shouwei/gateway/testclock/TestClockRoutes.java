package io.shouwei.gateway.testclock;

import static org.springframework.cloud.gateway.support.RouteMetadataUtils.CONNECT_TIMEOUT_ATTR;
import static org.springframework.cloud.gateway.support.RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The services' clock controls, on the local stack only: {@code /api/test/clock/hazard}, {@code
 * /workflow} and {@code /reporting} reach {@code /api/test/clock} of that service (each exists in
 * the services' {@code local} and {@code test} profiles only). Elsewhere there is
 * no route, so the paths are 404; {@code ADMIN} only ({@code shouwei.security.admin-paths}).
 */
@Configuration(proxyBeanMethods = false)
@Profile("local")
class TestClockRoutes {

  static final String SERVICE_PATH = "/api/test/clock";

  @Bean
  RouteLocator clockControlRoutes(
      RouteLocatorBuilder routes,
      @Value("${shouwei.downstream.hazard}") String hazard,
      @Value("${shouwei.downstream.workflow}") String workflow,
      @Value("${shouwei.downstream.reporting}") String reporting) {
    return routes.routes()
        .route("test-clock-hazard", r -> r.path(SERVICE_PATH + "/hazard")
            .filters(f -> f.setPath(SERVICE_PATH))
            .metadata(CONNECT_TIMEOUT_ATTR, 2000).metadata(RESPONSE_TIMEOUT_ATTR, 10000)
            .uri(hazard))
        .route("test-clock-workflow", r -> r.path(SERVICE_PATH + "/workflow")
            .filters(f -> f.setPath(SERVICE_PATH))
            .metadata(CONNECT_TIMEOUT_ATTR, 2000).metadata(RESPONSE_TIMEOUT_ATTR, 10000)
            .uri(workflow))
        .route("test-clock-reporting", r -> r.path(SERVICE_PATH + "/reporting")
            .filters(f -> f.setPath(SERVICE_PATH))
            .metadata(CONNECT_TIMEOUT_ATTR, 2000).metadata(RESPONSE_TIMEOUT_ATTR, 10000)
            .uri(reporting))
        .build();
  }
}
