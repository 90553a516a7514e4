package io.shouwei.hazard.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The audit's own snapshots of replayed states ({@code io.shouwei.hazard.audit.AuditService}),
 * apart from the aggregates' snapshots ({@link SnapshotProperties}).
 *
 * @param enabled whether past states start from audit snapshots and snapshots are taken; when off,
 *     every past state is replayed from the object's first event and stored snapshots are ignored
 * @param interval a snapshot after every this many events of an object (after its events
 *     {@code interval - 1}, {@code 2 * interval - 1}, …), at least 1
 */
@ConfigurationProperties("shouwei.audit.snapshots")
public record AuditSnapshotProperties(@DefaultValue("true") boolean enabled, @DefaultValue("50") int interval) {

  public AuditSnapshotProperties {
    if (interval < 1) {
      throw new IllegalArgumentException("shouwei.audit.snapshots.interval must be at least 1, not " + interval);
    }
  }
}
