package io.shouwei.hazard.campaign.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.shouwei.contracts.Actor;
import io.shouwei.contracts.Role;
import io.shouwei.hazard.campaign.CampaignJurisdiction;
import io.shouwei.hazard.campaign.CampaignStatus;
import io.shouwei.hazard.campaign.Phase;
import io.shouwei.hazard.campaign.PhaseKind;
import io.shouwei.hazard.campaign.api.CampaignConcludedEvent;
import io.shouwei.hazard.campaign.api.CampaignLaunchedEvent;
import io.shouwei.hazard.campaign.api.CampaignPhaseAmendedEvent;
import io.shouwei.hazard.campaign.api.CampaignReportDueDateAmendedEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The view as a plain object over the migrated schema (H2 in PostgreSQL mode, as in local runs). */
class CampaignViewProjectionTest {

  static final Instant T0 = Instant.parse("2022-09-07T01:30:00.123Z");
  static final CampaignJurisdiction SHANTING =
      new CampaignJurisdiction("370406", "枣庄市山亭区", List.of("370406001", "370406002"));
  static final Phase MOBILISATION =
      new Phase(PhaseKind.MOBILISATION, "动员部署阶段", LocalDate.of(2022, 9, 7), LocalDate.of(2022, 9, 9));
  static final Phase PUSH =
      new Phase(PhaseKind.CONCENTRATED_PUSH, "集中推进阶段", LocalDate.of(2022, 9, 10), LocalDate.of(2022, 10, 22));
  static final Phase SUMMARY =
      new Phase(PhaseKind.SUMMARY, "总结巩固阶段", LocalDate.of(2022, 10, 23), LocalDate.of(2022, 11, 6));
  static final CampaignLaunchedEvent LAUNCHED =
      new CampaignLaunchedEvent(
          "c-1", "守卫战", SHANTING, List.of(MOBILISATION, PUSH, SUMMARY), LocalDate.of(2022, 11, 6),
          "枣应急发〔2022〕52号", null, "枣庄市山亭区应急管理局");

  JdbcTemplate jdbc;
  CampaignViewProjection projection;
  CampaignViews views;

  @BeforeEach
  void setUp() {
    DriverManagerDataSource h2 =
        new DriverManagerDataSource(
            "jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "sa", "");
    Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
    jdbc = new JdbcTemplate(h2);
    projection = new CampaignViewProjection(jdbc);
    views = new CampaignViews(jdbc);
  }

  void launch() {
    projection.on(LAUNCHED, 0, T0, "li.wei", "DISTRICT_AGENCY", "shanting-bureau");
  }

  CampaignView campaign() {
    return views.find("c-1").orElseThrow();
  }

  @Test
  void launched_showsTheCampaignWithItsPhasesInOrder() {
    launch();

    assertThat(views.find("c-1")).contains(
        new CampaignView("c-1", "守卫战", SHANTING, List.of(MOBILISATION, PUSH, SUMMARY), LocalDate.of(2022, 11, 6),
            "枣应急发〔2022〕52号", null, "枣庄市山亭区应急管理局", CampaignStatus.LAUNCHED, null, null, T0, T0, 0,
            new Actor("li.wei", Role.DISTRICT_AGENCY, "shanting-bureau")));
    assertThat(views.exists("c-1")).isTrue();
    assertThat(views.exists("c-2")).isFalse();
  }

  @Test
  void launchedTwice_changesNothing() {
    launch();
    projection.on(LAUNCHED, 0, T0.plusSeconds(5), "someone-else", "ADMIN", null);

    assertThat(views.count()).isOne();
    assertThat(campaign().launchedBy().userId()).isEqualTo("li.wei");
  }

  @Test
  void amendments_moveThePhaseOrTheDueDate_andAdvanceTheVersion() {
    launch();

    projection.on(new CampaignReportDueDateAmendedEvent("c-1", LocalDate.of(2022, 11, 10)), 1, T0.plusSeconds(60));
    projection.on(
        new CampaignPhaseAmendedEvent("c-1", PhaseKind.SUMMARY, LocalDate.of(2022, 10, 23), LocalDate.of(2022, 11, 9)),
        2, T0.plusSeconds(120));

    assertThat(campaign().reportDueDate()).isEqualTo(LocalDate.of(2022, 11, 10));
    assertThat(campaign().phases()).containsExactly(
        MOBILISATION, PUSH, SUMMARY.withDates(LocalDate.of(2022, 10, 23), LocalDate.of(2022, 11, 9)));
    assertThat(campaign().version()).isEqualTo(2);
    assertThat(campaign().changedAt()).isEqualTo(T0.plusSeconds(120));
    assertThat(campaign().launchedAt()).isEqualTo(T0);
  }

  @Test
  void aRedeliveredOrEarlyEvent_changesNothing() {
    launch();
    projection.on(new CampaignReportDueDateAmendedEvent("c-1", LocalDate.of(2022, 11, 10)), 1, T0.plusSeconds(1));

    projection.on(new CampaignReportDueDateAmendedEvent("c-1", LocalDate.of(2022, 11, 20)), 1, T0.plusSeconds(2));
    projection.on(new CampaignConcludedEvent("c-1", LocalDate.of(2022, 11, 21), "early"), 3, T0.plusSeconds(3));

    assertThat(campaign().reportDueDate()).isEqualTo(LocalDate.of(2022, 11, 10));
    assertThat(campaign().status()).isEqualTo(CampaignStatus.LAUNCHED);
    assertThat(campaign().version()).isEqualTo(1);
  }

  @Test
  void concluded_recordsTheDayAndTheNote() {
    launch();

    projection.on(new CampaignConcludedEvent("c-1", LocalDate.of(2022, 11, 7), "报告已报送"), 1, T0.plusSeconds(9));

    assertThat(campaign().status()).isEqualTo(CampaignStatus.CONCLUDED);
    assertThat(campaign().concludedOn()).isEqualTo(LocalDate.of(2022, 11, 7));
    assertThat(campaign().conclusionNote()).isEqualTo("报告已报送");
  }

  @Test
  void currentPhase_isThePhaseThatIncludesToday_andNoneOutsideThePhasesOrOnceConcluded() {
    launch();

    assertThat(campaign().currentPhase(LocalDate.of(2022, 9, 6))).isEmpty();
    assertThat(campaign().currentPhase(LocalDate.of(2022, 9, 9))).contains(MOBILISATION);
    assertThat(campaign().currentPhase(LocalDate.of(2022, 9, 10))).contains(PUSH);
    assertThat(campaign().currentPhase(LocalDate.of(2022, 11, 6))).contains(SUMMARY);
    assertThat(campaign().currentPhase(LocalDate.of(2022, 11, 7))).isEmpty();

    projection.on(new CampaignConcludedEvent("c-1", LocalDate.of(2022, 10, 30), null), 1, T0.plusSeconds(9));
    assertThat(campaign().currentPhase(LocalDate.of(2022, 11, 1))).isEmpty();
  }

  @Test
  void page_listsTheLatestLaunchedFirst() {
    launch();
    projection.on(
        new CampaignLaunchedEvent("c-2", "百日攻坚", SHANTING, List.of(PUSH), LocalDate.of(2022, 11, 6), null, null, "区局"),
        0, T0.plusSeconds(3600), "li.wei", "DISTRICT_AGENCY", "shanting-bureau");

    assertThat(views.page(0, 10)).extracting(CampaignView::id).containsExactly("c-2", "c-1");
    assertThat(views.page(1, 1)).extracting(CampaignView::id).containsExactly("c-1");
    assertThat(views.count()).isEqualTo(2);
  }
}
