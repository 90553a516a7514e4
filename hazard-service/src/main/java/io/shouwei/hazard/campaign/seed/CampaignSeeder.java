package io.shouwei.hazard.campaign.seed;

import io.shouwei.hazard.campaign.view.CampaignViews;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo data of the local profile: launches {@link ShouweiZhan2022 the 2022 守卫战} on startup, as
 * the service itself (role SERVICE), unless it was launched before: the id is fixed, and a
 * campaign already in the view is left alone, so restarts launch nothing new. Only with profile
 * {@code local} and {@code shouwei.seed.campaign.enabled=true} (the local profile's default).
 */
@Component
@Profile("local")
@ConditionalOnProperty(name = CampaignSeeder.ENABLED, havingValue = "true")
public class CampaignSeeder implements ApplicationRunner {

  public static final String ENABLED = "shouwei.seed.campaign.enabled";

  private static final Logger log = LoggerFactory.getLogger(CampaignSeeder.class);

  private final CommandGateway commands;
  private final CampaignViews views;

  public CampaignSeeder(CommandGateway commands, CampaignViews views) {
    this.commands = commands;
    this.views = views;
  }

  @Override
  public void run(ApplicationArguments args) {
    seed();
  }

  /** Launches the campaign unless it exists; whether it launched it now. */
  public boolean seed() {
    if (views.exists(ShouweiZhan2022.CAMPAIGN_ID)) {
      log.info("Demo campaign {} is there already", ShouweiZhan2022.CAMPAIGN_ID);
      return false;
    }
    commands.sendAndWait(ShouweiZhan2022.launch());
    log.info("Launched the demo campaign {} (2022 守卫战)", ShouweiZhan2022.CAMPAIGN_ID);
    return true;
  }
}
