package io.shouwei.hazard.order.application;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of rectification orders.
 *
 * @param acknowledgementPeriod how long after its issue an order to stop production takes effect
 *     unacknowledged, when the issuer gives no acknowledgement deadline; positive
 */
@ConfigurationProperties("shouwei.orders")
public record OrderProperties(@DefaultValue("24h") Duration acknowledgementPeriod) {

  public OrderProperties {
    if (acknowledgementPeriod.isNegative() || acknowledgementPeriod.isZero()) {
      throw new IllegalArgumentException(
          "shouwei.orders.acknowledgement-period must be positive, not " + acknowledgementPeriod);
    }
  }
}
