package io.shouwei.hazard.hazard.api;

import io.shouwei.contracts.hazard.HazardLevel;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The five items (五落实) of a hazard's rectification: measures, funds, deadline, responsibility and
 * contingency plan. A major hazard needs all five; a general one measures, deadline and
 * responsibility. It answers which items are missing or incomplete; the hazard decides what that
 * means.
 *
 * @param funds {@code null} when not (yet) assigned
 * @param contingencyPlan {@code null} when not (yet) assigned
 */
public record FiveItemPlan(
    List<String> measures,
    Funds funds,
    Instant deadline,
    Responsibility responsibility,
    ContingencyPlan contingencyPlan) {

  /** The items by name, as rules and messages call them. */
  public static final String MEASURES = "measures";
  public static final String FUNDS = "funds";
  public static final String DEADLINE = "deadline";
  public static final String RESPONSIBILITY = "responsibility";
  public static final String CONTINGENCY_PLAN = "contingencyPlan";

  public FiveItemPlan {
    measures = measures == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(measures));
  }

  /** The money set aside (资金落实), in CNY. */
  public record Funds(BigDecimal amountCny, String source) {}

  /** Who answers for the rectification (责任落实). */
  public record Responsibility(String person, String position, String unit) {}

  /** What is done while the hazard remains (预案落实), and where the plan document is kept. */
  public record ContingencyPlan(String summary, String documentRef) {}

  /** The items a hazard of this level needs that the plan lacks, in the order of the five items. */
  public List<String> missingItemsFor(HazardLevel level) {
    List<String> missing = new ArrayList<>();
    if (measures.isEmpty()) {
      missing.add(MEASURES);
    }
    if (level == HazardLevel.MAJOR && funds == null) {
      missing.add(FUNDS);
    }
    if (deadline == null) {
      missing.add(DEADLINE);
    }
    if (responsibility == null) {
      missing.add(RESPONSIBILITY);
    }
    if (level == HazardLevel.MAJOR && contingencyPlan == null) {
      missing.add(CONTINGENCY_PLAN);
    }
    return missing;
  }

  /** The items given but not filled in: a blank measure, funds without amount or source, … */
  public List<String> incompleteItems() {
    List<String> incomplete = new ArrayList<>();
    if (measures.stream().anyMatch(FiveItemPlan::blank)) {
      incomplete.add(MEASURES);
    }
    if (funds != null && (funds.amountCny() == null || blank(funds.source()))) {
      incomplete.add(FUNDS);
    }
    if (responsibility != null
        && (blank(responsibility.person()) || blank(responsibility.position()) || blank(responsibility.unit()))) {
      incomplete.add(RESPONSIBILITY);
    }
    if (contingencyPlan != null && (blank(contingencyPlan.summary()) || blank(contingencyPlan.documentRef()))) {
      incomplete.add(CONTINGENCY_PLAN);
    }
    return incomplete;
  }

  public boolean hasNegativeFunds() {
    return funds != null && funds.amountCny() != null && funds.amountCny().signum() < 0;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
