package io.shouwei.hazard.order.application;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of rectification orders.
 *
 * @param acknowledgementPeriod how long after its issue an order to stop production takes effect
 *     unacknowledged, when the issuer gives no acknowledgement deadline; positive
 * @param reapplicationBlock how long after a failed review or a refusal the enterprise may not
 *     apply to resume again (Shanxi: two months, counted in the UTC calendar); zero or positive
 */
@ConfigurationProperties("shouwei.orders")
public record OrderProperties(
    @DefaultValue("24h") Duration acknowledgementPeriod, @DefaultValue("P2M") Period reapplicationBlock) {

  public OrderProperties {
    if (acknowledgementPeriod.isNegative() || acknowledgementPeriod.isZero()) {
      throw new IllegalArgumentException(
          "shouwei.orders.acknowledgement-period must be positive, not " + acknowledgementPeriod);
    }
    if (reapplicationBlock.isNegative()) {
      throw new IllegalArgumentException(
          "shouwei.orders.reapplication-block must not be negative, not " + reapplicationBlock);
    }
  }
}
