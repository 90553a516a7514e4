package io.shouwei.hazard.campaign.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shouwei.hazard.campaign.view.CampaignViews;
import io.shouwei.platform.web.ProblemException;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The check other use cases make on a campaign id, over the migrated view (H2). */
class CampaignsTest {

  JdbcTemplate jdbc;
  Campaigns campaigns;

  @BeforeEach
  void setUp() {
    DriverManagerDataSource h2 =
        new DriverManagerDataSource(
            "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1", "sa", "");
    Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
    jdbc = new JdbcTemplate(h2);
    jdbc.update(
        """
        INSERT INTO campaign_view (id, name, district_code, district_name, town_codes, phases, report_due_date,
                                   issuing_organisation, status, launched_at, changed_at, version, launched_by_user_id)
        VALUES ('c-1', '守卫战', '370406', '山亭区', '["370406001"]', '[]', DATE '2022-11-06', '区局', 'CONCLUDED',
                TIMESTAMP WITH TIME ZONE '2022-09-07 01:30:00+00', TIMESTAMP WITH TIME ZONE '2022-11-07 01:30:00+00',
                1, 'li.wei')
        """);
    campaigns = new Campaigns(new CampaignViews(jdbc));
  }

  @Test
  void requireKnown_passesForNoCampaignAndForALaunchedOne_concludedOrNot() {
    assertThatCode(() -> campaigns.requireKnown(null)).doesNotThrowAnyException();
    assertThatCode(() -> campaigns.requireKnown("c-1")).doesNotThrowAnyException();
  }

  @Test
  void requireKnown_refusesAnIdNeverLaunched_with422AndTheRule() {
    assertThatThrownBy(() -> campaigns.requireKnown("shouweizhan-2025"))
        .isInstanceOfSatisfying(ProblemException.class, p -> {
          assertThat(p.getStatusCode().value()).isEqualTo(422);
          assertThat(p.getBody().getProperties()).containsEntry("rule", Campaigns.UNKNOWN_CAMPAIGN);
        });
    assertThatThrownBy(() -> campaigns.requireKnown("")).isInstanceOf(ProblemException.class);
  }
}
