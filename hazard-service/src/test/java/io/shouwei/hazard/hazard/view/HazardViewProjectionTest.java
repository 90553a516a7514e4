package io.shouwei.hazard.hazard.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shouwei.contracts.Actor;
import io.shouwei.contracts.Role;
import io.shouwei.contracts.hazard.HazardLevel;
import io.shouwei.contracts.hazard.HazardSource;
import io.shouwei.contracts.mine.MineType;
import io.shouwei.hazard.hazard.HazardStatus;
import io.shouwei.hazard.hazard.api.DeadlineExtensionApprovedEvent;
import io.shouwei.hazard.hazard.api.DeadlineExtensionRefusedEvent;
import io.shouwei.hazard.hazard.api.DeadlineExtensionRequestedEvent;
import io.shouwei.hazard.hazard.api.FiveItemPlan;
import io.shouwei.hazard.hazard.api.HazardClassifiedEvent;
import io.shouwei.hazard.hazard.api.HazardReopenedEvent;
import io.shouwei.hazard.hazard.api.HazardReportedEvent;
import io.shouwei.hazard.hazard.api.HazardSignedOffEvent;
import io.shouwei.hazard.hazard.api.RectificationCompletedEvent;
import io.shouwei.hazard.hazard.api.RectificationPlannedEvent;
import io.shouwei.hazard.hazard.api.RectificationProgressRecordedEvent;
import io.shouwei.hazard.hazard.api.RectificationRejectedEvent;
import io.shouwei.hazard.hazard.api.RectificationStartedEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The view as a plain object over the migrated schema (H2 in PostgreSQL mode, as in local runs). */
class HazardViewProjectionTest {

  JdbcTemplate jdbc;
  HazardViewProjection projection;
  HazardViews views;

  static final Instant AT = Instant.parse("2025-05-13T08:00:00.789Z");
  static final Instant DEADLINE = Instant.parse("2025-06-30T10:00:00Z");

  static final HazardReportedEvent REPORTED =
      new HazardReportedEvent("h-1", "YH-310115101-2025-0003", "mine-7", "ent-3", "310115101", MineType.OPEN_PIT,
          null, HazardSource.SELF_INSPECTION, "SLOPE", "北帮裂缝", "A crack.", "Bench 4",
          Instant.parse("2025-05-11T02:15:00.123Z"), Instant.parse("2025-05-12T06:30:00.456Z"),
          Map.of("slopeRadialCracks", true), HazardLevel.MAJOR, List.of("OP-08.1"), List.of("OP-08.1", "OP-04"));

  static final FiveItemPlan PLAN =
      new FiveItemPlan(
          List.of("Install online slope radar", "削坡减载"),
          new FiveItemPlan.Funds(new BigDecimal("850000.50"), "Safety budget"),
          DEADLINE,
          new FiveItemPlan.Responsibility("Wang Qiang", "Mine manager", "North pit"),
          new FiveItemPlan.ContingencyPlan("Evacuate on alarm", "doc://plans/slope-v3"));

