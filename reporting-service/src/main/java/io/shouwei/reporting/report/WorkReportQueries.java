package io.shouwei.reporting.report;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Sorts.ascending;

import io.shouwei.contracts.hazard.HazardLevel;
import io.shouwei.contracts.order.OrderType;
import io.shouwei.platform.security.Caller;
import io.shouwei.platform.security.Jurisdiction;
import io.shouwei.platform.web.ProblemException;
import io.shouwei.reporting.projection.CampaignDocument;
import io.shouwei.reporting.projection.CampaignStore;
import io.shouwei.reporting.projection.HazardDocument;
import io.shouwei.reporting.projection.HazardStore;
import io.shouwei.reporting.projection.MineDocument;
import io.shouwei.reporting.projection.MineStore;
import io.shouwei.reporting.projection.OrderDocument;
import io.shouwei.reporting.projection.OrderStore;
import io.shouwei.reporting.query.CampaignFigures;
import io.shouwei.reporting.query.CampaignSummaryResponse;
import io.shouwei.reporting.query.Scope;
import io.shouwei.reporting.report.WorkReport.DataPosition;
import io.shouwei.reporting.report.WorkReport.Figures;
import io.shouwei.reporting.report.WorkReport.MajorHazard;
import io.shouwei.reporting.report.WorkReport.OrderRow;
import io.shouwei.reporting.report.WorkReport.OverdueRow;
import io.shouwei.reporting.report.WorkReport.ReopenedRow;
import io.shouwei.reporting.report.WorkReport.TownRow;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Service;

/**
 * Builds the campaign work report over the campaign's hazards and orders the caller may see (the
 * summary's scope: an enterprise its own, a town agency its towns, a superior company its group,
 * everyone else of the district everything), narrowed by the optional town and enterprise filters.
 * A filter outside the caller's scope finds nothing of theirs, as the searches do; an unknown
 * campaign answers 404 like the summary.
 */
@Service
public class WorkReportQueries {

  private final CampaignStore campaigns;
  private final HazardStore hazards;
  private final OrderStore orders;
  private final MineStore mines;
  private final Clock clock;

  public WorkReportQueries(
      CampaignStore campaigns, HazardStore hazards, OrderStore orders, MineStore mines, Clock clock) {
    this.campaigns = campaigns;
    this.hazards = hazards;
    this.orders = orders;
    this.mines = mines;
    this.clock = clock;
  }

