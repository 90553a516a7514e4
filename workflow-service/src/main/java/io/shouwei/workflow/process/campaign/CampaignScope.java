package io.shouwei.workflow.process.campaign;

import io.shouwei.bpmn.DelegateBeans;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Bean {@value DelegateBeans#CAMPAIGN_SCOPE}: the collections the campaign's multi-instance
 * activities run over, read when the summary phase starts (so a mine registered until then is in).
 */
@Component(DelegateBeans.CAMPAIGN_SCOPE)
public class CampaignScope {

  private final CampaignRecords records;

  CampaignScope(CampaignRecords records) {
    this.records = records;
  }

  /** The towns of the campaign (business key). */
  public List<String> towns(DelegateExecution execution) {
    return records.towns(execution.getProcessBusinessKey());
  }

  /** The enterprises known to operate a mine in the campaign's towns. */
  public List<String> enterprises(DelegateExecution execution) {
    return records.enterprises(execution.getProcessBusinessKey());
  }
}
