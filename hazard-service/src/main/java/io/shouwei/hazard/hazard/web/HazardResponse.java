package io.shouwei.hazard.hazard.web;

import io.shouwei.contracts.Actor;
import io.shouwei.contracts.Role;
import io.shouwei.contracts.hazard.HazardLevel;
import io.shouwei.contracts.hazard.HazardSource;
import io.shouwei.hazard.hazard.HazardStatus;
import io.shouwei.hazard.hazard.api.FiveItemPlan;
import io.shouwei.hazard.hazard.view.HazardView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A hazard as {@code GET /api/hazards/{id}} and every command on it show it.
 *
 * @param number the human-readable number, e.g. {@code YH-310115101-2026-0007}
 * @param level the level a person classified; {@code null} before any classification
 * @param suggestedLevel what the decision table suggested when the hazard was reported
 * @param suggestedCriteria the codes of the criteria that suggestion matched
 * @param citedCriteria the codes of the criteria the reporter cited
 * @param deadline the current deadline (the planned one, or a later one granted)
 * @param progressPercent the last recorded progress of the current round of rectification
 * @param signedOff who signed the hazard off, while it is signed off
 * @param pendingExtension the request for more time awaiting a decision
 */
public record HazardResponse(
    String id,
    String number,
    String mineId,
    String enterpriseId,
    String townCode,
    String campaignId,
    HazardSource source,
    String category,
    String title,
    String description,
    String location,
    Instant discoveredAt,
    Instant reportedAt,
    HazardStatus status,
    long version,
    ReportedBy reportedBy,
    HazardLevel level,
    List<String> criteria,
    String classificationReason,
    HazardLevel suggestedLevel,
    List<String> suggestedCriteria,
    List<String> citedCriteria,
    Plan plan,
    Instant deadline,
    Integer progressPercent,
    SignedOff signedOff,
    PendingExtension pendingExtension) {

  /** Who reported the hazard, in which role, for which organisation. */
  public record ReportedBy(String userId, Role role, String orgId) {}

  /** The five items as last planned. */
  public record Plan(
      List<String> measures,
      Funds funds,
      Instant deadline,
      Responsibility responsibility,
      ContingencyPlan contingencyPlan) {}

  public record Funds(BigDecimal amountCny, String source) {}

  public record Responsibility(String person, String position, String unit) {}

  public record ContingencyPlan(String summary, String documentRef) {}

  /** The verifier who signed the hazard off (销号), and when. */
  public record SignedOff(String userId, Role role, String orgId, Instant at) {}

  /** A request for more time awaiting an agency's decision. */
  public record PendingExtension(int number, Instant requestedDeadline, String reason, Instant requestedAt) {}

  /** The hazard as every answer of the API shows it (also its past states, replayed by the audit). */
  public static HazardResponse of(HazardView view) {
    Actor by = view.reportedBy();
    return new HazardResponse(
        view.id(),
        view.number(),
        view.mineId(),
        view.enterpriseId(),
        view.townCode(),
        view.campaignId(),
        view.source(),
        view.category(),
        view.title(),
        view.description(),
        view.location(),
        view.discoveredAt(),
        view.reportedAt(),
        view.status(),
        view.version(),
        new ReportedBy(by.userId(), by.role(), by.orgId()),
        view.level(),
        view.criteria(),
        view.classificationReason(),
        view.suggestedLevel(),
        view.suggestedCriteria(),
        view.citedCriteria(),
        plan(view.plan()),
        view.deadline(),
        view.progressPercent(),
        view.signedOff() == null
            ? null
            : new SignedOff(
                view.signedOff().by().userId(), view.signedOff().by().role(), view.signedOff().by().orgId(),
                view.signedOff().at()),
        view.pendingExtension() == null
            ? null
            : new PendingExtension(
                view.pendingExtension().number(), view.pendingExtension().requestedDeadline(),
                view.pendingExtension().reason(), view.pendingExtension().requestedAt()));
  }

  private static Plan plan(FiveItemPlan p) {
    if (p == null) {
      return null;
    }
    return new Plan(
        p.measures(),
        p.funds() == null ? null : new Funds(p.funds().amountCny(), p.funds().source()),
        p.deadline(),
        p.responsibility() == null
            ? null
            : new Responsibility(p.responsibility().person(), p.responsibility().position(), p.responsibility().unit()),
        p.contingencyPlan() == null
            ? null
            : new ContingencyPlan(p.contingencyPlan().summary(), p.contingencyPlan().documentRef()));
  }
}