  /**
   * @param town only this town's objects, or {@code null}
   * @param enterprise only this enterprise's objects, or {@code null}
   * @throws ProblemException 404 when there is no such campaign in the read model
   */
  public WorkReport report(Caller caller, String campaignId, String town, String enterprise) {
    CampaignDocument campaign =
        campaigns.find(campaignId).orElseThrow(() -> ProblemException.notFound("Campaign", campaignId));
    Instant now = clock.instant();
    List<HazardDocument> campaignHazards =
        hazards.all(filter(caller, HazardStore.CAMPAIGN, campaignId, HazardStore.ENTERPRISE, HazardStore.TOWN, town,
            enterprise), ascending(HazardStore.ID));
    List<OrderDocument> campaignOrders =
        orders.all(filter(caller, OrderStore.CAMPAIGN, campaignId, OrderStore.ENTERPRISE, OrderStore.TOWN, town,
            enterprise), ascending(OrderStore.ID));
    CampaignSummaryResponse summary = CampaignFigures.summarise(campaign, campaignHazards, campaignOrders, null, now);
    Map<String, MineDocument> minesById = mines(campaignHazards, campaignOrders);
    Function<String, String> mineName =
        id -> minesById.containsKey(id) && minesById.get(id).name() != null ? minesById.get(id).name() : id;
    Map<String, HazardDocument> hazardsById =
        campaignHazards.stream().collect(Collectors.toMap(HazardDocument::id, Function.identity()));

    return new WorkReport(
        new WorkReport.Campaign(
            campaign.id(), campaign.name(), campaign.issuingOrganisation(), campaign.documentRef(),
            campaign.legalBasis(), campaign.districtName(), campaign.townCodes(), campaign.reportDueDate(),
            campaign.status(), campaign.concludedOn()),
        town,
        enterprise,
        now,
        position(campaign, campaignHazards, campaignOrders),
        new Figures(summary.totals(), summary.daysToSignOff(), summary.funds(), summary.orders(), summary.lookBack()),
        summary.phases(),
        towns(caller, campaign, town, enterprise, campaignHazards, campaignOrders, summary, now),
        campaignHazards.stream()
            .filter(h -> h.level() == HazardLevel.MAJOR)
            .sorted(Comparator.comparing(HazardDocument::reportedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(HazardDocument::id))
            .map(h -> major(h, mineName, minesById, summary))
            .toList(),
        campaignOrders.stream()
            .sorted(Comparator.comparing((OrderDocument o) -> o.type() != OrderType.STOP_PRODUCTION)
                .thenComparing(OrderDocument::issuedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(OrderDocument::id))
            .map(o -> new OrderRow(o.id(), o.number(), o.type(), o.status(), mineName.apply(o.mineId()), o.townCode(),
                o.issuedAt(), o.deadline(), o.stopTookEffectAt(), o.stopsItsMine(), o.closedAt(),
                o.citedHazardIds().size(), o.legalBasis()))
            .toList(),
        summary.overdue().stream()
            .map(h -> new OverdueRow(h.id(), h.number(), h.title(), mineName.apply(h.mineId()), h.townCode(), h.level(),
                h.status(), h.deadline(), h.daysOverdue()))
            .toList(),
        campaignHazards.stream()
            .filter(h -> h.timesReopened() > 0)
            .map(h -> new ReopenedRow(h.id(), h.number(), h.title(), mineName.apply(h.mineId()), h.townCode(), h.level(),
                h.timesReopened(), h.status(), h.signedOffAt()))
            .toList());
  }

  private static Bson filter(
      Caller caller, String campaignField, String campaignId, String enterpriseField, String townField, String town,
      String enterprise) {
    List<Bson> filters = new ArrayList<>();
    filters.add(eq(campaignField, campaignId));
    filters.add(Scope.of(caller, enterpriseField, townField));
    if (town != null) {
      filters.add(eq(townField, town));
    }
    if (enterprise != null) {
      filters.add(eq(enterpriseField, enterprise));
    }
    return and(filters);
  }

  private Map<String, MineDocument> mines(List<HazardDocument> campaignHazards, List<OrderDocument> campaignOrders) {
    List<String> ids =
        Stream.concat(campaignHazards.stream().map(HazardDocument::mineId), campaignOrders.stream().map(OrderDocument::mineId))
            .filter(Objects::nonNull)
            .distinct()
            .toList();
    return mines.all(in(MineStore.ID, ids), ascending(MineStore.ID)).stream()
        .collect(Collectors.toMap(MineDocument::id, Function.identity()));
  }

  private static DataPosition position(
      CampaignDocument campaign, List<HazardDocument> campaignHazards, List<OrderDocument> campaignOrders) {
    Instant last =
        Stream.of(Stream.of(campaign.updatedAt()), campaignHazards.stream().map(HazardDocument::updatedAt),
                campaignOrders.stream().map(OrderDocument::updatedAt))
            .flatMap(Function.identity())
            .filter(Objects::nonNull)
            .max(Comparator.naturalOrder())
            .orElse(null);
    long events =
        campaign.lastSequence() + 1
            + campaignHazards.stream().mapToLong(h -> h.lastSequence() + 1).sum()
            + campaignOrders.stream().mapToLong(o -> o.lastSequence() + 1).sum();
    return new DataPosition(last, events, 1L + campaignHazards.size() + campaignOrders.size());
  }

  /**
   * The towns of the report: the campaign's towns the caller reaches as a whole (every one for the
   * district's roles, its own for a town agency) unless an enterprise filter narrows the report, and
   * every town where the report has hazards or orders; the town filter keeps its own town only.
   */
  private static List<TownRow> towns(
      Caller caller, CampaignDocument campaign, String town, String enterprise, List<HazardDocument> campaignHazards,
      List<OrderDocument> campaignOrders, CampaignSummaryResponse summary, Instant now) {
    Set<String> codes = new TreeSet<>();
    if (enterprise == null) {
      Jurisdiction.Reach reach = Jurisdiction.toRead(caller.role());
      campaign.townCodes().stream()
          .filter(code -> reach == Jurisdiction.Reach.ALL || (reach == Jurisdiction.Reach.OWN_TOWNS && caller.towns().contains(code)))
          .forEach(codes::add);
    }
    campaignHazards.stream().map(HazardDocument::townCode).filter(Objects::nonNull).forEach(codes::add);
    campaignOrders.stream().map(OrderDocument::townCode).filter(Objects::nonNull).forEach(codes::add);
    if (town != null) {
      codes.retainAll(Set.of(town));
    }
    CampaignSummaryResponse.HazardFigures none = CampaignFigures.hazardFigures(List.of(), now);
    return codes.stream()
        .map(code -> new TownRow(
            code,
            summary.byTown().getOrDefault(code, none),
            campaignHazards.stream()
                .filter(h -> code.equals(h.townCode()) && h.plan() != null && h.plan().fundsCny() != null)
                .map(h -> h.plan().fundsCny())
                .reduce(BigDecimal.ZERO, BigDecimal::add),
            campaignOrders.stream().filter(o -> code.equals(o.townCode())).count(),
            campaignOrders.stream().filter(o -> code.equals(o.townCode()) && o.type() == OrderType.STOP_PRODUCTION).count()))
        .toList();
  }

  private static MajorHazard major(
      HazardDocument h, Function<String, String> mineName, Map<String, MineDocument> minesById,
      CampaignSummaryResponse summary) {
    HazardDocument.Plan plan = h.plan();
    MineDocument mine = minesById.get(h.mineId());
    boolean overdue = summary.overdue().stream().anyMatch(o -> o.id().equals(h.id()));
    return new MajorHazard(
        h.id(), h.number(), h.title(), mineName.apply(h.mineId()), mine == null ? null : mine.enterpriseName(),
        h.townCode(), h.source(), h.reportedAt(), h.status(), overdue,
        plan == null ? List.of() : plan.measures(),
        plan == null ? null : plan.fundsCny(),
        plan == null ? null : plan.fundsSource(),
        h.deadline(),
        plan == null ? null : plan.responsiblePerson(),
        plan == null ? null : plan.responsiblePosition(),
        plan == null ? null : plan.responsibleUnit(),
        plan == null ? null : plan.contingencySummary(),
        h.signedOffAt(),
        h.timesReopened());
  }
}
