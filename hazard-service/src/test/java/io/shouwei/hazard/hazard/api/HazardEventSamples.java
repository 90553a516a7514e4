package io.shouwei.hazard.hazard.api;

import io.shouwei.contracts.hazard.DeadlineExtensionApproved;
import io.shouwei.contracts.hazard.DeadlineExtensionRefused;
import io.shouwei.contracts.hazard.DeadlineExtensionRequested;
import io.shouwei.contracts.hazard.HazardClassified;
import io.shouwei.contracts.hazard.HazardLevel;
import io.shouwei.contracts.hazard.HazardReopened;
import io.shouwei.contracts.hazard.HazardReported;
import io.shouwei.contracts.hazard.HazardSignedOff;
import io.shouwei.contracts.hazard.HazardSource;
import io.shouwei.contracts.hazard.RectificationCompleted;
import io.shouwei.contracts.hazard.RectificationPlanned;
import io.shouwei.contracts.hazard.RectificationProgressRecorded;
import io.shouwei.contracts.hazard.RectificationRejected;
import io.shouwei.contracts.hazard.RectificationStarted;
import io.shouwei.contracts.mine.MineType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** One sample of every stored event type of a hazard, with its published form. */
public final class HazardEventSamples {

  static final Instant AT = Instant.parse("2025-05-13T08:00:00.125Z");
  static final Instant DEADLINE = Instant.parse("2025-06-30T10:00:00Z");
  static final Instant LATER = Instant.parse("2025-07-31T10:00:00Z");

  private HazardEventSamples() {}

  /** Pairs of (stored event, published payload). */
  public static Stream<Arguments> storedAndPublished() {
    FiveItemPlan plan =
        new FiveItemPlan(
            List.of("Install radar"), new FiveItemPlan.Funds(new BigDecimal("1200.50"), "Budget"), DEADLINE,
            new FiveItemPlan.Responsibility("Wang", "Manager", "North pit"),
            new FiveItemPlan.ContingencyPlan("Evacuate", "doc://p"));
    FiveItemPlan general = new FiveItemPlan(List.of("Fence"), null, DEADLINE, plan.responsibility(), null);
    return Stream.of(
        Arguments.of(
            new HazardReportedEvent("h", "YH-t-2025-0001", "m", "e", "t", MineType.OPEN_PIT, null,
                HazardSource.SPOT_CHECK, "SLOPE", "title", "d", "l", AT, AT,
                Map.of("slopeHeightMetres", 210.5, "onlineSlopeMonitoring", false), HazardLevel.MAJOR,
                List.of("OP-07.1"), List.of("OP-08.1")),
            new HazardReported("h", "m", "e", "t", null, HazardSource.SPOT_CHECK, "SLOPE", "title", "d", "l", AT, AT,
                "YH-t-2025-0001", HazardLevel.MAJOR, List.of("OP-07.1"), List.of("OP-08.1"))),
        Arguments.of(
            new HazardClassifiedEvent("h", HazardLevel.MAJOR, List.of("OP-08.1"), HazardLevel.GENERAL, "r", AT),
            new HazardClassified("h", HazardLevel.MAJOR, List.of("OP-08.1"), HazardLevel.GENERAL, "r", AT)),
        Arguments.of(
            new RectificationPlannedEvent("h", plan, AT),
            new RectificationPlanned("h", List.of("Install radar"),
                new RectificationPlanned.Funds(new BigDecimal("1200.50"), "Budget"), DEADLINE,
                new RectificationPlanned.Responsibility("Wang", "Manager", "North pit"),
                new RectificationPlanned.ContingencyPlan("Evacuate", "doc://p"), AT)),
        Arguments.of(
            new RectificationPlannedEvent("h", general, AT),
            new RectificationPlanned("h", List.of("Fence"), null, DEADLINE,
                new RectificationPlanned.Responsibility("Wang", "Manager", "North pit"), null, AT)),
        Arguments.of(new RectificationStartedEvent("h", AT), new RectificationStarted("h", AT)),
        Arguments.of(
            new RectificationProgressRecordedEvent("h", "n", 40, List.of("photo://1"), AT),
            new RectificationProgressRecorded("h", "n", 40, List.of("photo://1"), AT)),
        Arguments.of(
            new RectificationCompletedEvent("h", List.of("photo://2"), "done", AT),
            new RectificationCompleted("h", List.of("photo://2"), "done", AT)),
        Arguments.of(
            new HazardSignedOffEvent("h", HazardLevel.GENERAL, null, AT),
            new HazardSignedOff("h", HazardLevel.GENERAL, null, AT)),
        Arguments.of(new RectificationRejectedEvent("h", "why", AT), new RectificationRejected("h", "why", AT)),
        Arguments.of(
            new DeadlineExtensionRequestedEvent("h", 1, DEADLINE, LATER, "why", AT),
            new DeadlineExtensionRequested("h", 1, DEADLINE, LATER, "why", AT)),
        Arguments.of(
            new DeadlineExtensionApprovedEvent("h", 1, DEADLINE, LATER, null, AT),
            new DeadlineExtensionApproved("h", 1, DEADLINE, LATER, null, AT)),
        Arguments.of(
            new DeadlineExtensionRefusedEvent("h", 2, "no", AT), new DeadlineExtensionRefused("h", 2, "no", AT)),
        Arguments.of(
            new HazardReopenedEvent("h", "again", "revisit-1", AT), new HazardReopened("h", "again", "revisit-1", AT)));
  }

  /** One stored event of each type (the first sample of each). */
  public static Stream<Object> stored() {
    return storedAndPublished().map(a -> a.get()[0]);
  }
}
