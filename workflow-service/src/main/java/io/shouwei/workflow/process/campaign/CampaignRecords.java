package io.shouwei.workflow.process.campaign;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What workflow-service knows of campaigns and mines, from hazard-service's events: the towns each
 * campaign covers ({@code wf_campaign_town}, from {@code CampaignLaunched}), and the mines with
 * their enterprise and town ({@code wf_mine}, from {@code MineRegistered}; a closed mine is left
 * out). It is what the process has, not a register of mines: a mine registered before
 * workflow-service first read the topic is known once the topic is read from its start, as a new
 * consumer group does. Every write is idempotent, so redelivered events do no harm.
 */
@Component
public class CampaignRecords {

  private final JdbcTemplate jdbc;

  public CampaignRecords(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void recordTowns(String campaignId, List<String> townCodes) {
    for (String town : townCodes.stream().distinct().toList()) {
      jdbc.update(
          "insert into wf_campaign_town (campaign_id, town_code) select ?, ? where not exists"
              + " (select 1 from wf_campaign_town where campaign_id = ? and town_code = ?)",
          campaignId, town, campaignId, town);
    }
  }

  /** The campaign's towns, in code order. */
  public List<String> towns(String campaignId) {
    return jdbc.queryForList(
        "select town_code from wf_campaign_town where campaign_id = ? order by town_code", String.class, campaignId);
  }

  /** The enterprises operating a mine (not closed) in the campaign's towns, in id order. */
  public List<String> enterprises(String campaignId) {
    return jdbc.queryForList(
        "select distinct m.enterprise_id from wf_mine m join wf_campaign_town t on t.town_code = m.town_code"
            + " where t.campaign_id = ? and m.closed = false order by m.enterprise_id",
        String.class, campaignId);
  }

  /** The towns of the enterprise's known mines. */
  public List<String> townsOfEnterprise(String enterpriseId) {
    return jdbc.queryForList(
        "select distinct town_code from wf_mine where enterprise_id = ? order by town_code", String.class, enterpriseId);
  }

  void mineRegistered(String mineId, String enterpriseId, String townCode) {
    jdbc.update(
        "insert into wf_mine (mine_id, enterprise_id, town_code, closed) select ?, ?, ?, false where not exists"
            + " (select 1 from wf_mine where mine_id = ?)",
        mineId, enterpriseId, townCode, mineId);
  }

  void mineClosed(String mineId) {
    jdbc.update("update wf_mine set closed = true where mine_id = ?", mineId);
  }
}
