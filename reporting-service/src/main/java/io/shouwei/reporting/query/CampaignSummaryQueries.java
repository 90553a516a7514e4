package io.shouwei.reporting.query;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Sorts.ascending;

import io.shouwei.contracts.campaign.Phase;
import io.shouwei.platform.security.Caller;
import io.shouwei.platform.web.ProblemException;
import io.shouwei.reporting.projection.CampaignDocument;
import io.shouwei.reporting.projection.CampaignStore;
import io.shouwei.reporting.projection.HazardStore;
import io.shouwei.reporting.projection.OrderStore;
import io.shouwei.reporting.projection.TipStatus;
import io.shouwei.reporting.projection.TipStore;
import io.shouwei.reporting.query.CampaignSummaryResponse.TipFigures;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Service;

/**
 * The campaign summary: the campaign's hazards and orders the caller may see, read when asked and
 * summed up by {@link CampaignFigures} (which explains why nothing is precomputed).
 */
@Service
public class CampaignSummaryQueries {

  private final CampaignStore campaigns;
  private final HazardStore hazards;
  private final OrderStore orders;
  private final TipStore tips;
  private final Clock clock;

  public CampaignSummaryQueries(
      CampaignStore campaigns, HazardStore hazards, OrderStore orders, TipStore tips, Clock clock) {
    this.campaigns = campaigns;
    this.hazards = hazards;
    this.orders = orders;
    this.tips = tips;
    this.clock = clock;
  }

  /**
   * @throws ProblemException 404 when there is no such campaign in the read model
   */
  public CampaignSummaryResponse summary(Caller caller, String campaignId) {
    CampaignDocument campaign =
        campaigns.find(campaignId).orElseThrow(() -> ProblemException.notFound("Campaign", campaignId));
    Instant now = clock.instant();
    Bson hazardFilter =
        and(eq(HazardStore.CAMPAIGN, campaignId), Scope.of(caller, HazardStore.ENTERPRISE, HazardStore.TOWN));
    Bson orderFilter =
        and(eq(OrderStore.CAMPAIGN, campaignId), Scope.of(caller, OrderStore.ENTERPRISE, OrderStore.TOWN));
    return CampaignFigures.summarise(
        campaign,
        hazards.all(hazardFilter, ascending(HazardStore.ID)),
        orders.all(orderFilter, ascending(OrderStore.ID)),
        TipScope.of(caller).map(scope -> tipFigures(campaign, scope)).orElse(null),
        now);
  }

  /**
   * The tips about the campaign's towns received from the first day of its first phase to the last
   * day of its last (the phases follow one another), by status now.
   */
  private TipFigures tipFigures(CampaignDocument campaign, Bson scope) {
    List<Phase> phases = campaign.phases();
    if (phases.isEmpty()) {
      return new TipFigures(0, 0, 0, 0);
    }
    Instant from = phases.get(0).startDate().atStartOfDay(CampaignFigures.DISTRICT_TIME).toInstant();
    Instant until =
        phases.get(phases.size() - 1).endDate().plusDays(1).atStartOfDay(CampaignFigures.DISTRICT_TIME).toInstant();
    Bson received =
        and(scope, in(TipStore.TOWN, campaign.townCodes()), gte(TipStore.RECEIVED_AT, Date.from(from)),
            lt(TipStore.RECEIVED_AT, Date.from(until)));
    return new TipFigures(
        tips.count(received),
        tips.count(and(received, eq(TipStore.STATUS, TipStatus.RECEIVED.name()))),
        tips.count(and(received, eq(TipStore.STATUS, TipStatus.CONVERTED.name()))),
        tips.count(and(received, eq(TipStore.STATUS, TipStatus.DISMISSED.name()))));
  }
}