  @BeforeEach
  void setUp() {
    DriverManagerDataSource h2 =
        new DriverManagerDataSource(
            "jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "sa", "");
    Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
    jdbc = new JdbcTemplate(h2);
    projection = new HazardViewProjection(jdbc);
    views = new HazardViews(jdbc);
  }

  HazardView view() {
    return views.find("h-1").orElseThrow();
  }

  void agency(Object event, long sequence) {
    if (event instanceof HazardReopenedEvent) {
      projection.on(event, "h-1", sequence, "district-chen", "DISTRICT_AGENCY", "district-bureau");
    } else {
      projection.on(event, "h-1", sequence, "inspector-li", "TOWN_AGENCY", "town-office-101");
    }
  }

  void enterprise(Object event, long sequence) {
    projection.on(event, "h-1", sequence, "safety-ent-3", "ENTERPRISE", "ent-3");
  }

  @Test
  void reported_showsTheHazardAsReported_withItsSuggestion() {
    projection.on(REPORTED, 0, "safety-ent-3", "ENTERPRISE", "ent-3");

    assertThat(views.find("h-1")).contains(
        new HazardView("h-1", "YH-310115101-2025-0003", "mine-7", "ent-3", "310115101", null,
            HazardSource.SELF_INSPECTION, "SLOPE", "北帮裂缝", "A crack.", "Bench 4", REPORTED.discoveredAt(),
            REPORTED.reportedAt(), HazardStatus.REPORTED, 0, new Actor("safety-ent-3", Role.ENTERPRISE, "ent-3"),
            HazardLevel.MAJOR, List.of("OP-08.1"), List.of("OP-08.1", "OP-04"), null, List.of(), null, null, null,
            null, null, null));
  }

  @Test
  void reportedTwice_changesNothing() {
    projection.on(REPORTED, 0, "safety-ent-3", "ENTERPRISE", "ent-3");
    projection.on(REPORTED, 0, "someone-else", "ADMIN", null);

    assertThat(jdbc.queryForObject("SELECT count(*) FROM hazard_view", Long.class)).isOne();
    assertThat(view().reportedBy().userId()).isEqualTo("safety-ent-3");
  }

  @Test
  void aSecondHazardWithTheSameNumber_isRefusedByTheView() {
    projection.on(REPORTED, 0, "safety-ent-3", "ENTERPRISE", "ent-3");
    HazardReportedEvent other =
        new HazardReportedEvent("h-2", REPORTED.number(), "mine-7", "ent-3", "310115101", MineType.OPEN_PIT, null,
            HazardSource.SELF_INSPECTION, "SLOPE", "Other", "Other crack.", "Bench 5", REPORTED.discoveredAt(),
            REPORTED.reportedAt(), Map.of(), HazardLevel.GENERAL, List.of(), List.of());

    assertThatThrownBy(() -> projection.on(other, 0, "safety-ent-3", "ENTERPRISE", "ent-3"))
        .isInstanceOf(DuplicateKeyException.class);
  }

  @Test
  void unknownHazard_isEmpty() {
    assertThat(views.find("nope")).isEmpty();
  }

  @Test
  void aMajorHazardsLoop_showsLevelPlanDeadlineProgressAndSignOff() {
    projection.on(REPORTED, 0, "safety-ent-3", "ENTERPRISE", "ent-3");
    agency(new HazardClassifiedEvent("h-1", HazardLevel.MAJOR, List.of("OP-08.1", "OP-07.1"), null, "On site", AT), 1);

    HazardView classified = view();
    assertThat(classified.level()).isEqualTo(HazardLevel.MAJOR);
    assertThat(classified.criteria()).containsExactly("OP-08.1", "OP-07.1");
    assertThat(classified.classificationReason()).isEqualTo("On site");
    assertThat(classified.suggestedLevel()).isEqualTo(HazardLevel.MAJOR);
    assertThat(classified.version()).isEqualTo(1);

    enterprise(new RectificationPlannedEvent("h-1", PLAN, AT), 2);
    HazardView planned = view();
    assertThat(planned.status()).isEqualTo(HazardStatus.PLANNED);
    assertThat(planned.plan()).isEqualTo(PLAN);
    assertThat(planned.deadline()).isEqualTo(DEADLINE);
    assertThat(planned.progressPercent()).isNull();

    enterprise(new RectificationStartedEvent("h-1", AT), 3);
    assertThat(view().status()).isEqualTo(HazardStatus.RECTIFYING);
    assertThat(view().progressPercent()).isZero();

    enterprise(new RectificationProgressRecordedEvent("h-1", "half", 55, List.of("photo://1"), AT), 4);
    assertThat(view().progressPercent()).isEqualTo(55);

    enterprise(new RectificationCompletedEvent("h-1", List.of("photo://2"), null, AT), 5);
    assertThat(view().status()).isEqualTo(HazardStatus.SUBMITTED);
    assertThat(view().progressPercent()).isEqualTo(100);

    agency(new HazardSignedOffEvent("h-1", HazardLevel.MAJOR, "Verified", AT), 6);
    HazardView signedOff = view();
    assertThat(signedOff.status()).isEqualTo(HazardStatus.SIGNED_OFF);
    assertThat(signedOff.signedOff())
        .isEqualTo(new HazardView.SignOff(new Actor("inspector-li", Role.TOWN_AGENCY, "town-office-101"), AT));
    assertThat(signedOff.version()).isEqualTo(6);
  }

  @Test
  void rejectionAndReopening_restartProgress_andReopeningClearsTheSignOff() {
    projection.on(REPORTED, 0, "safety-ent-3", "ENTERPRISE", "ent-3");
    enterprise(new RectificationPlannedEvent("h-1", PLAN, AT), 1);
    enterprise(new RectificationStartedEvent("h-1", AT), 2);
    enterprise(new RectificationCompletedEvent("h-1", List.of("photo://2"), null, AT), 3);
    agency(new RectificationRejectedEvent("h-1", "Radar not connected", AT), 4);
    assertThat(view().status()).isEqualTo(HazardStatus.RECTIFYING);
    assertThat(view().progressPercent()).isZero();

    enterprise(new RectificationCompletedEvent("h-1", List.of("photo://3"), null, AT), 5);
    agency(new HazardSignedOffEvent("h-1", HazardLevel.MAJOR, null, AT), 6);
    agency(new HazardReopenedEvent("h-1", "Cracks again", "revisit-1", AT), 7);

    HazardView reopened = view();
    assertThat(reopened.status()).isEqualTo(HazardStatus.REOPENED);
    assertThat(reopened.signedOff()).isNull();
    assertThat(reopened.progressPercent()).isZero();
    assertThat(reopened.plan()).isEqualTo(PLAN);
  }

  @Test
  void extensionRequests_showWhilePending_andAnApprovalMovesTheDeadline() {
    Instant later = DEADLINE.plusSeconds(86_400 * 30);
    projection.on(REPORTED, 0, "safety-ent-3", "ENTERPRISE", "ent-3");
    enterprise(new RectificationPlannedEvent("h-1", PLAN, AT), 1);
    enterprise(new DeadlineExtensionRequestedEvent("h-1", 1, DEADLINE, later, "Radar delayed", AT), 2);

    assertThat(view().pendingExtension()).isEqualTo(new HazardView.PendingExtension(1, later, "Radar delayed", AT));
    assertThat(view().deadline()).isEqualTo(DEADLINE);

    agency(new DeadlineExtensionRefusedEvent("h-1", 1, "Use interim measures", AT), 3);
    assertThat(view().pendingExtension()).isNull();
    assertThat(view().deadline()).isEqualTo(DEADLINE);

    enterprise(new DeadlineExtensionRequestedEvent("h-1", 2, DEADLINE, later, "Radar delayed again", AT), 4);
    agency(new DeadlineExtensionApprovedEvent("h-1", 2, DEADLINE, later, null, AT), 5);
    assertThat(view().pendingExtension()).isNull();
    assertThat(view().deadline()).isEqualTo(later);
    assertThat(view().plan().deadline()).isEqualTo(DEADLINE);
  }

  @Test
  void aRedeliveredOrEarlyEvent_changesNothing() {
    projection.on(REPORTED, 0, "safety-ent-3", "ENTERPRISE", "ent-3");
    enterprise(new RectificationPlannedEvent("h-1", PLAN, AT), 1);
    enterprise(new RectificationStartedEvent("h-1", AT), 2);
    enterprise(new RectificationProgressRecordedEvent("h-1", null, 40, List.of(), AT), 3);

    enterprise(new RectificationProgressRecordedEvent("h-1", null, 40, List.of(), AT), 3);
    enterprise(new RectificationProgressRecordedEvent("h-1", null, 10, List.of(), AT), 2);
    enterprise(new RectificationCompletedEvent("h-1", List.of("photo://x"), null, AT), 5);

    assertThat(view().version()).isEqualTo(3);
    assertThat(view().progressPercent()).isEqualTo(40);
    assertThat(view().status()).isEqualTo(HazardStatus.RECTIFYING);
  }

  @Test
  void aLaterEventOfAnUnknownHazard_changesNothing() {
    enterprise(new RectificationStartedEvent("h-1", AT), 1);

    assertThat(views.find("h-1")).isEmpty();
  }

  @Test
  void changes_refuseAnEventThatIsNotALaterEventOfAHazard() {
    HazardView reported = HazardViewChanges.reported(REPORTED, 0, new Actor("u", Role.ENTERPRISE, "ent-3"));

    assertThatThrownBy(() -> HazardViewChanges.apply(reported, REPORTED, 1, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("HazardReportedEvent");
  }
}
