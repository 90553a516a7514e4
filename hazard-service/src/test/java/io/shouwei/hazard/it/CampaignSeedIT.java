package io.shouwei.hazard.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.shouwei.embedded.DevTokens;
import io.shouwei.embedded.PostgresDatabase;
import io.shouwei.hazard.campaign.seed.CampaignSeeder;
import io.shouwei.hazard.campaign.seed.ShouweiZhan2022;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The local profile's demo campaign: launched once on startup, as the service, under its fixed
 * id; seeding again (as on every restart) launches nothing. The test's database stands in for the
 * local H2 files.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "local"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class CampaignSeedIT {

  static final PostgresDatabase DB = PostgresDatabase.create("campaign_seed");
  static final DevTokens TOKENS = DevTokens.generate();

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    TestStack.register(registry, DB, TOKENS);
  }

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired CampaignSeeder seeder;

  long events() {
    return jdbc.queryForObject(
        "SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?", Long.class, ShouweiZhan2022.CAMPAIGN_ID);
  }

  @Test
  void theDemoCampaign_isSeededOnStartup_once_asTheService() {
    assertThat(events()).isOne();
    assertThat(jdbc.queryForObject(
            "SELECT launched_by_role FROM campaign_view WHERE id = ?", String.class, ShouweiZhan2022.CAMPAIGN_ID))
        .isEqualTo("SERVICE");

    String town = TOKENS.token("inspector-001", List.of("TOWN_AGENCY"), "town-office-001", List.of("370406001"), null);
    HttpResponse<String> read = new Api(port).get("/api/campaigns/" + ShouweiZhan2022.CAMPAIGN_ID, town);
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    JsonNode campaign = Api.json(read);
    assertThat(campaign.get("name").asText()).contains("守卫战");
    assertThat(campaign.get("issuingOrganisation").asText()).isEqualTo("枣庄市山亭区应急管理局");
    assertThat(campaign.get("jurisdiction").get("townCodes")).extracting(JsonNode::asText)
        .contains("370406001", "370406002").hasSize(10);
    assertThat(campaign.get("phases")).extracting(p -> p.get("kind").asText() + " " + p.get("startDate").asText()
            + ".." + p.get("endDate").asText())
        .containsExactly(
            "MOBILISATION 2022-09-07..2022-09-09",
            "CONCENTRATED_PUSH 2022-09-10..2022-10-22",
            "SUMMARY 2022-10-23..2022-11-06");
    assertThat(campaign.get("reportDueDate").asText()).isEqualTo("2022-11-06");
  }

  @Test
  void seedingAgain_asOnARestart_launchesNothing() {
    assertThat(seeder.seed()).isFalse();
    assertThat(seeder.seed()).isFalse();

    assertThat(events()).isOne();
    assertThat(jdbc.queryForObject("SELECT count(*) FROM campaign_view", Long.class)).isOne();
  }
}
