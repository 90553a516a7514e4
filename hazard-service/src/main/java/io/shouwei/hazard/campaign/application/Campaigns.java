package io.shouwei.hazard.campaign.application;

import io.shouwei.hazard.campaign.view.CampaignViews;
import io.shouwei.platform.web.ProblemException;
import io.shouwei.platform.web.ProblemHandler.FieldProblem;
import io.shouwei.platform.web.Problems;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The check other use cases make on a campaign they are given (a hazard found in it, an order
 * issued in it): the campaign must have been launched. Concluded campaigns count: what was found
 * during a campaign may be recorded after it.
 */
@Component
public class Campaigns {

  /** The rule a command breaks by naming a campaign that was never launched. */
  public static final String UNKNOWN_CAMPAIGN = "UNKNOWN_CAMPAIGN";

  private final CampaignViews views;

  public Campaigns(CampaignViews views) {
    this.views = views;
  }

  /**
   * Passes for {@code null} (no campaign) and for the id of a launched campaign.
   *
   * @throws ProblemException 422 with rule {@value #UNKNOWN_CAMPAIGN} and the field
   *     {@code campaignId} otherwise
   */
  public void requireKnown(String campaignId) {
    if (campaignId == null || views.exists(campaignId)) {
      return;
    }
    ProblemException problem =
        new ProblemException(
            HttpStatus.UNPROCESSABLE_ENTITY, Problems.RULE_VIOLATED,
            "Campaign " + campaignId + " was never launched.");
    problem.getBody().setProperty("rule", UNKNOWN_CAMPAIGN);
    problem.getBody().setProperty("errors", List.of(new FieldProblem("campaignId", "is not a launched campaign")));
    throw problem;
  }
}
