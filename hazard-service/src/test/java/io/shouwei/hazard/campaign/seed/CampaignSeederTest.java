package io.shouwei.hazard.campaign.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import io.shouwei.hazard.campaign.view.CampaignViews;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** When the seeder exists at all, and that its campaign is the plan's, under a fixed id. */
class CampaignSeederTest {

  final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withBean(CommandGateway.class, () -> mock(CommandGateway.class))
          .withBean(CampaignViews.class, () -> mock(CampaignViews.class))
          .withUserConfiguration(CampaignSeeder.class);

  @Test
  void inTheLocalProfile_whenEnabled_theSeederRuns() {
    runner.withInitializer(c -> c.getEnvironment().setActiveProfiles("local"))
        .withPropertyValues(CampaignSeeder.ENABLED + "=true")
        .run(context -> assertThat(context).hasSingleBean(CampaignSeeder.class));
  }

  @Test
  void inTheLocalProfile_whenDisabled_thereIsNoSeeder() {
    runner.withInitializer(c -> c.getEnvironment().setActiveProfiles("local"))
        .withPropertyValues(CampaignSeeder.ENABLED + "=false")
        .run(context -> assertThat(context).doesNotHaveBean(CampaignSeeder.class));
  }

  @Test
  void outsideTheLocalProfile_thereIsNoSeeder_evenWhenEnabled() {
    runner.withInitializer(c -> c.getEnvironment().setActiveProfiles("test", "k8s"))
        .withPropertyValues(CampaignSeeder.ENABLED + "=true")
        .run(context -> assertThat(context).doesNotHaveBean(CampaignSeeder.class));
  }

  @Test
  void theCampaign_isThe2022PlanUnderAFixedNameBasedId() {
    assertThat(UUID.fromString(ShouweiZhan2022.CAMPAIGN_ID).version()).isEqualTo(3);
    assertThat(ShouweiZhan2022.launch().campaignId()).isEqualTo(ShouweiZhan2022.CAMPAIGN_ID);
    assertThat(ShouweiZhan2022.launch().reportDueDate()).isEqualTo(LocalDate.of(2022, 11, 6));
    assertThat(ShouweiZhan2022.TOWN_CODES).startsWith("370406001", "370406002").endsWith("370406010").hasSize(10);
  }
}
