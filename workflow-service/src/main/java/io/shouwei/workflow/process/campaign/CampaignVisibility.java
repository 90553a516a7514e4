package io.shouwei.workflow.process.campaign;

import io.shouwei.platform.security.Caller;
import io.shouwei.platform.security.Jurisdiction;
import io.shouwei.workflow.process.CampaignReach;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A campaign reaches the agencies of its towns and the enterprises known to operate a mine there
 * (a superior company through its group's enterprises); the district bureau, auditors, admins and
 * the services see every campaign.
 */
@Component
class CampaignVisibility implements CampaignReach {

  private final CampaignRecords records;

  CampaignVisibility(CampaignRecords records) {
    this.records = records;
  }

  @Override
  public boolean reaches(Caller caller, String campaignId) {
    Jurisdiction.Reach reach = Jurisdiction.toRead(caller.role());
    if (reach == Jurisdiction.Reach.ALL) {
      return true;
    }
    List<String> towns = records.towns(campaignId);
    return switch (reach) {
      case OWN_TOWNS -> caller.towns().stream().anyMatch(towns::contains);
      case OWN_ENTERPRISE -> caller.enterpriseId() != null
          && records.townsOfEnterprise(caller.enterpriseId()).stream().anyMatch(towns::contains);
      case OWN_GROUP -> caller.groupEnterprises().stream()
          .anyMatch(e -> records.townsOfEnterprise(e).stream().anyMatch(towns::contains));
      default -> false;
    };
  }
}
