package io.shouwei.hazard.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.shouwei.hazard.hazard.Hazard;
import io.shouwei.hazard.mine.Mine;
import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.junit.jupiter.api.Test;

/** Snapshots are read only when the aggregate's classes are the ones that wrote them. */
class SnapshotRevisionsTest {

  final SnapshotRevisions revisions = new SnapshotRevisions(List.of(Hazard.class, Mine.class));

  @Test
  void theRevision_isADigestOfTheAggregatesClasses_stableAndDistinct() {
    String hazard = revisions.revisionOf(Hazard.class);
    String mine = revisions.revisionOf(Mine.class);

    assertThat(hazard).matches("[0-9a-f]{24}").isEqualTo(SnapshotRevisions.digest(Hazard.class));
    assertThat(mine).matches("[0-9a-f]{24}").isNotEqualTo(hazard);
    assertThat(revisions.revisionOf(String.class)).isNull();
  }

  /** Nested state classes and project classes held in fields count; JDK classes do not. */
  @Test
  void theDigestCovers_theClassesTheStateConsistsOf() {
    assertThat(SnapshotRevisions.covered(Hazard.class))
        .contains(
            "io.shouwei.hazard.hazard.Hazard", "io.shouwei.hazard.hazard.Hazard$PendingExtension",
            "io.shouwei.hazard.hazard.HazardStatus", "io.shouwei.hazard.hazard.api.FiveItemPlan",
            "io.shouwei.hazard.hazard.api.FiveItemPlan$Funds", "io.shouwei.contracts.hazard.HazardLevel")
        .allMatch(name -> name.startsWith("io.shouwei."));
    assertThat(SnapshotRevisions.covered(Mine.class))
        .contains("io.shouwei.hazard.mine.Mine", "io.shouwei.hazard.mine.MineFacts",
            "io.shouwei.hazard.mine.ProductionStatus", "io.shouwei.contracts.mine.MineType");
  }

  @Test
  void theFilter_allowsOnlyTheCurrentRevisionOfASnapshottedType() {
    SnapshotFilter filter = revisions.filter();

    assertThat(filter.allow(snapshot(Mine.class.getName(), revisions.revisionOf(Mine.class)))).isTrue();
    assertThat(filter.allow(snapshot(Mine.class.getName(), revisions.revisionOf(Hazard.class)))).isFalse();
    assertThat(filter.allow(snapshot(Mine.class.getName(), null))).isFalse();
    assertThat(filter.allow(snapshot("io.shouwei.hazard.order.Order", null))).isTrue();
  }

  static GenericDomainEventEntry<byte[]> snapshot(String payloadType, String revision) {
    return new GenericDomainEventEntry<>(
        "Mine", "m-1", 4, "e-1", Instant.parse("2025-05-13T08:00:00Z"), payloadType, revision, new byte[0],
        new byte[0]);
  }
}
