package io.shouwei.hazard.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When an aggregate is snapshotted: once this many events were loaded or applied since its latest
 * snapshot (Axon's {@code EventCountSnapshotTriggerDefinition}).
 *
 * @param hazardThreshold events of a hazard between two snapshots, at least 1
 * @param mineThreshold events of a mine between two snapshots, at least 1
 * @param campaignThreshold events of a campaign between two snapshots, at least 1
 * @param tipThreshold events of a tip between two snapshots, at least 1
 * @param orderThreshold events of a rectification order between two snapshots, at least 1
 */
@ConfigurationProperties("shouwei.snapshots")
public record SnapshotProperties(
    @DefaultValue("50") int hazardThreshold,
    @DefaultValue("50") int mineThreshold,
    @DefaultValue("50") int campaignThreshold,
    @DefaultValue("50") int tipThreshold,
    @DefaultValue("50") int orderThreshold) {

  public SnapshotProperties {
    requirePositive(hazardThreshold, "shouwei.snapshots.hazard-threshold");
    requirePositive(mineThreshold, "shouwei.snapshots.mine-threshold");
    requirePositive(campaignThreshold, "shouwei.snapshots.campaign-threshold");
    requirePositive(tipThreshold, "shouwei.snapshots.tip-threshold");
    requirePositive(orderThreshold, "shouwei.snapshots.order-threshold");
  }

  private static void requirePositive(int threshold, String property) {
    if (threshold < 1) {
      throw new IllegalArgumentException(property + " must be at least 1, not " + threshold);
    }
  }
}
