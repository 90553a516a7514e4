package io.shouwei.contracts.hazard;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Published when the five items (五落实) of a hazard's rectification are assigned, and again on
 * every re-planning. Funds and the contingency plan may be {@code null} for a general hazard.
 *
 * @param deadline when the rectification must be done
 */
public record RectificationPlanned(
    String hazardId,
    List<String> measures,
    Funds funds,
    Instant deadline,
    Responsibility responsibility,
    ContingencyPlan contingencyPlan,
    Instant plannedAt) {

  /** The money set aside (资金落实). */
  public record Funds(BigDecimal amountCny, String source) {}

  /** Who answers for the rectification (责任落实). */
  public record Responsibility(String person, String position, String unit) {}

  /** The contingency plan while the hazard remains (预案落实). */
  public record ContingencyPlan(String summary, String documentRef) {}
}
